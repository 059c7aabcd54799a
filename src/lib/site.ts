import { anchorDecreeDate, entryRules, EXPIRY_NOTICE_WORKDAYS } from './check/validate.ts';
import type { Problem } from './check/rules.ts';
import { exemptionLetters, formatCitation, resolveCitation } from './citation.ts';
import { formatPartialDate } from './dates.ts';
import { PERIOD_KIND_LABELS } from './i18n.ts';
import { describePeriod, periodEnd, type PeriodEnd } from './period.ts';
import { decreeInForce, inForceFrom, orderChain } from './register.ts';
import type { Body, Decree, ExemptionData, Holidays, Law, LawLetter, RegisterSnapshot, SnapshotEntry, Sop, Unit } from './schema/index.ts';
import { diffRegisters, type RegisterDiff } from './diff.ts';
import { cycleCompliance, type CycleCompliance } from './cycle.ts';
import { toRegisterEntries } from './register.ts';
import { decreeSummary, type DecreeSummary } from './view.ts';
import { workCalendar, workdaysBetween } from './workdays.ts';

export interface Item<T> {
  id: string;
  data: T;
}

export interface SiteInput {
  body: Body;
  /** The working copy (content/exemptions), for pending changes. */
  working?: { id: string; data: ExemptionData; body?: string }[];
  laws: Item<Law>[];
  units: Item<Unit>[];
  decrees: Item<Decree>[];
  registers: Item<RegisterSnapshot>[];
  sops: Item<Sop>[];
  holidays: Holidays[];
  today: string;
}

export interface ProvisionText {
  label: string;
  text: string | null;
  summary?: string;
  verified: boolean;
}

export interface CitationView {
  label: string;
  lawId: string;
  lawTitle: string;
  /** The Pasal 17 letter, when the citation is an exemption ground. */
  letter: string | null;
  /** Full texts of the cited provisions: the letter and each cited item, or the article. */
  texts: ProvisionText[];
}

export interface EntryView {
  entry: SnapshotEntry;
  number: number;
  id: string;
  title: string;
  letters: string[];
  citations: CitationView[];
  periodKind: string;
  periodKindLabel: string;
  periodPlain: string;
  periodEnd: PeriodEnd | null;
  periodEndLabel: string | null;
  /** Working days from today to the end (0 when ended), and where that leaves the entry. */
  expiry: { workdaysLeft: number; status: 'expired' | 'expiring' | 'later'; missingYears: number[] } | null;
  unitName: string | null;
  findings: Problem[];
}

export interface SiteModel {
  body: Body;
  today: string;
  laws: Map<string, Law>;
  units: Map<string, Unit>;
  /** The law and article whose letters are the exemption grounds (UU 14/2008 Pasal 17). */
  grounds: { lawId: string; law: Law; article: string; letters: LawLetter[] } | null;
  decree: { id: string; data: Decree; summary: DecreeSummary; registerSha256: string } | null;
  /** All decrees, oldest first. */
  decrees: Item<Decree>[];
  entries: EntryView[];
  letterCounts: { letter: string; short: string; count: number }[];
  periodKinds: { kind: string; label: string; count: number }[];
  unitCounts: { id: string; name: string; count: number }[];
  findings: Problem[];
  sop: Sop | null;
  /** Every version, oldest first, with its status on `today` and its changes. */
  versions: VersionInfo[];
  /** The working copy as a register, and how it differs from the register in force. */
  pending: { entries: SnapshotEntry[]; diff: RegisterDiff } | null;
  /**
   * Entries that left the register through a decree now in force, newest first: opened by a
   * reclassification (perubahan klasifikasi) or removed by another decree. They keep their
   * permalink, which then says so, instead of silently disappearing.
   */
  left: LeftEntry[];
}

export interface LeftEntry {
  id: string;
  /** The entry as last frozen, before it left. */
  last: SnapshotEntry;
  /** The version that no longer lists it, and the one that last did. */
  version: VersionInfo;
  lastVersionId: string;
  reclassified: boolean;
  /** True where the entry's own period had ended when it left. */
  periodEnded: boolean;
}

export type VersionStatus = 'in-force' | 'superseded' | 'future';

export interface VersionInfo {
  id: string;
  decree: Decree;
  summary: DecreeSummary;
  snapshot: RegisterSnapshot;
  sha256: string;
  status: VersionStatus;
  previousId: string | null;
  nextId: string | null;
  /** Changes from the previous version; null for the first. */
  diff: RegisterDiff | null;
  entries: EntryView[];
  /** The SOP cycle that produced this decree, against the service standard; null if none recorded. */
  cycle: CycleCompliance | null;
}

