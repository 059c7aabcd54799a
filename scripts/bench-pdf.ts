#!/usr/bin/env node
// npm run bench:pdf — time and size of the archive PDF for the shipped register and for
// synthetic registers (default 1,000 entries). Figures are measured, never asserted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { canonicalJson, sha256Hex } from '#domain/canonical.ts';
import { checkContent } from '#content/check.ts';
import { cliSettings } from './lib/cli.ts';
import { registerCsv } from '#publish/open-data.ts';
import { renderArchivePdf } from '#publish/archive-pdf.ts';
import { exemptionLetters } from '#domain/citation.ts';
import type { RegisterSnapshot } from '#domain/schema/index.ts';
import { syntheticEntries } from '#build/tools/synthetic.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const result = checkContent(cliSettings().contentRoot);
const laws = new Map(result.tree.laws.map((l) => [l.id, l.data]));
const base = result.chain!.at(-1)!.register!.data!;

async function measure(label: string, snapshot: RegisterSnapshot) {
  const json = canonicalJson(snapshot);
  const csv = registerCsv(
    snapshot.entries.map((e) => ({ ...e, letters: exemptionLetters(e.legalBasis, laws) })),
    (id) => `/dik/${id}/`,
  );
  const runs: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    bytes = await renderArchivePdf({
      snapshot,
      registerJson: json,
      registerSha256: sha256Hex(json),
      csv,
      bodyName: result.tree.body!.data.name,
    });
    runs.push(performance.now() - t);
  }
  const pages = (new TextDecoder('latin1').decode(bytes).match(/\/Type \/Page\b/g) ?? []).length;
  const row = {
    label,
    entries: snapshot.entries.length,
    pages,
    bytes: bytes.length,
    msMedian: Math.round(runs.sort((a, b) => a - b)[1]!),
    msRuns: runs.map(Math.round),
  };
  console.log(
    `${label.padEnd(28)} ${String(row.entries).padStart(6)} entri  ${String(pages).padStart(4)} hlm  ` +
      `${(row.bytes / 1024).toFixed(0).padStart(6)} kB  ${String(row.msMedian).padStart(6)} ms (median of 3)`,
  );
  return row;
}

const rows = [await measure('register yang dikirim', base)];
// One entry whose title is a single 100,000-character token (a pasted hash or address): the
// line breaking must not make it cost more than ordinary text.
const token = 'a1b2c3d4e5f6'.repeat(8334).slice(0, 100_000);
rows.push(
  await measure('satu kata 100.000 karakter', {
    ...base,
    decreeId: 'kata-panjang',
    entries: [{ ...base.entries[0]!, title: token }],
    previousSha256: null,
  }),
);
for (const n of sizes.length ? sizes : [1000])
  rows.push(await measure(`sintetis ${n}`, { ...base, decreeId: `sintetis-${n}`, entries: syntheticEntries(n, 42), previousSha256: null }));
mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/bench-pdf.json', JSON.stringify(rows, null, 2));
