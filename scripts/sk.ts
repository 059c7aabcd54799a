#!/usr/bin/env node
// npm run sk -- --id <version> [--file <signed decree.pdf>] [--recheck] [--content DIR]
// Records the signed decree of a version: copies the PDF to content/decrees/<id>/sk.pdf (byte
// for byte, never re-saved), checks its electronic signatures offline against the roots in
// content/trust/, and writes the hash, the result and the roots used into decree.json, where
// they are frozen. --recheck: re-checks against today's roots (a root added since), which may
// change only the trust the result reports.
// Exit 0 recorded, 1 refused (nothing written), 2 bad usage.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { cliArgs, cliSettings, fail } from './lib/cli.ts';
import { loadContent } from '#content/load.ts';
import { sha256Hex } from '#domain/canonical.ts';
import { checkPdfSignatures, MAX_SIGNATURES, TooManySignatures, trustRoots } from '#publish/pdf-signature.ts';
import { sameSignedFacts } from '#domain/signatures.ts';
import { signatureCheckSchema, type SignatureCheck } from '#domain/schema/index.ts';
import { z } from 'zod';
import { CLI, signatureLines } from '#domain/strings.ts';

const t = CLI.sk;
const v = cliArgs(
  { id: { type: 'string' }, file: { type: 'string' }, recheck: { type: 'boolean', default: false }, content: { type: 'string' } },
  t.usage,
);
const root = v.content ?? cliSettings().contentRoot;
if (!existsSync(root)) fail(CLI.contentMissing(root), t.usage);
if (!v.id) fail(t.needId, t.usage);

const refuse = (said: { message: string; hint: string }): never => {
  console.error(t.refused);
  console.error(CLI.refusedProblem(v.file ? '--file' : '--id', said.message, said.hint));
  process.exit(1);
};

const tree = loadContent(root);
const folder = tree.decrees.find((d) => d.id === v.id);
if (!folder?.decree) refuse(t.unknown(v.id!));
const target = join(folder!.dir, 'sk.pdf');
if (v.file && !existsSync(v.file)) refuse(t.fileMissing(v.file));
if (!v.file && !existsSync(target)) refuse(t.noScan(v.id!));
const bytes = readFileSync(v.file ?? target);
if (!bytes.subarray(0, 5).equals(Buffer.from('%PDF-'))) refuse(t.notPdf(v.file ?? target));
const sha256 = sha256Hex(bytes);
// A scan, once recorded, is the one published: it is never replaced.
if (existsSync(target) && sha256Hex(readFileSync(target)) !== sha256) refuse(t.otherScan(v.id!));

const roots = trustRoots(tree.trust);
let signatures: SignatureCheck[];
try {
  signatures = await checkPdfSignatures(new Uint8Array(bytes), roots);
} catch (e) {
  if (e instanceof TooManySignatures) refuse(t.tooMany(MAX_SIGNATURES));
  throw e;
}
// What a certificate may carry (a control character in a name, say) must still be valid content.
const checked = z.array(signatureCheckSchema).safeParse(signatures);
if (!checked.success) refuse(t.unrecordable(checked.error.issues[0]?.message ?? ''));
const decreeFile = join(folder!.dir, 'decree.json');
const raw = JSON.parse(readFileSync(decreeFile, 'utf8')) as Record<string, unknown> & {
  sk?: { file?: string; sha256?: string; signatures?: SignatureCheck[] | null; trust?: unknown };
};
const frozen = raw.sk?.signatures;
if (frozen && !isDeepStrictEqual(frozen, signatures)) {
  // Frozen: only a root added or removed may change the trust it reports (with --recheck);
  // who signed, the bytes and the ranges never change.
  if (!v.recheck) refuse(t.frozen(v.id!));
  if (!sameSignedFacts(frozen, signatures)) refuse(t.recheckRefused(v.id!));
}

// The scan first, then decree.json, each whole or not at all.
const written: string[] = [];
try {
  if (!existsSync(target)) {
    writeFileSync(`${target}.baru`, bytes);
    renameSync(`${target}.baru`, target);
    written.push(target);
  }
  raw.sk = { file: 'sk.pdf', sha256, signatures, trust: roots.map((r) => ({ name: r.file, sha256: r.sha256 })) };
  writeFileSync(`${decreeFile}.baru`, JSON.stringify(raw, null, 2) + '\n');
  renameSync(`${decreeFile}.baru`, decreeFile);
} catch (e) {
  for (const f of written) rmSync(f, { force: true });
  rmSync(`${decreeFile}.baru`, { force: true });
  throw e;
}
console.log(t.recorded(v.id!, sha256, signatures.length));
for (const line of signatures.flatMap((s, i) => signatureLines(s, i + 1))) console.log(`  ${line}`);
if (!tree.trust.length && signatures.length) console.log(t.noRoots);