function provisionTexts(c: SnapshotEntry['legalBasis'][number], laws: ReadonlyMap<string, Law>): ProvisionText[] {
  const r = resolveCitation(c, laws);
  if (!r.ok) return [];
  const { law, article, letter, items } = r.value;
  if (!article) return [];
  if (letter) {
    const out: ProvisionText[] = [
      { label: `Pasal ${article.number} huruf ${letter.letter} ${law.short}`, text: letter.text, summary: letter.summary, verified: letter.verified },
    ];
    // Where no item is cited, all the letter's items belong to its text.
    const shown = items.length ? items : letter.items;
    for (const i of shown) out.push({ label: `angka ${i.number}`, text: i.text, summary: i.summary, verified: i.verified });
    return out;
  }
  const paragraph = c.paragraph ? article.paragraphs.find((p) => p.number === c.paragraph) : undefined;
  if (paragraph) return [{ label: `Pasal ${article.number} ayat (${paragraph.number}) ${law.short}`, text: paragraph.text, summary: paragraph.summary, verified: paragraph.verified }];
  return [{ label: `Pasal ${article.number} ${law.short}`, text: article.text, summary: article.summary, verified: article.verified }];
}

/**
 * Everything the public pages show, computed once from the content: the register in force,
 * each entry with its citations resolved and its findings, and the counts for charts and
 * filters. Pages only render this.
 */
