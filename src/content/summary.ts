// The register summary of a change (a pull request): what it does to the register, not to
// files. Shared by `npm run summary` and the pull-request workflow's comment.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { sameSignedFacts } from '#domain/signatures.ts';
import { inForceBy } from '#domain/register.ts';
import { readableCertificates, rootDigest } from './certificates.ts';
import { join, relative, sep } from 'node:path';
import { sha256Hex } from '#domain/canonical.ts';
import { formatCitation } from '#domain/citation.ts';
import { checkContent, type CheckResult } from './check.ts';
import type { DecreeFolder, TrustRootFile } from './load.ts';
import { formatProblemLine } from './report.ts';
import { RULES, type Problem, type RuleInfo } from '#domain/rules/registry.ts';
import { diffRegisters, type FieldChange, type RegisterDiff } from '#domain/diff.ts';
import { DECREE_KIND_LABELS, decreeNumberLabel, decreePlaceDate, diffCounts, REPORT, SUMMARY } from '#domain/strings.ts';
import { describePeriod } from '#domain/period.ts';
import { decreeCore, toRegisterEntries } from '#domain/register.ts';
import type { Law, SnapshotEntry } from '#domain/schema/index.ts';

export const SUMMARY_MARKER = '<!-- ppid-dik:ringkasan-register -->';

export interface RegisterSummary {
  markdown: string;
  errors: number;
  diff: RegisterDiff;
  newDecrees: string[];
  newFindings: Problem[];
  resolvedFindings: Problem[];
  otherFiles: { path: string; change: 'ditambah' | 'dihapus' | 'diubah' }[];
  /** Frozen versions the change removes or alters: a change that does so may not be merged. */
  historyBroken: { version: string; what: string }[];
}

/**
 * What a change did to the versions its base had frozen. History is append-only: a version
 * is never removed, and its register, its decree as established and its signed scan never
 * change. Only the annotations designed to come later (SOP cycle dates, JDIH metadata,
 * editorial notes, a signed scan or the letterhead added where there was none) may.
 */
export function historyChanges(
  base: readonly DecreeFolder[],
  head: readonly DecreeFolder[],
  today: string,
  headTrust: readonly TrustRootFile[] = [],
): RegisterSummary['historyBroken'] {
  const roots = new Set(headTrust.flatMap((t) => (readableCertificates(pemBytes(t)) ? [rootDigest(pemBytes(t))] : [])));
  const out: RegisterSummary['historyBroken'] = [];
  const heads = new Map(head.map((d) => [d.id, d]));
  for (const b of base) {
    if (!b.decree && !b.register) continue;
    const h = heads.get(b.id);
    const broken = (what: string) => out.push({ version: b.id, what });
    if (!h) {
      broken(SUMMARY.history.removed);
      continue;
    }
    if (b.register && h.register?.sha256 !== b.register.sha256)
      broken(h.register ? SUMMARY.history.registerChanged : SUMMARY.history.registerRemoved);
    if (b.decree && h.decree) {
      if (!isDeepStrictEqual(decreeCore(b.decree.data), decreeCore(h.decree.data))) broken(SUMMARY.history.decreeChanged);
      if (b.decree.data.register.sha256 !== h.decree.data.register.sha256) broken(SUMMARY.history.hashChanged);
      if (b.decree.data.sk && h.decree.data.sk?.sha256 !== b.decree.data.sk.sha256) broken(SUMMARY.history.skChanged);
      // The signatures' check, once recorded, is frozen with the version.
      // The publication log is append-only: corrections are only added, a withdrawal is
      // recorded once, and never for a version whose day in force has come (it was in force).
      const bc = b.decree.data.corrections;
      if (!isDeepStrictEqual(bc, h.decree.data.corrections.slice(0, bc.length))) broken(SUMMARY.history.correctionsChanged);
      const bw = b.decree.data.withdrawn;
      const hw = h.decree.data.withdrawn;
      if (bw && !isDeepStrictEqual(bw, hw)) broken(SUMMARY.history.withdrawnChanged);
      if (!bw && hw && inForceBy(h.decree.data, today)) broken(SUMMARY.history.withdrawnLate);
      // A root added or removed may change the trust reported (npm run sk --recheck), nothing else.
      const signed = b.decree.data.sk?.signatures;
      const now = h.decree.data.sk?.signatures;
      if (signed && !isDeepStrictEqual(signed, now)) {
        const trustChanged = !isDeepStrictEqual(b.decree.data.sk?.trust, h.decree.data.sk?.trust);
        if (!now || !trustChanged || !sameSignedFacts(signed, now)) broken(SUMMARY.history.skSignaturesChanged);
      }
      // A result names the roots it was checked against: each must be there to re-check it.
      const recorded = h.decree.data.sk?.signatures ? (h.decree.data.sk.trust ?? []) : [];
      const missing = recorded.filter((r) => !roots.has(r.sha256)).map((r) => r.name);
      if (missing.length) broken(SUMMARY.history.skTrustMissing(missing.join(', ')));
      // The letterhead an archive is printed with may be recorded later, never changed.
      if (b.decree.data.letterhead && !isDeepStrictEqual(b.decree.data.letterhead, h.decree.data.letterhead))
        broken(SUMMARY.history.letterheadChanged);
    } else if (b.decree && !h.decree) broken(SUMMARY.history.decreeRemoved);
    if (b.sk && h.sk?.sha256 !== b.sk.sha256) broken(h.sk ? SUMMARY.history.skChanged : SUMMARY.history.skRemoved);
  }
  return out;
}

