import { registerRules, staleAfter, STALE_AFTER_MONTHS } from '#domain/rules/register.ts';
import { anchorDecreeDate, entryRules, EXPIRY_NOTICE_WORKDAYS, type AnchorVersion } from '#domain/rules/entry.ts';
import { RULES, type Problem, type RuleId, type RuleInfo } from '#domain/rules/registry.ts';
import { exemptionLetters, formatCitation, provisionTexts, type ProvisionText } from '#domain/citation.ts';
import { addDays, assumedInForce, formatPartialDate } from '#domain/dates.ts';
import { routes } from '#domain/routes.ts';
import { lawFullName, PERIOD_KIND_LABELS, PERIOD_WORDS, UI } from '#domain/strings.ts';
import { describePeriod, periodEnd, type PeriodEnd } from '#domain/period.ts';
import {
  inForceFrom,
  inForcePeriods,
  formerPeriodStarts,
  orderedDecrees,
  periodOn,
  registerInForce,
  toRegisterEntries,
  versionNeighbours,
  versionStatus,
  type InForcePeriod,
  type VersionStatus,
} from '#domain/register.ts';
import type {
  Body,
  Decree,
  ExemptionData,
  Holidays,
  Law,
  LawLetter,
  RegisterSnapshot,
  SnapshotEntry,
  Sop,
  Unit,
} from '#domain/schema/index.ts';
import { diffRegisters, entryHistory, type RegisterDiff } from '#domain/diff.ts';
import { cycleCompliance, type CycleCompliance } from '#domain/cycle.ts';
import { decreeSummary, type DecreeSummary } from './decree-summary.ts';
import { narrativeHtml } from './narrative-html.ts';
import { workCalendar, workdaysBetween } from '#domain/workdays.ts';

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
  /** When the content last changed (git), or null where unknown. */
  lastChange?: string | null;
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

/** What a register table row shows: enough for every version, old or in force. */
export interface RowView {
  entry: SnapshotEntry;
  number: number;
  id: string;
  title: string;
  letters: string[];
  periodKind: string;
  periodPlain: string;
  /** The narrative rendered from its MDX source (safe subset), or "" where there is none. */
  narrativeHtml: string;
}

/** An entry of the register in force, with everything its own page shows. */
export interface EntryView extends RowView {
  citations: CitationView[];
  periodKindLabel: string;
  periodEnd: PeriodEnd | null;
  periodEndLabel: string | null;
  /** Working days from today to the end (0 when ended), and where that leaves the entry. */
  expiry: { workdaysLeft: number; status: 'expired' | 'expiring' | 'later'; missingYears: number[] } | null;
  unitName: string | null;
  findings: Problem[];
  /** Heuristic review notes: shown to the public only folded away, as checks to look at. */
  notes: Problem[];
  /**
   * The version whose decree gave the entry its current wording, and since when that applies
   * (`assumed`: the decree states no effective date; the end of its month is taken).
   */
  wordingSince: { versionId: string; name: string; from: string; assumed: 'month' | 'day' | null } | null;
}

/** A stretch of time with one register in force, as the point-in-time pages show it. */
export interface PeriodView extends InForcePeriod {
  /** The period's own address. */
  href: string;
  /** "31 Maret 2025 – 14 September 2025", "sejak 15 Juni 2026", "sebelum 31 Maret 2025". */
  label: string;
  versionName: string | null;
  pendingNames: { id: string; name: string }[];
  /** Under way today, or still to come. */
  current: boolean;
  future: boolean;
  /** The period's first day is assumed (its decree states no effective date), and from what. */
  assumed: 'month' | 'day' | null;
  /** The day `pending` is as of: the period's last day, or today for the one under way. */
  asOf: string;
}

