// The catalogue site's model (issue 16): every member as its last good copy shows it, and
// the same entries across all members, by Pasal 17 letter, by period kind, by finding, and
// side by side where titles are alike. Built once per build from the harvest's checkpoints
// and kept registers; the same rule book as each member's own compliance page.
import { matchGroups, type Checkpoint, type MatchGroup } from '#domain/catalogue.ts';
import { exemptionLetters } from '#domain/citation.ts';
import { formatPartialDate } from '#domain/dates.ts';
import { describePeriod } from '#domain/period.ts';
import { decreeInForce, inForceFrom } from '#domain/register.ts';
import { anchorDecreeDate, anchorVersions, entryRules } from '#domain/rules/entry.ts';
import { registerRules, staleAfter, STALE_AFTER_MONTHS } from '#domain/rules/register.ts';
import { RULES, type Problem, type RuleId, type RuleInfo } from '#domain/rules/registry.ts';
import { routes, slugify } from '#domain/routes.ts';
import type { Holidays, Law, RegisterSnapshot } from '#domain/schema/index.ts';
import { decreePlaceDate, PERIOD_KIND_LABELS } from '#domain/strings.ts';
import { workCalendar } from '#domain/workdays.ts';

export interface CatalogueInput {
  name: string;
  description: string | null;
  region: string | null;
  members: { id: string; source: string; checkpoint: Checkpoint | null; registers: { id: string; snapshot: RegisterSnapshot }[] }[];
  laws: ReadonlyMap<string, Law>;
  holidays: readonly Holidays[];
  today: string;
}

export interface CatalogueEntry {
  member: string;
  id: string;
  number: number;
  title: string;
  letters: string[];
  periodKind: string;
  period: string;
  /** What opening it would do (the consequence if opened): why it is exempted. */
  reason: string;
  /** The entry's page on the member's own site, or null when the member's address is unknown. */
  url: string | null;
  findings: RuleId[];
}

export interface MemberView {
  id: string;
  /** The body's name as its own record gives it, else the id the catalogue lists. */
  name: string;
  region: string | null;
  source: string;
  site: string | null;
  state: Checkpoint['state'] | 'never';
  problem: string | null;
  lastSeen: string | null;
  lastChecked: string | null;
  /** The version in force on the catalogue's day, from the last good copy. */
  inForce: { id: string; title: string; date: string; dateLabel: string; from: string } | null;
  /** The latest decree of the copy (in force or not yet), its date and the day it turns stale. */
  lastDecree: { id: string; date: string; dateLabel: string; staleAfter: string } | null;
  stale: boolean;
  entries: CatalogueEntry[];
  findings: Problem[];
  versions: { id: string; label: string; registerSha256: string; manifestSha256: string }[];
  refusedChain: Checkpoint['refusedChain'];
}

export interface CatalogueModel {
  name: string;
  description: string | null;
  region: string | null;
  today: string;
  /** How many months after its last decree a register is stale (the same rule as a body's own site). */
  staleMonths: number;
  members: MemberView[];
  entries: CatalogueEntry[];
  /** Entries by Pasal 17 letter and by period kind, each with how many members they come from. */
  byLetter: { letter: string; entries: CatalogueEntry[]; members: number }[];
  byKind: { kind: string; label: string; entries: CatalogueEntry[]; members: number }[];
  /** Per rule, with what the public page says of it: its title, its address segment, its plain explanation. */
  byFinding: {
    rule: RuleId;
    title: string;
    slug: string;
    explain: string | null;
    items: { member: string; entry: CatalogueEntry | null; finding: Problem }[];
  }[];
  /** Groups of alike titles per letter; a group's members exempt it, the others with a register do not (by title). */
  comparison: { letter: string; groups: MatchGroup<CatalogueEntry & { letter: string }>[] }[];
  /** How many members have a register in force, a stale one, were refused, could not be reached. */
  counts: { withRegister: number; stale: number; refused: number; unreachable: number };
}

