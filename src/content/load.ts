import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { badUtf8 } from './utf8.ts';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import { readableCertificates } from './certificates.ts';
import { slugify } from '#domain/routes.ts';
import { sha256Hex } from '#domain/canonical.ts';
import { contentRoot } from './settings.ts';
import { describeIssue } from './zod-issues.ts';
import { formatPath, problem, type Problem } from '#domain/rules/registry.ts';
import { CHECK } from '#domain/strings.ts';
import {
  bodySchema,
  cycleSchema,
  decreeSchema,
  exemptionSchema,
  holidaysSchema,
  lawSchema,
  registerSnapshotSchema,
  sopSchema,
  unitSchema,
  type Body,
  type Cycle,
  type Decree,
  type ExemptionData,
  type Holidays,
  type Law,
  type RegisterSnapshot,
  type Sop,
  type Unit,
} from '#domain/schema/index.ts';
import { parseFrontmatter, parseJsonSource, type DataPath, type ParseResult } from './parse.ts';

/** The 1-based line on which the text after `before` starts. */
function lineCount(before: string): number {
  return before.split('\n').length;
}

export interface Loaded<T> {
  id: string;
  /** Path for messages: relative to the working directory, forward slashes. */
  file: string;
  data: T;
  lineOf: (path: DataPath) => number | undefined;
}

export interface ExemptionFile extends Loaded<ExemptionData> {
  /** The MDX body: the longer consequence-test reasoning, or "" (trimmed). */
  body: string;
  /** The file's line on which the trimmed body starts, for messages about it. */
  bodyLine: number;
  /** SHA-256 of the file's text: ties this parse to the bytes it was made from (src/content/offered.ts). */
  textSha256: string;
}

export interface RegisterFile {
  file: string;
  raw: string;
  sha256: string;
  data: RegisterSnapshot | null;
  lineOf: (path: DataPath) => number | undefined;
}

export interface DecreeFolder {
  id: string;
  dir: string;
  decree: Loaded<Decree> | null;
  register: RegisterFile | null;
  sk: { file: string; sha256: string } | null;
}

export interface TrustRootFile {
  file: string;
  /** The file's name in content/trust/, as the frozen checks name the root. */
  name: string;
  /** Where the certificate was taken from, as its "Sumber:" line says. */
  source: string;
  pem: string;
}

export interface ContentTree {
  root: string;
  body: Loaded<Body> | null;
  laws: Loaded<Law>[];
  units: Loaded<Unit>[];
  exemptions: ExemptionFile[];
  decrees: DecreeFolder[];
  sops: Loaded<Sop>[];
  holidays: Loaded<Holidays>[];
  /** content/cycle.json: the update cycle under way, before its decree exists. */
  openCycle: Loaded<Cycle> | null;
  /** content/trust/*.pem: the root certificates signatures on sk.pdf are checked against. */
  trust: TrustRootFile[];
  /** Problems found while reading: syntax, schema, file names. */
  problems: Problem[];
}

type Subject = NonNullable<Problem['subject']>['kind'];

function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return (rel.startsWith('..') ? abs : rel).split(sep).join('/');
}

/**
 * The files under `dir`. A symbolic link is never followed: it could point outside the
 * content tree (a pull request reading the build machine's files into the site) or at its own
 * folder (a loop); it is handed to `onLink` to be reported.
 */
function listFiles(dir: string, recursive: boolean, onLink: (abs: string) => void): string[] {
  if (!existsSync(dir)) return [];
  // The folder itself may be the link (content/laws -> /tmp/elsewhere).
  if (lstatSync(dir).isSymbolicLink()) {
    onLink(dir);
    return [];
  }
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    const st = lstatSync(abs);
    // A hidden folder (a temporary one an interrupted command left) holds no entries.
    if (name.startsWith('.') && st.isDirectory()) onLink(abs);
    else if (st.isSymbolicLink()) onLink(abs);
    else if (st.isDirectory()) {
      if (recursive) out.push(...listFiles(abs, true, onLink));
    } else out.push(abs);
  }
  return out;
}

