// The legal rules of kip-law.md for one register entry, one small function per rule. They
// work on the working copy and on frozen snapshot entries alike, so the compliance page,
// `npm run check` and `npm run new` agree.
import { isDeepStrictEqual } from 'node:util';
import { exemptionLetters, resolveCitation, type ResolvedCitation } from '#domain/citation.ts';
import { parseBasis } from '#domain/citation-parse.ts';
import { formatPartialDate } from '#domain/dates.ts';
import {
  articleDoubt,
  isStatute,
  lawCatalogue,
  shortOfId,
  missingFromCatalogue,
  yearDoubt,
  type CitationDoubt,
  type LawCatalogue,
} from '#domain/law-catalogue.ts';
import { canLastForever, isUnread, isVague, periodEnd, totalYears } from '#domain/period.ts';
import type { Law, LawLetter, SnapshotEntry, Unit } from '#domain/schema/index.ts';
import { CHECK, PERIOD_KIND_LABELS } from '#domain/strings.ts';
import { workdaysBetween, type WorkCalendar } from '#domain/workdays.ts';
import { matchesLetter, mustBePublic } from './letter-keywords.ts';
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
  catalogue: LawCatalogue;
  /** The exemption-article letters cited, and their descriptions in the law. */
  letters: string[];
  kipLetters: readonly LawLetter[];
  /** Cited letters that Pasal 20(1) says are not permanent (a–f). */
  nonPermanent: string[];
}

type EntryRule = (f: EntryFacts) => Problem[];

// A letter, paragraph or item the catalogued law does not have is an error; a law the
// catalogue does not have is only a note naming the file to add: the register still builds.
const basisUnknown: EntryRule = ({ e, resolved, catalogue, at }) =>
  resolved.flatMap((r, i) =>
    r.ok || (r.part === 'law' && !missingFromCatalogue(e.legalBasis[i]!.law, catalogue))
      ? []
      : r.part === 'law'
        ? [problem('law-uncatalogued', { ...at(['legalBasis', i, 'law']), ...CHECK.entry.lawUncatalogued(e.legalBasis[i]!.law) })]
        : [problem('basis-unknown', { ...at(['legalBasis', i, r.part]), message: r.message, hint: r.hint })],
  );

// Never hidden by another rule: an entry whose only ground is unreadable still has no ground.
const basisMissing: EntryRule = ({ e, resolved, kip, at }) => {
  const anyGround = resolved.some((r, i) => r.ok && isGround(r.value, e.legalBasis[i]!));
  if (anyGround) return [];
  return [problem('basis-missing', { ...at(['legalBasis']), ...CHECK.entry.basisMissing(CHECK.entry.ground(kip)) })];
};

function isGround(r: ResolvedCitation, c: SnapshotEntry['legalBasis'][number]): boolean {
  return Boolean(r.law.exemptionArticle && c.article === r.law.exemptionArticle && c.letter);
}

// A citation that cannot be right: an article past the law's last, a UUD of another year; and
// a printed title that belongs to no law of that number, read from the printed text.
const citationImpossible: EntryRule = ({ e, catalogue, at }) => {
  const doubts: { doubt: CitationDoubt; path: DataPath }[] = [];
  e.legalBasis.forEach((c, i) => {
    const d = yearDoubt(c.law, catalogue) ?? (c.article ? articleDoubt(c.law, c.article, catalogue) : null);
    if (d) doubts.push({ doubt: d, path: ['legalBasis', i] });
  });
  e.legalBasisText.forEach((t, i) => {
    for (const d of parseBasis(t, catalogue).doubts)
      if (d.reason === 'title' && !doubts.some((x) => x.doubt.law === d.law && x.doubt.reason === 'title'))
        doubts.push({ doubt: d, path: ['legalBasisText', i] });
  });
  // A title is compared by its words, and registers shorten titles in ways no list foresees:
  // a title that fits nothing is a review note, not a public finding.
  return doubts.map(({ doubt, path }) =>
    problem(doubt.reason === 'title' ? 'citation-title-doubt' : 'citation-impossible', {
      ...at(path),
      ...CHECK.entry.citationImpossible(doubt, catalogue.byId.get(doubt.law)?.short),
    }),
  );
};

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

// Every period that can last forever, mixed ones included; the message names the a–f letters
// it is about, so an entry that also cites g or h is not read as wrong on those.
const pasal20Permanent: EntryRule = ({ e, letters, nonPermanent, at }) =>
  nonPermanent.length && canLastForever(e.period)
    ? [
        problem('pasal20-permanent', {
          ...at(['period']),
          ...CHECK.entry.permanent(
            e.period.text,
            nonPermanent,
            letters.filter((l) => !nonPermanent.includes(l)),
          ),
        }),
      ]
    : [];

const periodOver30y: EntryRule = ({ e, nonPermanent, at }) => {
  const years = totalYears(e.period);
  return nonPermanent.length && years !== null && years > 30
    ? [problem('period-over-30y', { ...at(['period']), ...CHECK.entry.over30y(years, nonPermanent) })]
    : [];
};

const periodUnread: EntryRule = ({ e, at }) =>
  isUnread(e.period) ? [problem('period-unread', { ...at(['period']), ...CHECK.entry.unread(e.period.text) })] : [];

