// The legal rules of kip-law.md for one register entry, one small function per rule. They
// work on the working copy and on frozen snapshot entries alike, so the compliance page,
// `npm run check` and `npm run new` agree.
import { isDeepStrictEqual } from 'node:util';
import { exemptionLetters, resolveCitation, type ResolvedCitation } from '#domain/citation.ts';
import { formatPartialDate } from '#domain/dates.ts';
import { isVague, periodEnd, totalYears } from '#domain/period.ts';
import type { Law, LawLetter, SnapshotEntry, Unit } from '#domain/schema/index.ts';
import { CHECK, PERIOD_KIND_LABELS } from '#domain/strings.ts';
import { workdaysBetween, type WorkCalendar } from '#domain/workdays.ts';
import { matchesLetter } from './letter-keywords.ts';
import { formatPath, problem, type DataPath, type Problem } from './registry.ts';

export interface EntryRuleContext {
  laws: ReadonlyMap<string, Law>;
  units: ReadonlyMap<string, Unit>;
  /** The file the entry is read from, for messages. */
  file: string;
  lineOf?: (path: DataPath) => number | undefined;
  /** Date of the decree that established the entry's period, for periods counted from it. */
  decreeDate: string | null;
  today: string;
  calendar: WorkCalendar;
  /** Where the field paths point: the working copy's frontmatter or a snapshot entry. */
  pathPrefix?: DataPath;
}

/** Days before the end of a period at which the PPID must announce that it opens. */
export const EXPIRY_NOTICE_WORKDAYS = 30;

/** What several rules need to know about an entry, worked out once. */
interface EntryFacts {
  e: SnapshotEntry;
  ctx: EntryRuleContext;
  /** Where a problem about the field at `path` points (file, line, field, subject). */
  at: (path: DataPath) => Pick<Problem, 'file' | 'line' | 'field' | 'subject'>;
  /** The law whose exemption article lists the grounds (UU 14/2008), when it is known. */
  kip: Law | undefined;
  /** Each citation, resolved against content/laws, in order. */
  resolved: ReturnType<typeof resolveCitation>[];
  /** True when a citation names a law, article or letter that content/laws does not have. */
  basisBroken: boolean;
  /** The exemption-article letters cited, and their descriptions in the law. */
  letters: string[];
  kipLetters: readonly LawLetter[];
  /** Cited letters that Pasal 20(1) says are not permanent (a–f). */
  nonPermanent: string[];
}

type EntryRule = (f: EntryFacts) => Problem[];

const basisUnknown: EntryRule = ({ resolved, at }) =>
  resolved.flatMap((r, i) =>
    r.ok ? [] : [problem('basis-unknown', { ...at(['legalBasis', i, r.part]), message: r.message, hint: r.hint })],
  );

const basisMissing: EntryRule = ({ e, resolved, basisBroken, kip, at }) => {
  const anyGround = resolved.some((r, i) => r.ok && isGround(r.value, e.legalBasis[i]!));
  if (anyGround || basisBroken) return [];
  return [problem('basis-missing', { ...at(['legalBasis']), ...CHECK.entry.basisMissing(CHECK.entry.ground(kip)) })];
};

function isGround(r: ResolvedCitation, c: SnapshotEntry['legalBasis'][number]): boolean {
  return Boolean(r.law.exemptionArticle && c.article === r.law.exemptionArticle && c.letter);
}

// Pasal 2 ayat (4) and Pasal 19: both halves of the consequence test must be stated.
const consequenceMissing: EntryRule = ({ e, at }) => [
  ...(e.consequence.opened.trim()
    ? []
    : [problem('consequence-missing', { ...at(['consequence', 'opened']), ...CHECK.entry.openedMissing })]),
  ...(e.consequence.closed.trim()
    ? []
    : [problem('consequence-missing', { ...at(['consequence', 'closed']), ...CHECK.entry.closedMissing })]),
];

const refUnit: EntryRule = ({ e, ctx, at }) =>
  e.unit && !ctx.units.has(e.unit)
    ? [problem('ref-unit', { ...at(['unit']), ...CHECK.entry.unitUnknown(e.unit, [...ctx.units.keys()]) })]
    : [];

const pasal20Permanent: EntryRule = ({ e, nonPermanent, at }) =>
  nonPermanent.length && e.period.kind === 'indefinite'
    ? [problem('pasal20-permanent', { ...at(['period']), ...CHECK.entry.permanent(e.period.text, nonPermanent) })]
    : [];

const periodOver30y: EntryRule = ({ e, nonPermanent, at }) => {
  const years = totalYears(e.period);
  return nonPermanent.length && years !== null && years > 30
    ? [problem('period-over-30y', { ...at(['period']), ...CHECK.entry.over30y(years, nonPermanent) })]
    : [];
};