export function buildSiteModel(input: SiteInput): SiteModel {
  const laws = new Map(input.laws.map((l) => [l.id, l.data]));
  const units = new Map(input.units.map((u) => [u.id, u.data]));
  const groundsLaw = input.laws.find((l) => l.data.exemptionArticle);
  const grounds = groundsLaw
    ? {
        lawId: groundsLaw.id,
        law: groundsLaw.data,
        article: groundsLaw.data.exemptionArticle!,
        letters: groundsLaw.data.articles.find((a) => a.number === groundsLaw.data.exemptionArticle)?.letters ?? [],
      }
    : null;

  const chain = orderChain(input.decrees.map((d) => ({ id: d.id, supersedes: d.data.supersedes, value: d })));
  if (!chain.ok) throw new Error(`Riwayat keputusan tidak membentuk satu rantai (${chain.reason}); jalankan npm run check.`);
  const ordered = chain.order.map((l) => l.value);
  const current = decreeInForce(ordered.map((d) => ({ ...d, decree: d.data })), input.today);
  const snapshot = current ? input.registers.find((r) => r.id === current.id)?.data ?? null : null;
  if (current && !snapshot) throw new Error(`register.json keputusan ${current.id} tidak ada; jalankan npm run check.`);

  const versions = ordered.flatMap((d) => {
    const r = input.registers.find((x) => x.id === d.id);
    return r ? [{ date: d.data.date, entries: r.data.entries }] : [];
  });
  const calendar = workCalendar(input.holidays);

  const sop = input.sops[0]?.data ?? null;
  // Findings are shown for the register in force only; historical tables do without them,
  // which at 10 versions of 10,000 entries saves a hundred thousand rule evaluations.
  const viewsOf = (snap: RegisterSnapshot, decreeId: string, withFindings: boolean): EntryView[] =>
    snap.entries.map((e) => entryView(e, { laws, units, versions, today: input.today, calendar, file: `content/decrees/${decreeId}/register.json`, withFindings }));
  const entries: EntryView[] = current && snapshot ? viewsOf(snapshot, current.id, true) : [];

  const versionInfos: VersionInfo[] = ordered.flatMap((d, i) => {
    const reg = input.registers.find((r) => r.id === d.id);
    if (!reg) return [];
    const prevReg = i > 0 ? input.registers.find((r) => r.id === ordered[i - 1]!.id) : undefined;
    const status: VersionStatus = current?.id === d.id ? 'in-force' : inForceFrom(d.data) > input.today ? 'future' : 'superseded';
    return [
      {
        id: d.id,
        decree: d.data,
        summary: decreeSummary(d.id, d.data),
        snapshot: reg.data,
        sha256: d.data.register.sha256,
        status,
        previousId: i > 0 ? ordered[i - 1]!.id : null,
        nextId: ordered[i + 1]?.id ?? null,
        diff: prevReg ? diffRegisters(prevReg.data.entries, reg.data.entries) : null,
        entries: current?.id === d.id ? entries : viewsOf(reg.data, d.id, false),
        cycle: d.data.cycle && sop ? cycleCompliance(sop, d.data.cycle, calendar, input.today) : null,
      },
    ];
  });
  const working = input.working ? toRegisterEntries(input.working.map((w) => ({ id: w.id, data: w.data, body: (w.body ?? '').trim() }))) : null;

  const count = <K extends string>(keys: K[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());
  const byLetter = count(entries.flatMap((e) => e.letters));
  const byKind = count(entries.map((e) => e.periodKind));
  const byUnit = count(entries.flatMap((e) => (e.entry.unit ? [e.entry.unit] : [])));

  return {
    body: input.body,
    today: input.today,
    laws,
    units,
    grounds,
    decree:
      current && snapshot
        ? {
            id: current.id,
            data: current.data,
            summary: decreeSummary(current.id, current.data),
            registerSha256: current.data.register.sha256,
          }
        : null,
    decrees: ordered,
    entries,
    letterCounts: (grounds?.letters ?? []).map((l) => ({ letter: l.letter, short: l.short, count: byLetter.get(l.letter) ?? 0 })),
    periodKinds: Object.keys(PERIOD_KIND_LABELS)
      .filter((k) => byKind.has(k))
      .map((k) => ({ kind: k, label: PERIOD_KIND_LABELS[k]!, count: byKind.get(k)! })),
    unitCounts: [...byUnit].map(([id, n]) => ({ id, name: units.get(id)?.name ?? id, count: n })),
    findings: entries.flatMap((e) => e.findings),
    sop: input.sops[0]?.data ?? null,
    versions: versionInfos,
    pending: working ? { entries: working, diff: diffRegisters(snapshot?.entries ?? [], working) } : null,
    left: leftEntries(versionInfos, versions),
  };
}

function expiryOf(end: string, today: string, cal: ReturnType<typeof workCalendar>): EntryView['expiry'] {
  if (end <= today) return { workdaysLeft: 0, status: 'expired', missingYears: [] };
  const left = workdaysBetween(today, end, cal);
  return { workdaysLeft: left.days, status: left.days <= EXPIRY_NOTICE_WORKDAYS ? 'expiring' : 'later', missingYears: left.missingYears };
}

function leftEntries(versions: VersionInfo[], anchors: { date: string; entries: readonly SnapshotEntry[] }[]): LeftEntry[] {
  const out: LeftEntry[] = [];
  const inForceOrPast = versions.filter((v) => v.status !== 'future');
  const current = new Set(inForceOrPast.at(-1)?.snapshot.entries.map((e) => e.id) ?? []);
  for (const v of inForceOrPast) {
    for (const e of v.diff?.removed ?? []) {
      if (current.has(e.id)) continue; // it came back later
      const end = periodEnd(e.period, anchorDecreeDate(anchors, e));
      out.push({ id: e.id, last: e, version: v, lastVersionId: v.previousId!, reclassified: v.decree.kind === 'perubahan-klasifikasi', periodEnded: !!end && end.date <= inForceFrom(v.decree) });
    }
  }
  return out.reverse();
}

interface EntryViewContext {
  laws: ReadonlyMap<string, Law>;
  units: ReadonlyMap<string, Unit>;
  versions: { date: string; entries: readonly SnapshotEntry[] }[];
  today: string;
  calendar: ReturnType<typeof workCalendar>;
  file: string;
  withFindings: boolean;
}

function entryView(e: SnapshotEntry, c: EntryViewContext): EntryView {
  const { laws, units } = c;
  const decreeDate = anchorDecreeDate(c.versions, e);
  const end = periodEnd(e.period, decreeDate);
  return {
    entry: e,
    number: e.number,
    id: e.id,
    title: e.title,
    letters: exemptionLetters(e.legalBasis, laws),
    citations: e.legalBasis.map((ct) => {
      const law = laws.get(ct.law);
      return {
        label: formatCitation(ct, law),
        lawId: ct.law,
        lawTitle: law ? `${law.kind} Nomor ${law.number} Tahun ${law.year} tentang ${law.title}` : ct.law,
        letter: law?.exemptionArticle && ct.article === law.exemptionArticle && ct.letter ? ct.letter : null,
        texts: provisionTexts(ct, laws),
      };
    }),
    periodKind: e.period.kind,
    periodKindLabel: PERIOD_KIND_LABELS[e.period.kind] ?? e.period.kind,
    periodPlain: describePeriod(e.period),
    periodEnd: end,
    periodEndLabel: end ? `${formatPartialDate(end.date)}${end.approximate ? ' (perkiraan)' : ''}` : null,
    expiry: end ? expiryOf(end.date, c.today, c.calendar) : null,
    unitName: e.unit ? units.get(e.unit)?.name ?? e.unit : null,
    findings: c.withFindings
      ? entryRules(e, { laws, units, file: c.file, decreeDate, today: c.today, calendar: c.calendar, pathPrefix: ['entries', e.number - 1] }).filter((p) => p.severity === 'finding')
      : [],
  };
}