const pageUrl = (site: string | null, path: string) => (site ? new URL(path.replace(/^\//, ''), site).href : null);

export function buildCatalogueModel(input: CatalogueInput): CatalogueModel {
  const calendar = workCalendar(input.holidays);
  const members = input.members.map((m) => memberView(m, input, calendar));
  const entries = members.flatMap((m) => m.entries);
  const letters = new Map<string, CatalogueEntry[]>();
  const kinds = new Map<string, CatalogueEntry[]>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const e of entries) {
    for (const l of e.letters) push(letters, l, e);
    push(kinds, e.periodKind, e);
  }
  const findings = new Map<RuleId, CatalogueModel['byFinding'][number]['items']>();
  for (const m of members) {
    const byId = new Map(m.entries.map((e) => [e.id, e]));
    for (const f of m.findings) {
      const entry = f.subject?.kind === 'exemption' ? (byId.get(f.subject.id) ?? null) : null;
      push(findings, f.rule, { member: m.id, entry, finding: f });
    }
  }
  const order = members.map((m) => m.id);
  const groups = matchGroups(
    entries.flatMap((e) => e.letters.map((letter) => ({ ...e, letter }))),
    order,
  );
  const comparison = [...new Set(groups.map((g) => g.letter))].map((letter) => ({
    letter,
    // Most widely exempted first; alike titles of one member only come last.
    groups: groups.filter((g) => g.letter === letter).sort((a, b) => b.members.length - a.members.length),
  }));
  return {
    name: input.name,
    description: input.description,
    region: input.region,
    today: input.today,
    staleMonths: STALE_AFTER_MONTHS,
    members,
    entries,
    byLetter: [...letters]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([letter, list]) => ({ letter, entries: list, members: memberCount(list) })),
    byKind: Object.keys(PERIOD_KIND_LABELS)
      .filter((k) => kinds.has(k))
      .map((kind) => ({ kind, label: PERIOD_KIND_LABELS[kind]!, entries: kinds.get(kind)!, members: memberCount(kinds.get(kind)!) })),
    byFinding: [...findings].map(([rule, items]) => ({
      rule,
      title: RULES[rule].title,
      slug: findingSlug(RULES[rule].title),
      explain: (RULES[rule] as RuleInfo).explain ?? null,
      items,
    })),
    comparison,
    counts: {
      withRegister: members.filter((x) => x.inForce).length,
      stale: members.filter((x) => x.stale).length,
      refused: members.filter((x) => x.state === 'refused').length,
      unreachable: members.filter((x) => x.state === 'unreachable').length,
    },
  };
}

const memberCount = (entries: readonly CatalogueEntry[]) => new Set(entries.map((e) => e.member)).size;

function memberView(m: CatalogueInput['members'][number], input: CatalogueInput, calendar: ReturnType<typeof workCalendar>): MemberView {
  const c = m.checkpoint;
  const withdrawn = new Set(c?.withdrawn ?? []);
  const chain = m.registers.filter((r) => !withdrawn.has(r.id)).map((r) => ({ id: r.id, decree: r.snapshot.decree, snapshot: r.snapshot }));
  const current = decreeInForce(chain, input.today);
  const latest = m.registers.at(-1) ?? null;
  const site = c?.site ?? null;
  const versions = anchorVersions(chain.map((r) => ({ date: r.decree.date, entries: r.snapshot.entries })));
  const findings: Problem[] = [];
  const entries: CatalogueEntry[] = (current?.snapshot.entries ?? []).map((e) => {
    const found = entryRules(e, {
      laws: input.laws,
      units: new Map(),
      file: `${m.id}:${routes.versionFile(current!.id, 'register.json')}`,
      decreeDate: anchorDecreeDate(versions, e),
      today: input.today,
      calendar,
      pathPrefix: ['entries', e.number - 1],
    }).filter((p) => p.severity === 'finding');
    findings.push(...found);
    return {
      member: m.id,
      id: e.id,
      number: e.number,
      title: e.title,
      letters: exemptionLetters(e.legalBasis, input.laws),
      periodKind: e.period.kind,
      period: describePeriod(e.period),
      reason: e.consequence.opened,
      url: pageUrl(site, routes.entry(e.id)),
      findings: [...new Set(found.map((f) => f.rule))],
    };
  });
  if (current)
    findings.unshift(
      ...registerRules({ decree: { id: current.id, file: m.id, data: current.decree }, today: input.today }).filter(
        (p) => p.severity === 'finding',
      ),
    );
  const lastStale = latest ? staleAfter(latest.snapshot.decree.date) : null;
  return {
    id: m.id,
    name: c?.body?.name ?? m.id,
    region: c?.body?.region ?? null,
    source: m.source,
    site,
    state: c?.state ?? 'never',
    problem: c?.problem ?? null,
    lastSeen: c?.lastSeen ?? null,
    lastChecked: c?.lastChecked ?? null,
    inForce: current
      ? {
          id: current.id,
          title: current.decree.title,
          date: current.decree.date,
          dateLabel: formatPartialDate(current.decree.date),
          from: inForceFrom(current.decree),
        }
      : null,
    lastDecree: latest
      ? {
          id: latest.id,
          date: latest.snapshot.decree.date,
          dateLabel: formatPartialDate(latest.snapshot.decree.date),
          staleAfter: lastStale!,
        }
      : null,
    stale: lastStale !== null && input.today > lastStale,
    entries,
    findings,
    versions: m.registers.map((r, i) => ({
      id: r.id,
      label: decreePlaceDate(r.snapshot.decree),
      registerSha256: c?.versions[i]?.registerSha256 ?? '',
      manifestSha256: c?.versions[i]?.manifestSha256 ?? '',
    })),
    refusedChain: c?.refusedChain ?? null,
  };
}

/** A finding's address on the catalogue site, from its public title: "Daftar sudah lama" → "daftar-sudah-lama". */
function findingSlug(title: string): string {
  return slugify(title).slice(0, 60).replace(/-$/, '');
}

/** The members with a register in force: those a comparison counts. */
export function membersInForce(m: Pick<CatalogueModel, 'members'>): MemberView[] {
  return m.members.filter((x) => x.inForce);
}

/** Up to this many members, the search page merges every member's own index in the browser. */
export const MERGE_MAX = 40;

/**
 * The members whose own search index the search page merges: those whose site the last
 * harvest read and verified, when there are at most MERGE_MAX members. Beyond that one query
 * would read hundreds of indexes; the catalogue's own index already holds every entry in
 * force. A refused member's site says what the catalogue refused, and an unreachable one's may
 * since have changed: for them the catalogue's kept copy answers.
 */
export function mergedSearch(m: Pick<CatalogueModel, 'members'>): { id: string; name: string; site: string; index: string }[] {
  if (m.members.length > MERGE_MAX) return [];
  return m.members
    .filter((x) => x.site && x.state === 'ok')
    .map((x) => ({ id: x.id, name: x.name, site: x.site!, index: new URL('pagefind/', x.site!).href }));
}