const periodVague: EntryRule = ({ e, at }) =>
  isVague(e.period)
    ? [
        problem('period-vague', {
          ...at(['period']),
          ...CHECK.entry.vague(
            e.period.text,
            Object.entries(PERIOD_KIND_LABELS)
              .filter(([k]) => k !== 'unclear')
              .map(([k, v]) => `${k} (${v})`)
              .join(', '),
          ),
        }),
      ]
    : [];

// Pasal 17 huruf j rests on another Undang-Undang, which must be named.
const hurufJNoLaw: EntryRule = ({ e, ctx, letters, kipLetters, basisBroken, at }) => {
  const jLetters = letters.filter((l) => kipLetters.find((k) => k.letter === l)?.requiresOtherLaw);
  const otherLaw = e.legalBasis.some((c) => !ctx.laws.get(c.law)?.exemptionArticle && ctx.laws.get(c.law)?.kind === 'UU');
  return jLetters.length && !basisBroken && !otherLaw
    ? [problem('huruf-j-no-law', { ...at(['legalBasis']), ...CHECK.entry.hurufJNoLaw })]
    : [];
};

// Heuristic: does the stated harm speak of what the cited letter protects?
const letterMismatch: EntryRule = ({ e, letters, kipLetters, at }) => {
  const reasons = `${e.consequence.opened} ${e.consequence.closed}`;
  if (!reasons.trim()) return [];
  return letters
    .filter((l) => matchesLetter(l, reasons) === false)
    .map((l) => {
      const short = kipLetters.find((k) => k.letter === l)?.short ?? '';
      return problem('letter-mismatch', { ...at(['consequence']), ...CHECK.entry.letterMismatch(l, short) });
    });
};

// An ended period opens the information; one ending within 30 working days must be announced.
const expiry: EntryRule = ({ e, ctx, at }) => {
  const end = periodEnd(e.period, ctx.decreeDate);
  if (!end) return [];
  const approx = end.approximate ? CHECK.entry.approximate : '';
  if (end.date <= ctx.today)
    return [problem('expired', { ...at(['period']), ...CHECK.entry.expired(formatPartialDate(end.date), approx) })];
  const left = workdaysBetween(ctx.today, end.date, ctx.calendar);
  if (left.days > EXPIRY_NOTICE_WORKDAYS) return [];
  return [
    problem('expiring', { ...at(['period']), ...CHECK.entry.expiring(formatPartialDate(end.date), approx, left.days, left.missingYears) }),
  ];
};

/** The entry rules, in the order their problems are listed. */
const ENTRY_RULES: readonly EntryRule[] = [
  basisUnknown,
  basisMissing,
  consequenceMissing,
  refUnit,
  pasal20Permanent,
  periodOver30y,
  periodVague,
  hurufJNoLaw,
  letterMismatch,
  expiry,
];

export function entryRules(e: SnapshotEntry, ctx: EntryRuleContext): Problem[] {
  const subject = { kind: 'exemption' as const, id: e.id };
  const kip = [...ctx.laws.values()].find((l) => l.exemptionArticle);
  const resolved = e.legalBasis.map((c) => resolveCitation(c, ctx.laws));
  const letters = exemptionLetters(e.legalBasis, ctx.laws);
  const kipLetters = kip ? (kip.articles.find((a) => a.number === kip.exemptionArticle)?.letters ?? []) : [];
  const facts: EntryFacts = {
    e,
    ctx,
    at: (path) => ({
      file: ctx.file,
      line: ctx.lineOf?.([...(ctx.pathPrefix ?? []), ...path]),
      field: formatPath(path) || undefined,
      subject,
    }),
    kip,
    resolved,
    basisBroken: resolved.some((r) => !r.ok),
    letters,
    kipLetters,
    nonPermanent: letters.filter((l) => kipLetters.find((k) => k.letter === l)?.nonPermanent),
  };
  return ENTRY_RULES.flatMap((rule) => rule(facts));
}

/** The versions a period is anchored in, oldest first, each with its entries by id. */
export interface AnchorVersion {
  date: string;
  byId: ReadonlyMap<string, SnapshotEntry>;
}

export function anchorVersions(versions: readonly { date: string; entries: readonly SnapshotEntry[] }[]): AnchorVersion[] {
  return versions.map((v) => ({ date: v.date, byId: new Map(v.entries.map((e) => [e.id, e])) }));
}

/**
 * The date of the decree a period "from the decree" counts from: the first version (oldest
 * first in `versions`) that lists the entry with this same period. null when no decree has
 * established it yet (a new entry in the working copy).
 */
export function anchorDecreeDate(versions: readonly AnchorVersion[], e: SnapshotEntry): string | null {
  for (const v of versions) {
    const frozen = v.byId.get(e.id);
    if (frozen && isDeepStrictEqual(frozen.period, e.period)) return v.date;
  }
  return null;
}