/** Who publishes the register and how current it is: the frame of every page. */
export interface SiteStatus {
  /** The PPID's name where the body's data gives it. */
  ppidName: string | null;
  /** The register in force: its decree's place and date, and since when it is in force. */
  register: { id: string; place: string | null; date: string; inForceFrom: string } | null;
  /** When the content last changed, formatted; null where unknown. */
  lastChange: string | null;
  /** The day the pages were built for, formatted: what is "in force" is as of that day. */
  builtFor: string;
  /** Set when the register in force is past 12 months or past the SOP's own interval. */
  stale: { decreeDate: string; months: number; bySop: boolean } | null;
}

export interface SiteModel {
  body: Body;
  today: string;
  status: SiteStatus;
  /** Which register was in force on any day, oldest first (the point-in-time pages). */
  periods: PeriodView[];
  /**
   * Days a decree was to come into force that begin no period (it was overtaken or withdrawn
   * before): their address, once a period's, keeps answering with the period holding the day.
   */
  periodAliases: { day: string; label: string; decreeIds: string[]; period: PeriodView }[];
  /** The whole catalogue, for resolving citations. */
  laws: Map<string, Law>;
  /**
   * The laws the public pages list: cited by some version of the register or by the SOP,
   * with the laws these name as related. The rest of the catalogue is there for reading
   * other bodies' registers and is not this body's legal basis.
   */
  publicLaws: Map<string, Law>;
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
  /** Findings on the register in force: about the decree, then about each entry. */
  findings: Problem[];
  notes: Problem[];
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

export interface VersionInfo {
  id: string;
  /** The version in words, as a title: "Daftar yang ditetapkan Maret 2025". */
  name: string;
  decree: Decree;
  summary: DecreeSummary;
  snapshot: RegisterSnapshot;
  sha256: string;
  status: VersionStatus;
  previousId: string | null;
  nextId: string | null;
  /** Changes from the previous version; null for the first. */
  diff: RegisterDiff | null;
  /** The entries by id. */
  byId: ReadonlyMap<string, SnapshotEntry>;
  /**
   * The register table's rows, made when a page first asks (the in-force version's are its
   * entry views): ten versions of ten thousand entries need not all be held at once.
   */
  rows(): RowView[];
  /** The SOP cycle that produced this decree, against the service standard; null if none recorded. */
  cycle: CycleCompliance | null;
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

  const ordered = orderedDecrees(input.decrees);
  const inForce = registerInForce(input.decrees, input.registers, input.today);
  const current = inForce ? ordered.find((d) => d.id === inForce.decreeId)! : null;
  const snapshot = inForce?.snapshot ?? null;

  const registers = new Map(input.registers.map((r) => [r.id, r.data]));
  // Every version's entries by id, once: periods are anchored and histories traced by lookup.
  const byIdOf = new Map<string, ReadonlyMap<string, SnapshotEntry>>();
  const versions: AnchorVersion[] = ordered.flatMap((d) => {
    const r = registers.get(d.id);
    if (!r) return [];
    const byId = new Map(r.entries.map((e) => [e.id, e]));
    byIdOf.set(d.id, byId);
    return [{ date: d.data.date, byId }];
  });
  const calendar = workCalendar(input.holidays);

  const sop = input.sops[0]?.data ?? null;
  const entries: EntryView[] =
    current && snapshot
      ? snapshot.entries.map((e) =>
          entryView(e, { laws, units, versions, today: input.today, calendar, file: `content/decrees/${current.id}/register.json` }),
        )
      : [];