/** Placeholder files git needs to keep an empty folder; never content. */
const IGNORED = new Set(['.gitkeep', '.DS_Store']);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface LoadOptions {
  /** Read only content/exemptions (the working copy), e.g. for the site's collection. */
  exemptionsOnly?: boolean;
  /** Read everything but content/exemptions (see withExemptions). */
  skipExemptions?: boolean;
  /**
   * Asked with each entry file's id and text before it is parsed: true skips the parse (the
   * caller already holds that text's result), so a rebuild parses only the files that changed.
   */
  unchanged?: (id: string, text: string) => boolean;
}

export function loadContent(rootDir: string = contentRoot(), options: LoadOptions = {}): ContentTree {
  const all = !options.exemptionsOnly;
  const root = resolve(rootDir);
  const problems: Problem[] = [];

  function validate<S extends z.ZodType>(
    schema: S,
    parsed: ParseResult,
    file: string,
    subject: { kind: Subject; id: string },
  ): { data: z.infer<S>; lineOf: (p: DataPath) => number | undefined } | null {
    if (!parsed.ok) {
      problems.push(
        problem('syntax', { file, line: parsed.problem.line, message: parsed.problem.message, hint: parsed.problem.hint, subject }),
      );
      return null;
    }
    const result = schema.safeParse(parsed.value.data, { reportInput: true });
    if (!result.success) {
      const texts = result.error.issues.map((issue) => describeIssue(issue, schema));
      // A misspelt field ("titel") also makes the real one ("title") missing: report the
      // misspelling once, with its correction, rather than two errors for one slip.
      const meant = new Set(texts.flatMap((t) => (t.meant ? [formatPath(t.meant)] : [])));
      for (const t of texts) {
        if (t.field && meant.has(t.field) && !t.meant) continue;
        problems.push(
          problem('schema', {
            file,
            line: parsed.value.lineOf(t.path),
            field: t.field || undefined,
            message: t.message,
            hint: t.hint,
            subject,
          }),
        );
      }
      return null;
    }
    return { data: result.data, lineOf: parsed.value.lineOf };
  }

  function link(abs: string): void {
    const hidden = basename(abs).startsWith('.') && !lstatSync(abs).isSymbolicLink();
    problems.push(
      problem('file-unexpected', {
        file: displayPath(abs),
        ...(hidden ? CHECK.tree.hiddenFolder(basename(abs)) : CHECK.tree.symlink(basename(abs))),
      }),
    );
  }

  /** The text of a content file, or null (reported) when it is a link or not UTF-8. */
  function readText(abs: string, subject?: Problem['subject']): string | null {
    if (lstatSync(abs).isSymbolicLink()) {
      link(abs);
      return null;
    }
    const bytes = readFileSync(abs);
    const bad = badUtf8(bytes);
    if (bad) {
      problems.push(
        problem('syntax', { file: displayPath(abs), line: bad.line, ...CHECK.syntax.notUtf8(bad.line, bad.offset + 1), subject }),
      );
      return null;
    }
    return bytes.toString('utf8');
  }

  function loadJsonFile<S extends z.ZodType>(abs: string, schema: S, kind: Subject, id: string): Loaded<z.infer<S>> | null {
    const file = displayPath(abs);
    const text = readText(abs, { kind, id });
    if (text === null) return null;
    const v = validate(schema, parseJsonSource(text), file, { kind, id });
    return v ? { id, file, data: v.data, lineOf: v.lineOf } : null;
  }

  function checkId(abs: string, id: string, kind: Subject): boolean {
    if (SLUG.test(id)) return true;
    problems.push(
      problem('id-invalid', {
        file: displayPath(abs),
        ...CHECK.tree.idInvalid(basename(abs), `${suggestSlug(id)}${extname(abs)}`),
        subject: { kind, id },
      }),
    );
    return false;
  }

  function jsonCollection<S extends z.ZodType>(folder: string, schema: S, kind: Subject): Loaded<z.infer<S>>[] {
    const out: Loaded<z.infer<S>>[] = [];
    for (const abs of listFiles(join(root, folder), false, link)) {
      const name = basename(abs);
      if (IGNORED.has(name)) continue;
      if (extname(name) !== '.json') {
        problems.push(unexpected(abs, CHECK.tree.onlyJson(folder)));
        continue;
      }
      const id = basename(name, '.json');
      if (!checkId(abs, id, kind)) continue;
      const loaded = loadJsonFile(abs, schema, kind, id);
      if (loaded) out.push(loaded);
    }
    return out;
  }

  function unexpected(abs: string, hint: string): Problem {
    return problem('file-unexpected', {
      file: displayPath(abs),
      message: CHECK.tree.unexpected(basename(abs)),
      hint,
    });
  }

  // The public body.
  const bodyPath = join(root, 'body.json');
  let body: Loaded<Body> | null = null;
  if (!all) body = null;
  else if (existsSync(bodyPath)) body = loadJsonFile(bodyPath, bodySchema, 'body', 'body');
  else
    problems.push(
      problem('body-missing', {
        file: displayPath(bodyPath),
        ...CHECK.tree.bodyMissing,
      }),
    );

  const cyclePath = join(root, 'cycle.json');
  const openCycle = all && existsSync(cyclePath) ? loadJsonFile(cyclePath, cycleSchema, 'sop', 'cycle') : null;

  const laws = all ? jsonCollection('laws', lawSchema, 'law') : [];
  const units = all ? jsonCollection('units', unitSchema, 'unit') : [];
  const sops = all ? jsonCollection('sop', sopSchema, 'sop') : [];
  const holidays = all ? jsonCollection('holidays', holidaysSchema, 'holidays') : [];

  // Exemption entries: one .mdx file each; sub-folders are allowed for a unit's own files.
  const exemptions: ExemptionFile[] = [];
  for (const abs of options.skipExemptions ? [] : listFiles(join(root, 'exemptions'), true, link)) {
    const name = basename(abs);
    if (IGNORED.has(name)) continue;
    if (extname(name) !== '.mdx') {
      problems.push(unexpected(abs, CHECK.tree.onlyMdx));
      continue;
    }
    const id = basename(name, '.mdx');
    if (!checkId(abs, id, 'exemption')) continue;
    const file = displayPath(abs);
    const text = readText(abs, { kind: 'exemption', id });
    if (text === null || options.unchanged?.(id, text)) continue;
    const { result, body: mdxBody } = parseFrontmatter(text);
    const v = validate(exemptionSchema, result, file, { kind: 'exemption', id });
    const lead = /^\s*/.exec(mdxBody)![0];
    const bodyLine = lineCount(text.slice(0, text.length - mdxBody.length) + lead);
    if (v) exemptions.push({ id, file, data: v.data, lineOf: v.lineOf, body: mdxBody.trim(), bodyLine, textSha256: sha256Hex(text) });
  }

  // Decrees: one folder each.
  const decrees: DecreeFolder[] = [];
  const decreesDir = join(root, 'decrees');
  if (all && existsSync(decreesDir) && lstatSync(decreesDir).isSymbolicLink()) link(decreesDir);
  else if (all && existsSync(decreesDir)) {
    for (const name of readdirSync(decreesDir).sort()) {
      const dir = join(decreesDir, name);
      if (IGNORED.has(name)) continue;
      if (lstatSync(dir).isSymbolicLink()) {
        link(dir);
        continue;
      }
      if (!lstatSync(dir).isDirectory()) {
        problems.push(unexpected(dir, CHECK.tree.decreeFolder));
        continue;
      }
      if (!checkId(dir, name, 'decree')) continue;
      const folder: DecreeFolder = { id: name, dir, decree: null, register: null, sk: null };
      for (const f of readdirSync(dir).sort()) {
        const abs = join(dir, f);
        if (lstatSync(abs).isSymbolicLink()) link(abs);
        else if (f === 'decree.json') folder.decree = loadJsonFile(abs, decreeSchema, 'decree', name);
        else if (f === 'register.json') {
          const bytes = readFileSync(abs);
          const raw = bytes.toString('utf8');
          const file = displayPath(abs);
          // A frozen register is published byte for byte: bytes that are no UTF-8 would read
          // differently for every reader, whatever its hash says.
          const bad = badUtf8(bytes);
          if (bad)
            problems.push(
              problem('syntax', {
                file,
                line: bad.line,
                ...CHECK.syntax.notUtf8(bad.line, bad.offset + 1),
                subject: { kind: 'decree', id: name },
              }),
            );
          const v = bad
            ? null
            : validate(registerSnapshotSchema, parseJsonSource(raw, { lazyPositions: true }), file, { kind: 'decree', id: name });
          folder.register = {
            file,
            raw,
            sha256: sha256Hex(bytes),
            data: v?.data ?? null,
            lineOf: v?.lineOf ?? (() => undefined),
          };
        } else if (f === 'sk.pdf') {
          const bytes = readFileSync(abs);
          folder.sk = { file: displayPath(abs), sha256: sha256Hex(bytes) };
          // A signed scan is published as it is; a file of another kind under its name is not.
          if (!bytes.subarray(0, 1024).toString('latin1').includes('%PDF-'))
            problems.push(problem('sk-hash', { file: displayPath(abs), ...CHECK.decree.skNotPdf, subject: { kind: 'decree', id: name } }));
        } else if (!IGNORED.has(f)) problems.push(unexpected(abs, CHECK.tree.onlyDecreeFiles));
      }
      if (!folder.decree && !problems.some((p) => p.subject?.kind === 'decree' && p.subject.id === name)) {
        problems.push(
          problem('schema', {
            file: displayPath(join(dir, 'decree.json')),
            ...CHECK.tree.decreeJsonMissing(name),
            subject: { kind: 'decree', id: name },
          }),
        );
      }
      decrees.push(folder);
    }
  }

  // What is trusted when checking signatures: root certificates for sk.pdf (each naming its
  // source), and the allowed signers of version tags (read by git itself, src/content/tags.ts).
  const trust: TrustRootFile[] = [];
  for (const abs of all ? listFiles(join(root, 'trust'), false, link) : []) {
    const name = basename(abs);
    if (IGNORED.has(name) || name === 'README.md' || name === 'allowed_signers') continue;
    if (extname(name) !== '.pem') {
      problems.push(unexpected(abs, CHECK.trust.onlyPem));
      continue;
    }
    const text = readText(abs);
    if (text === null) continue;
    const source = /^\s*Sumber:\s*(\S.*)$/m.exec(text.split('-----BEGIN CERTIFICATE-----')[0] ?? '')?.[1]?.trim();
    if (!text.includes('-----BEGIN CERTIFICATE-----') || !readableCertificates(new Uint8Array(Buffer.from(text, 'latin1'))))
      problems.push(problem('trust-source', { file: displayPath(abs), line: 1, ...CHECK.trust.notCertificate(name) }));
    else if (!source) problems.push(problem('trust-source', { file: displayPath(abs), line: 1, ...CHECK.trust.noSource(name) }));
    else trust.push({ file: displayPath(abs), name, source, pem: text });
  }

  return { root, body, laws, units, exemptions, decrees, sops, holidays, openCycle, trust, problems };
}

/**
 * A tree read without its working copy (`skipExemptions`), completed with it: the same tree
 * as one `loadContent`, read in two steps so the frozen versions can be put to work before
 * the ten thousand entry files are read.
 */
export function withExemptions(head: ContentTree): ContentTree {
  const working = loadContent(head.root, { exemptionsOnly: true });
  return { ...head, exemptions: working.exemptions, problems: [...head.problems, ...working.problems] };
}

function suggestSlug(name: string): string {
  return slugify(name) || 'entri-baru';
}