const periodVague: EntryRule = ({ e, at }) =>
  isVague(e.period)
    ? [
        problem('period-vague', {
          ...at(['period']),
          ...CHECK.entry.vague(
            e.period.text,
            Object.entries(PERIOD_KIND_LABELS)
              .filter(([k]) => k !== 'unclear' && k !== 'vague')
              .map(([k, v]) => `${k} (${v})`)
              .join(', '),
          ),
        }),
      ]
    : [];

// Pasal 17 huruf j rests on another Undang-Undang, which must be named: a PP, Permen or Perki
// is not one (its level is read from the id, so a law not yet catalogued counts too).
const hurufJNoLaw: EntryRule = ({ e, ctx, letters, kipLetters, kip, catalogue, at }) => {
  const jLetters = letters.filter((l) => kipLetters.find((k) => k.letter === l)?.requiresOtherLaw);
  if (!jLetters.length) return [];
  const kipId = [...ctx.laws].find(([, l]) => l === kip)?.[0];
  const others = [...new Set(e.legalBasis.map((c) => c.law).filter((id) => id !== kipId))];
  if (others.some(isStatute)) return [];
  // An Undang-Undang printed but not read into a citation ("KUHP", which two laws share; a law
  // by a name the catalogue lacks) may be the one huruf j rests on: no finding on a guess.
  const printedUnread = e.legalBasisText.some((t) => {
    const b = parseBasis(t, catalogue);
    return [...b.unread, ...b.notes].some((x) => STATUTE_WORDS.test(x));
  });
  if (printedUnread) return [];
  const named = others.map((id) => ctx.laws.get(id)?.short ?? shortOfId(id));
  return [problem('huruf-j-no-law', { ...at(['legalBasis']), ...CHECK.entry.hurufJNoLaw(named) })];
};

// Heuristic: does the stated harm speak of what the cited letter protects, in the provision's
// own words or the words registers use for them?
const letterMismatch: EntryRule = ({ e, letters, kipLetters, at }) => {
  const reasons = `${e.consequence.opened} ${e.consequence.closed}`;
  if (!reasons.trim()) return [];
  return letters
    .filter(
      (l) =>
        matchesLetter(
          l,
          reasons,
          kipLetters.find((k) => k.letter === l),
        ) === false,
    )
    .map((l) => {
      const short = kipLetters.find((k) => k.letter === l)?.short ?? '';
      return problem('letter-mismatch', { ...at(['consequence']), ...CHECK.entry.letterMismatch(l, short) });
    });
};

/** Words that name an Undang-Undang, in a citation no law could be read from. */
const STATUTE_WORDS = /\b(?:UU|Undang-Undang|KUH\w*|Kitab Undang-Undang)\b/;

// A period that refers to other rules without naming one: for the editor to name it.
const periodByRule: EntryRule = ({ e, at }) => {
  const parts = e.period.kind === 'mixed' ? e.period.parts : [e.period];
  return parts.some((p) => p.kind === 'by-rule' && !p.rule)
    ? [problem('period-by-rule', { ...at(['period']), ...CHECK.entry.byRule(e.period.text) })]
    : [];
};

// Heuristic: Pasal 9–11 and 18 ayat (1) name kinds of information that must be public.
const publicByLaw: EntryRule = ({ e, at }) => {
  const word = mustBePublic(e.title);
  return word ? [problem('must-be-public', { ...at(['title']), ...CHECK.entry.mustBePublic(word) })] : [];
};

// Heuristic: a consequence test weighs two things; the same words twice weigh nothing.
const consequenceSame: EntryRule = ({ e, at }) => {
  const norm = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const [o, c] = [norm(e.consequence.opened), norm(e.consequence.closed)];
  return o && o === c ? [problem('consequence-same', { ...at(['consequence']), ...CHECK.entry.consequenceSame })] : [];
};

/** Who may consent under Pasal 18 ayat (2): the person whose secret it is (or those who stand for them). */
const PERSON_CONCERNED =
  /bersangkutan|pemilik|subjek|nasabah|pasien|pegawai|peserta|mahasiswa|pelapor|orang tua|wali|ahli waris|keluarga|pribadi/i;

// Heuristic: under g and h only the person concerned can lift the exemption by consent.
const consentOtherParty: EntryRule = ({ e, letters, at }) => {
  if (!letters.some((l) => l === 'g' || l === 'h')) return [];
  const parts = e.period.kind === 'mixed' ? e.period.parts : [e.period];
  return parts
    .filter((p) => p.kind === 'until-consent' && p.party && !PERSON_CONCERNED.test(p.party))
    .map((p) =>
      problem('consent-other-party', { ...at(['period']), ...CHECK.entry.consentOtherParty(p.kind === 'until-consent' ? p.party! : '') }),
    );
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
  citationImpossible,
  consequenceMissing,
  refUnit,
  pasal20Permanent,
  periodOver30y,
  periodVague,
  periodUnread,
  periodByRule,
  hurufJNoLaw,
  letterMismatch,
  publicByLaw,
  consequenceSame,
  consentOtherParty,
  expiry,
];

// One catalogue per set of laws: the rules run on every entry of every version.
const catalogues = new WeakMap<ReadonlyMap<string, Law>, LawCatalogue>();
function catalogueOf(laws: ReadonlyMap<string, Law>): LawCatalogue {
  let c = catalogues.get(laws);
  if (!c) catalogues.set(laws, (c = lawCatalogue(laws)));
  return c;
}

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
    catalogue: catalogueOf(ctx.laws),
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