  const count = <K extends string>(keys: K[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>());
  // Two versions decreed in the same month are told apart by their ids.
  const dateCount = count(ordered.map((d) => d.data.date));
  const neighbours = versionNeighbours(ordered.map((d) => ({ id: d.id, decree: d.data })));
  const versionInfos: VersionInfo[] = ordered.flatMap((d, i) => {
    const reg = registers.get(d.id);
    if (!reg) return [];
    const { previousId, nextId } = neighbours[i]!;
    // Changes from the version it replaces, passing over any withdrawn in between.
    const prev = previousId ? registers.get(previousId) : undefined;
    const status = versionStatus(
      i,
      ordered.findIndex((x) => x.id === current?.id),
      d.data,
      input.today,
    );
    let rows: RowView[] | null = current?.id === d.id ? entries : null;
    return [
      {
        id: d.id,
        name: UI.versions.name(formatPartialDate(d.data.date), dateCount.get(d.data.date)! > 1 ? d.id : null),
        decree: d.data,
        summary: decreeSummary(d.id, d.data),
        snapshot: reg,
        sha256: d.data.register.sha256,
        status,
        previousId,
        nextId,
        diff: prev ? diffRegisters(prev.entries, reg.entries) : null,
        byId: byIdOf.get(d.id)!,
        rows: () => (rows ??= reg.entries.map((e) => rowView(e, laws))),
        cycle: d.data.cycle && sop ? cycleCompliance(sop, d.data.cycle, calendar, input.today) : null,
      },
    ];
  });
  const working = input.working
    ? toRegisterEntries(input.working.map((w) => ({ id: w.id, data: w.data, body: (w.body ?? '').trim() })))
    : null;

  const byLetter = count(entries.flatMap((e) => e.letters));
  const byKind = count(entries.map((e) => e.periodKind));
  const byUnit = count(entries.flatMap((e) => (e.entry.unit ? [e.entry.unit] : [])));

  const citedIds = new Set([
    ...versions.flatMap((v) => [...v.byId.values()].flatMap((e) => e.legalBasis.map((c) => c.law))),
    ...input.sops.flatMap((s) => s.data.legalBases.flatMap((b) => (b.law ? [b.law] : []))),
    ...(groundsLaw ? [groundsLaw.id] : []),
  ]);
  for (const id of [...citedIds]) for (const r of laws.get(id)?.related ?? []) citedIds.add(r);
  const publicLaws = new Map([...laws].filter(([id]) => citedIds.has(id)));

  // Since when each entry in force has read as it does: the last version, up to the one in
  // force, that added or changed it.
  // Only versions that were ever in force count: one overtaken before its day never applied.
  const rawPeriods = inForcePeriods(
    ordered.map((d) => ({ id: d.id, decree: d.data })),
    input.today,
  );
  const applied = new Set(rawPeriods.filter((p) => p.versionId && p.from! <= input.today).map((p) => p.versionId));
  const upToCurrent = current
    ? versionInfos.slice(0, versionInfos.findIndex((v) => v.id === current.id) + 1).filter((v) => applied.has(v.id))
    : [];
  for (const e of entries) {
    const last = entryHistory(
      upToCurrent.map((v) => ({ id: v.id, entries: v.snapshot.entries, byId: v.byId })),
      e.id,
    ).findLast((ev) => ev.kind === 'entered' || ev.kind === 'changed');
    const v = last && upToCurrent.find((x) => x.id === last.version);
    if (v)
      e.wordingSince = { versionId: v.id, name: v.name, from: formatPartialDate(inForceFrom(v.decree)), assumed: assumedInForce(v.decree) };
  }

  const periods: PeriodView[] = rawPeriods.map((p) => ({
    ...p,
    href: routes.period(p.from),
    label: periodLabel(p),
    versionName: p.versionId ? (versionInfos.find((v) => v.id === p.versionId)?.name ?? p.versionId) : null,
    pendingNames: p.pending.map((id) => ({ id, name: versionInfos.find((v) => v.id === id)?.name ?? id })),
    current: (p.from === null || p.from <= input.today) && (p.to === null || input.today <= p.to),
    assumed: p.from === null ? null : assumedInForce(ordered.find((d) => d.id === p.versionId)!.data),
    asOf: formatPartialDate(p.to !== null && p.to < input.today ? p.to : input.today),
    future: p.from !== null && p.from > input.today,
  }));

  const periodAliases = formerPeriodStarts(
    ordered.map((d) => ({ id: d.id, decree: d.data })),
    periods,
  ).map((a) => ({ ...a, label: formatPartialDate(a.day), period: periodOn(periods, a.day)! }));

  const sopEvery = sop?.updateEveryMonths ?? null;
  const status: SiteStatus = {
    ppidName: input.body.ppid?.name ?? null,
    register: current
      ? {
          id: current.id,
          place: current.data.place,
          date: formatPartialDate(current.data.date),
          inForceFrom: formatPartialDate(inForceFrom(current.data)),
        }
      : null,
    lastChange: input.lastChange ? formatPartialDate(input.lastChange) : null,
    builtFor: formatPartialDate(input.today),
    stale:
      current && input.today > staleAfter(current.data.date, sopEvery)
        ? {
            decreeDate: formatPartialDate(current.data.date),
            months: Math.min(STALE_AFTER_MONTHS, sopEvery ?? STALE_AFTER_MONTHS),
            bySop: sopEvery !== null && sopEvery < STALE_AFTER_MONTHS,
          }
        : null,
  };

  return {
    body: input.body,
    today: input.today,
    status,
    periods,
    periodAliases,
    laws,
    publicLaws,
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
    findings: [
      ...(current && snapshot
        ? registerRules({
            decree: { id: current.id, file: `content/decrees/${current.id}/decree.json`, data: current.data },
            today: input.today,
          })
        : []),
      ...entries.flatMap((e) => e.findings),
    ],
    notes: entries.flatMap((e) => e.notes),
    sop: input.sops[0]?.data ?? null,
    versions: versionInfos,
    pending: working ? { entries: working, diff: diffRegisters(snapshot?.entries ?? [], working) } : null,
    left: leftEntries(versionInfos, versions),
  };
}

/**
 * What the public is shown of an entry's problems: findings, and heuristic review notes (not
 * the editors' bookkeeping, such as a law missing from the catalogue).
 */
function byLevel(problems: Problem[]): Pick<EntryView, 'findings' | 'notes'> {
  return {
    findings: problems.filter((p) => p.severity === 'finding'),
    notes: problems.filter((p) => p.severity === 'note' && (RULES[p.rule] as RuleInfo).heuristic),
  };
}

/** Findings before review notes, each in the order of the rules (RULES), each rule's in the order found. */
export function findingsByRule(findings: readonly Problem[]): Problem[] {
  const order = new Map((Object.keys(RULES) as RuleId[]).map((r, i) => [r, i]));
  const level = (p: Problem) => (p.severity === 'note' ? 1 : 0);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => level(a.f) - level(b.f) || (order.get(a.f.rule) ?? 1e9) - (order.get(b.f.rule) ?? 1e9) || a.i - b.i)
    .map((x) => x.f);
}

/** The entries in force whose period ends on a date, soonest first, and the others by period kind. */
export function expiries(m: Pick<SiteModel, 'entries'>): {
  dated: EntryView[];
  undated: EntryView[];
  byKind: { label: string; count: number }[];
} {
  const dated = m.entries.filter((e) => e.periodEnd).sort((a, b) => a.periodEnd!.date.localeCompare(b.periodEnd!.date));
  const undated = m.entries.filter((e) => !e.periodEnd);
  const counts = new Map<string, number>();
  for (const e of undated) counts.set(e.periodKindLabel, (counts.get(e.periodKindLabel) ?? 0) + 1);
  return { dated, undated, byKind: [...counts].map(([label, count]) => ({ label, count })) };
}

function periodLabel(p: InForcePeriod): string {
  const t = UI.pointInTime;
  if (p.from === null) return t.before(formatPartialDate(addDays(p.to!, 1)));
  return p.to === null ? t.since(formatPartialDate(p.from)) : t.range(formatPartialDate(p.from), formatPartialDate(p.to));
}

/** Another version by its name, as the reader knows it ("Daftar yang ditetapkan Maret 2025"). */
export function versionName(m: Pick<SiteModel, 'versions'>, id: string): string {
  return m.versions.find((v) => v.id === id)?.name ?? id;
}

/** The entries in force under one Pasal 17 letter, one period kind, or one work unit. */
export function groupRows(m: Pick<SiteModel, 'entries'>, group: { letter: string } | { kind: string } | { unit: string }): EntryView[] {
  if ('letter' in group) return m.entries.filter((e) => e.letters.includes(group.letter));
  if ('kind' in group) return m.entries.filter((e) => e.periodKind === group.kind);
  return m.entries.filter((e) => e.entry.unit === group.unit);
}

function expiryOf(end: string, today: string, cal: ReturnType<typeof workCalendar>): EntryView['expiry'] {
  if (end <= today) return { workdaysLeft: 0, status: 'expired', missingYears: [] };
  const left = workdaysBetween(today, end, cal);
  return { workdaysLeft: left.days, status: left.days <= EXPIRY_NOTICE_WORKDAYS ? 'expiring' : 'later', missingYears: left.missingYears };
}

function leftEntries(versions: VersionInfo[], anchors: readonly AnchorVersion[]): LeftEntry[] {
  const out: LeftEntry[] = [];
  const inForceOrPast = versions.filter((v) => v.status !== 'future' && v.status !== 'withdrawn');
  const current = new Set(inForceOrPast.at(-1)?.snapshot.entries.map((e) => e.id) ?? []);
  for (const v of inForceOrPast) {
    for (const e of v.diff?.removed ?? []) {
      if (current.has(e.id)) continue; // it came back later
      const end = periodEnd(e.period, anchorDecreeDate(anchors, e));
      out.push({
        id: e.id,
        last: e,
        version: v,
        lastVersionId: v.previousId!,
        reclassified: v.decree.kind === 'perubahan-klasifikasi',
        periodEnded: !!end && end.date <= inForceFrom(v.decree),
      });
    }
  }
  return out.reverse();
}

interface EntryViewContext {
  laws: ReadonlyMap<string, Law>;
  units: ReadonlyMap<string, Unit>;
  versions: readonly AnchorVersion[];
  today: string;
  calendar: ReturnType<typeof workCalendar>;
  file: string;
}

function rowView(e: SnapshotEntry, laws: ReadonlyMap<string, Law>): RowView {
  return {
    entry: e,
    number: e.number,
    id: e.id,
    title: e.title,
    letters: exemptionLetters(e.legalBasis, laws),
    periodKind: e.period.kind,
    periodPlain: describePeriod(e.period),
    narrativeHtml: narrativeHtml(e.narrative, laws),
  };
}

function entryView(e: SnapshotEntry, c: EntryViewContext): EntryView {
  const { laws, units } = c;
  const decreeDate = anchorDecreeDate(c.versions, e);
  const end = periodEnd(e.period, decreeDate);
  return {
    ...rowView(e, laws),
    citations: e.legalBasis.map((ct) => {
      const law = laws.get(ct.law);
      return {
        label: formatCitation(ct, law),
        lawId: ct.law,
        lawTitle: law ? lawFullName(law) : ct.law,
        letter: law?.exemptionArticle && ct.article === law.exemptionArticle && ct.letter ? ct.letter : null,
        texts: provisionTexts(ct, laws),
      };
    }),
    periodKindLabel: PERIOD_KIND_LABELS[e.period.kind] ?? e.period.kind,
    periodEnd: end,
    periodEndLabel: end ? `${formatPartialDate(end.date)}${end.approximate ? PERIOD_WORDS.approximate : ''}` : null,
    expiry: end ? expiryOf(end.date, c.today, c.calendar) : null,
    unitName: e.unit ? (units.get(e.unit)?.name ?? e.unit) : null,
    wordingSince: null,
    ...byLevel(
      entryRules(e, {
        laws,
        units,
        file: c.file,
        decreeDate,
        today: c.today,
        calendar: c.calendar,
        pathPrefix: ['entries', e.number - 1],
      }),
    ),
  };
}
