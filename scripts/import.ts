#!/usr/bin/env node
// npm run import -- <table .docx|.xlsx|.html|.csv|.tsv|.txt> [--dry-run] [--json] [--out DIR] [--content DIR]
// Turns a DIK table into entry files. Says how many data rows the source has and how many
// entries it made, lists every row it left out and every cell it could not read. Writes
// nothing on --dry-run or --json, or when a target file already exists. Exit 0 written/read,
// 1 refused, 2 usage.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { entryToMdx, slugFor } from '#content/entry-file.ts';
import { importFile } from '#content/import-table.ts';
import { loadContent } from '#content/load.ts';
import { describePeriod } from '#domain/period.ts';
import { formatCitation } from '#domain/citation.ts';
import { lawCatalogue, missingFromCatalogue } from '#domain/law-catalogue.ts';
import { cliArgs, fail, cliSettings } from './lib/cli.ts';
import { CLI } from '#domain/strings.ts';

const t = CLI.importTable;
const usage = t.usage;
const v = cliArgs(
  {
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    out: { type: 'string' },
    content: { type: 'string' },
  },
  usage,
  { positionals: true },
);
const file = v._[0];
if (!file) fail(t.fileMissing, usage);
if (!existsSync(file)) fail(t.fileNotFound(file), usage);
if (!statSync(file).isFile()) fail(t.notAFile(file), usage);

const root = v.content ?? cliSettings().contentRoot;
const out = v.out ?? join(root, 'exemptions');
const tree = existsSync(root) ? loadContent(root) : null;
const laws = new Map(tree?.laws.map((l) => [l.id, l.data]) ?? []);
// Ids are never reused: neither the working copy's nor any frozen version's.
const taken = new Set<string>([
  ...(tree?.exemptions.map((e) => e.id) ?? []),
  ...(tree?.decrees.flatMap((d) => d.register?.data?.entries.map((e) => e.id) ?? []) ?? []),
]);

const catalogue = lawCatalogue(laws);
let result;
try {
  result = await importFile(file, { catalogue });
} catch (e) {
  fail(t.unreadable(file, (e as Error).message.split('\n')[0] ?? ''), usage);
}
const planned = result.entries.map((e) => {
  const id = slugFor(e.data.title, taken);
  taken.add(id);
  return { id, e };
});
if (v.json) {
  // For machines: per source row, what it became. Nothing is written.
  const rows = [
    ...planned.map(({ id, e }) => ({
      row: e.row,
      number: e.number,
      id,
      title: e.data.title,
      legalBasis: e.data.legalBasis,
      legalBasisText: e.data.legalBasisText,
      period: e.data.period,
      issues: result.issues.filter((i) => i.row === e.row),
    })),
    ...result.skipped.map((s) => ({ row: s.row, skipped: s.reason, text: s.text })),
  ].sort((a, b) => a.row - b.row);
  const { format, part, dataRows, continuationRows, extraColumns } = result;
  console.log(
    JSON.stringify(
      {
        file,
        format,
        part: part ?? null,
        extraColumns,
        unreadParts: result.unreadParts,
        dataRows,
        entries: planned.length,
        continuationRows,
        skipped: result.skipped.length,
        rows,
        issues: result.issues,
      },
      null,
      2,
    ),
  );
  process.exit(0);
}
console.log(t.read(file, result.format.toUpperCase(), result.entries.length));
console.log(t.accounting(result.dataRows, result.entries.length, result.continuationRows, result.skipped.length, result.part));
for (const s of result.skipped) console.log(t.skippedRow(s.row, s.text, s.reason));
if (result.extraColumns.length) console.log(t.extraColumns(result.extraColumns));
if (result.unreadParts.length) console.log(t.unreadParts(result.unreadParts));
for (const { id, e } of planned) {
  const cites = e.data.legalBasis.map((c) => formatCitation(c, laws.get(c.law))).join('; ') || t.unreadCitation;
  console.log(`  ${String(e.number).padStart(3)}. ${id}.mdx  ${cites}  ·  ${e.data.period.kind}: ${describePeriod(e.data.period)}`);
}
const unknownLaws = [...new Set(result.entries.flatMap((e) => e.data.legalBasis.map((c) => c.law)))].filter((id) =>
  missingFromCatalogue(id, catalogue),
);
const unread = result.issues.filter((i) => i.severity === 'unread');
if (result.issues.length) {
  console.log(t.toCheck(unread.length, result.issues.length - unread.length));
  for (const i of result.issues) console.log(t.issue(i.row, i.column, i.severity === 'unread', i.message));
}
if (unknownLaws.length) console.log(t.unknownLaws(unknownLaws));

if (v['dry-run']) {
  console.log(t.dryRun);
  process.exit(0);
}
if (!result.entries.length) {
  console.error(t.nothing);
  process.exit(1);
}
// An entry whose title is already in the working copy would be a duplicate, not an import.
const existing = new Map(tree?.exemptions.map((e) => [e.data.title, e.file]) ?? []);
const duplicates = planned.filter(({ e }) => existing.has(e.data.title));
if (duplicates.length) {
  console.error(t.duplicates(duplicates.length));
  for (const { e } of duplicates) console.error(`  ${e.number}. ${e.data.title} (${existing.get(e.data.title)})`);
  console.error(t.duplicatesFix);
  process.exit(1);
}
const clash = planned.filter(({ id }) => existsSync(join(out, `${id}.mdx`)));
if (clash.length) {
  console.error(t.clash(clash.map(({ id }) => `${id}.mdx`)));
  process.exit(1);
}
// All files go to a temporary folder first, then move into place together.
mkdirSync(out, { recursive: true });
// All files go to a temporary folder outside the content tree first (one that is left behind
// by a crash is then never read as entries), then move into place together.
const tmp = mkdtempSync(join(dirname(resolve(root)), '.ppid-impor-'));
try {
  for (const { id, e } of planned) writeFileSync(join(tmp, `${id}.mdx`), entryToMdx(e.data));
  for (const name of readdirSync(tmp)) renameSync(join(tmp, name), join(out, name));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(t.written(planned.length, out));