const findingKey = (p: Problem) => `${p.rule}|${p.subject?.kind}:${p.subject?.id}|${p.field ?? ''}`;

function files(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(root, p).split(sep).join('/'), sha256Hex(readFileSync(p)));
    }
  };
  walk(root);
  return out;
}

const md = (s: string) => s.replace(/([\\`*_[\]|<>])/g, '\\$1').replace(/\n/g, ' ');

function fieldLine(f: FieldChange): string {
  // When nothing of substance stayed the same, "before → after" reads better than word soup.
  const kept = f.words.filter((w) => w.kind === 'same' && /[\p{L}\p{N}]/u.test(w.text)).length;
  if (!kept) return `  - ${f.label}: ~~${md(f.before)}~~ → **${md(f.after)}**`;
  // Word-level: deleted words struck through, added words in bold; text markers, not colour.
  const words = f.words
    .map((w) => (w.kind === 'same' ? md(w.text) : w.kind === 'added' ? ` **+${md(w.text.trim())}** ` : ` ~~−${md(w.text.trim())}~~ `))
    .join('');
  return `  - ${f.label}: ${words.replace(/\s+/g, ' ').trim()}`;
}

function entryLine(e: SnapshotEntry, laws: ReadonlyMap<string, Law>): string {
  const cites = e.legalBasis.map((c) => formatCitation(c, laws.get(c.law))).join('; ') || SUMMARY.noBasis;
  return SUMMARY.entry(e.number, md(e.title), md(cites), md(e.period.text), md(describePeriod(e.period)));
}

function problemLine(p: Problem, root: string): string {
  const file = p.file.startsWith(root) ? relative(root, p.file) : p.file.replace(/^.*?content\//, 'content/');
  return `- ${md(formatProblemLine({ ...p, file }))}`;
}

/** A new decree in one line: what it is, how many entries, what it changed, its hash. */
function decreeLine(d: DecreeFolder, prev: readonly SnapshotEntry[] | undefined): string {
  const dec = d.decree?.data;
  const reg = d.register?.data;
  const dd = prev && reg ? diffRegisters(prev, reg.entries) : null;
  const what = dec
    ? `${DECREE_KIND_LABELS[dec.kind ?? ''] ?? SUMMARY.decree} ${md(decreeNumberLabel(dec.number))}, ${decreePlaceDate(dec)}`
    : SUMMARY.decreeUnreadable;
  const size = reg ? SUMMARY.entries(reg.entries.length) : SUMMARY.registerMissing;
  return `- \`${d.id}\`: ${what}; ${size}${dd ? SUMMARY.fromPrevious(diffCounts(dd)) : ''}; SHA-256 \`${d.register?.sha256 ?? '-'}\``;
}

export function summarize(
  baseRoot: string,
  headRoot: string,
  opts: { today?: string; baseLabel?: string; headLabel?: string } = {},
): RegisterSummary {
  const base: CheckResult = checkContent(baseRoot, { today: opts.today });
  const head: CheckResult = checkContent(headRoot, { today: opts.today });
  const laws = new Map(head.tree.laws.map((l) => [l.id, l.data]));
  const diff = diffRegisters(toRegisterEntries(base.tree.exemptions), toRegisterEntries(head.tree.exemptions));

  const baseDecrees = new Set(base.tree.decrees.map((d) => d.id));
  const newDecrees = head.tree.decrees.filter((d) => !baseDecrees.has(d.id));
  const baseFindings = new Map(base.problems.filter((p) => p.severity === 'finding').map((p) => [findingKey(p), p]));
  const headFindings = new Map(head.problems.filter((p) => p.severity === 'finding').map((p) => [findingKey(p), p]));
  const newFindings = [...headFindings].filter(([k]) => !baseFindings.has(k)).map(([, p]) => p);
  const resolvedFindings = [...baseFindings].filter(([k]) => !headFindings.has(k)).map(([, p]) => p);
  const errors = head.problems.filter((p) => p.severity === 'error');
  const baseNotes = new Set(base.problems.filter((p) => p.severity === 'note').map(findingKey));
  const newNotes = head.problems.filter((p) => p.severity === 'note' && !baseNotes.has(findingKey(p)));

  const baseFiles = files(baseRoot);
  const headFiles = files(headRoot);
  const otherFiles: RegisterSummary['otherFiles'] = [];
  for (const [path, hash] of headFiles) {
    if (path.startsWith('exemptions/') || path.startsWith('decrees/')) continue;
    if (!baseFiles.has(path)) otherFiles.push({ path, change: SUMMARY.fileChange.added });
    else if (baseFiles.get(path) !== hash) otherFiles.push({ path, change: SUMMARY.fileChange.changed });
  }
  for (const path of baseFiles.keys())
    if (!path.startsWith('exemptions/') && !path.startsWith('decrees/') && !headFiles.has(path))
      otherFiles.push({ path, change: SUMMARY.fileChange.removed });
  // Frozen versions that changed or went are never a normal change: the summary fails.
  const historyBroken = historyChanges(base.tree.decrees, head.tree.decrees, head.today, head.tree.trust);

  const L: string[] = [SUMMARY_MARKER, SUMMARY.heading, ''];
  L.push(
    errors.length || historyBroken.length
      ? SUMMARY.failed(errors.length + historyBroken.length, head.counts.finding, head.counts.note)
      : SUMMARY.passed(head.counts.finding, head.counts.note),
  );
  if (opts.baseLabel || opts.headLabel) L.push(SUMMARY.compared(opts.baseLabel, opts.headLabel));
  L.push('');
  if (newDecrees.length) {
    L.push(SUMMARY.newDecrees);
    for (const d of newDecrees)
      L.push(decreeLine(d, head.chain?.[head.chain.findIndex((x) => x.id === d.id) - 1]?.register?.data?.entries));
    L.push('');
  } else L.push(SUMMARY.noNewDecree, '');
  if (historyBroken.length)
    L.push(
      SUMMARY.history.heading(historyBroken.length),
      '',
      ...historyBroken.map((x) => `- \`${x.version}\`: ${x.what}`),
      '',
      SUMMARY.history.fix,
      '',
    );

  // What is trusted decides which signatures the site calls valid: said plainly, with sources,
  // and with every frozen result a change of roots let change.
  const trustChanges = otherFiles.filter((f) => f.path.startsWith('trust/'));
  const rechecked = head.tree.decrees.flatMap((h) => {
    const before = base.tree.decrees.find((b) => b.id === h.id)?.decree?.data.sk?.signatures;
    const after = h.decree?.data.sk?.signatures;
    if (!before || !after || isDeepStrictEqual(before, after)) return [];
    return after.flatMap((a, i) =>
      a.verdict !== before[i]?.verdict ? [SUMMARY.trust.recheck(h.id, i + 1, before[i]?.verdict ?? '-', a.verdict)] : [],
    );
  });
  if (trustChanges.length || rechecked.length) {
    const source = (path: string) => head.tree.trust.find((t) => `trust/${t.name}` === path)?.source;
    L.push(
      SUMMARY.trust.heading,
      '',
      SUMMARY.trust.warning,
      '',
      ...trustChanges.map(
        (f) => `- \`${md(f.path)}\`: ${f.change}${source(f.path) ? ` · ${SUMMARY.trust.source(md(source(f.path)!))}` : ''}`,
      ),
      ...rechecked.map((line) => `- ${line}`),
      '',
    );
  }

  L.push(SUMMARY.entriesHeading, '', SUMMARY.counts(diff), '');
  if (diff.added.length) L.push(SUMMARY.added, ...diff.added.map((e) => entryLine(e, laws)), '');
  if (diff.removed.length) L.push(SUMMARY.removed, ...diff.removed.map((e) => `- ~~${e.number}. ${md(e.title)}~~`), '');
  if (diff.changed.length) {
    L.push(SUMMARY.changed);
    for (const c of diff.changed)
      L.push(
        `- **${c.after.number}. ${md(c.after.title)}**${c.moved ? SUMMARY.formerNumber(c.before.number) : ''}`,
        ...c.fields.map(fieldLine),
      );
    L.push('');
  }
  if (diff.renumbered.length)
    L.push(SUMMARY.renumbered, ...diff.renumbered.map((c) => `- ${md(c.after.title)}: ${c.before.number} → ${c.after.number}`), '');

  L.push(SUMMARY.findingsHeading, '');
  if (!newFindings.length && !resolvedFindings.length) L.push(SUMMARY.noFindingChange, '');
  if (newFindings.length)
    L.push(
      SUMMARY.newFindings(newFindings.length),
      ...newFindings.map((p) => `- [${p.rule}] ${RULES[p.rule].title}: ${md(p.subject?.id ?? '')}: ${md(p.message)}`),
      '',
    );
  if (resolvedFindings.length)
    L.push(
      SUMMARY.resolvedFindings(resolvedFindings.length),
      ...resolvedFindings.map((p) => `- [${p.rule}] ${md(p.subject?.id ?? '')}: ${md(p.message)}`),
      '',
    );
  if (newNotes.length)
    L.push(
      SUMMARY.newNotes(newNotes.length),
      ...newNotes.map((p) => {
        const heuristic = (RULES[p.rule] as RuleInfo).heuristic ? REPORT.heuristic : '';
        return `- [${p.rule}] ${RULES[p.rule].title}${heuristic}: ${md(p.subject?.id ?? '')}: ${md(p.message)}`;
      }),
      '',
    );
  if (errors.length) L.push(SUMMARY.errorsHeading(errors.length), '', ...errors.map((p) => problemLine(p, headRoot)), '');
  if (otherFiles.length) L.push(SUMMARY.otherFiles, '', ...otherFiles.map((f) => `- \`${f.path}\` ${f.change}`), '');
  return {
    markdown: L.join('\n').trim() + '\n',
    errors: errors.length,
    diff,
    newDecrees: newDecrees.map((d) => d.id),
    newFindings,
    resolvedFindings,
    otherFiles,
    historyBroken,
  };
}

const pemBytes = (t: TrustRootFile) => new Uint8Array(Buffer.from(t.pem, 'latin1'));
