import { isDeepStrictEqual } from 'node:util';
import { isCanonical } from '#domain/canonical.ts';
import { formatPartialDate, partialDateRange } from '#domain/dates.ts';
import type { Cycle } from '#domain/schema/index.ts';
import { resolveCitation } from '#domain/citation.ts';
import { parseNarrative } from '#domain/narrative.ts';
import { decreeCore, inForceBy, inForceFrom, orderChain, toRegisterEntries } from '#domain/register.ts';
import { anchorDecreeDate, anchorVersions, entryRules } from '#domain/rules/entry.ts';
import { registerRules } from '#domain/rules/register.ts';
import { formatPath, problem, type DataPath, type Problem } from '#domain/rules/registry.ts';
import { invisibleIn } from '#domain/schema/common.ts';
import { reusedIds } from '#domain/identifiers.ts';
import { CHECK } from '#domain/strings.ts';
import { workCalendar } from '#domain/workdays.ts';
import { loadContent, type ContentTree, type DecreeFolder } from './load.ts';
import { today as todayFor } from './settings.ts';

export interface CheckOptions {
  /** Calendar date for expiry rules; default: today as the settings count it (PPID_TODAY, or the body's time zone). */
  today?: string;
}

export interface CheckResult {
  tree: ContentTree;
  problems: Problem[];
  counts: { error: number; finding: number; note: number };
  /** Decrees oldest first, when the chain could be ordered. */
  chain: DecreeFolder[] | null;
  today: string;
}

export function checkContent(rootOrTree?: string | ContentTree, options: CheckOptions = {}): CheckResult {
  const tree = typeof rootOrTree === 'object' ? rootOrTree : loadContent(rootOrTree);
  const problems: Problem[] = [...tree.problems];
  const laws = new Map(tree.laws.map((l) => [l.id, l.data]));
  const units = new Map(tree.units.map((u) => [u.id, u.data]));
  const today = options.today ?? todayFor(tree.body?.data.timeZone);
  const calendar = workCalendar(tree.holidays.map((h) => h.data));

  // Ids and order in the working copy.
  const byId = new Map<string, string[]>();
  for (const e of tree.exemptions) byId.set(e.id, [...(byId.get(e.id) ?? []), e.file]);
  for (const [id, files] of byId)
    if (files.length > 1)
      for (const file of files)
        problems.push(
          problem('id-duplicate', {
            file,
            ...CHECK.tree.idDuplicate(id, files),
            subject: { kind: 'exemption', id },
          }),
        );
  const byOrder = new Map<number, typeof tree.exemptions>();
  for (const e of tree.exemptions) byOrder.set(e.data.order, [...(byOrder.get(e.data.order) ?? []), e]);
  for (const [order, entries] of byOrder)
    if (entries.length > 1)
      for (const e of entries)
        problems.push(
          problem('order-duplicate', {
            file: e.file,
            line: e.lineOf(['order']),
            field: 'order',
            ...CHECK.tree.orderDuplicate(
              order,
              entries.filter((x) => x !== e).map((x) => x.file),
            ),
            subject: { kind: 'exemption', id: e.id },
          }),
        );

  // Decrees and the hash chain.
  const chain = checkDecrees(tree, problems);
  problems.push(...impossibleDates(tree, today));

  // Legal rules on the working copy. A period counted from "the decree" is anchored at the
  // first decree that established the entry with that same period.
  const entries = toRegisterEntries(tree.exemptions);
  const versions = anchorVersions(
    (chain ?? []).flatMap((d) => (d.decree && d.register?.data ? [{ date: d.decree.data.date, entries: d.register.data.entries }] : [])),
  );
  const files = new Map<string, (typeof tree.exemptions)[number]>();
  for (const x of tree.exemptions) if (!files.has(x.id)) files.set(x.id, x);
  for (const e of entries) {
    const file = files.get(e.id)!;
    const decreeDate = anchorDecreeDate(versions, e);
    problems.push(...entryRules(e, { laws, units, file: file.file, lineOf: file.lineOf, decreeDate, today, calendar }));
  }

  // An entry id is never reused for other information (src/domain/identifiers.ts).
  const frozen = (chain ?? []).flatMap((d) => (d.register?.data ? [{ id: d.id, entries: d.register.data.entries }] : []));
  for (const r of reusedIds(frozen, entries)) {
    const file = files.get(r.id)!;
    problems.push(
      problem('id-reused', {
        file: file.file,
        line: file.lineOf(['title']),
        field: 'title',
        ...CHECK.tree.idReused(r.id, r.lastVersionId, r.lastTitle),
        subject: { kind: 'exemption', id: r.id },
      }),
    );
  }

  // The narratives: a safe subset of MDX, checked here before anything could compile them.
  for (const e of tree.exemptions) {
    if (!e.body) continue;
    const n = parseNarrative(e.body);
    const at = (line: number) => e.bodyLine + line - 1;
    const subject = { kind: 'exemption', id: e.id } as const;
    for (const p of n.problems)
      problems.push(
        problem(p.kind === 'code' ? 'narrative-code' : 'narrative-markup', {
          file: e.file,
          line: at(p.line),
          message: p.message,
          hint: p.hint,
          subject,
        }),
      );
    for (const p of n.pasal) {
      const r = resolveCitation(p.citation, laws);
      if (!r.ok)
        problems.push(
          problem('narrative-markup', { file: e.file, line: at(p.line), ...CHECK.narrative.pasalUnknown(p.ref, r.message), subject }),
        );
    }
  }

  // The frozen narratives too: they are what the pages and the archives render, and a pull
  // request can rewrite a register.json together with its hash. Only the subset's code and
  // markup rules apply; a provision a frozen <Pasal> quotes may since have left the catalogue.
  for (const d of tree.decrees)
    (d.register?.data?.entries ?? []).forEach((entry, i) => {
      if (!entry.narrative) return;
      for (const p of parseNarrative(entry.narrative).problems)
        problems.push(
          problem(p.kind === 'code' ? 'narrative-code' : 'narrative-markup', {
            file: d.register!.file,
            line: d.register!.lineOf(['entries', i, 'narrative']),
            field: `entries[${i}].narrative`,
            message: CHECK.narrative.frozen(entry.id, p.line, p.message),
            hint: CHECK.narrative.frozenHint,
            subject: { kind: 'decree', id: d.id },
          }),
        );
    });

  // Invisible characters that change how text reads (bidirectional overrides) or hide in it
  // (zero-width): nothing a register prints, so an editor should see them.
  for (const e of tree.exemptions)
    for (const [path, s] of strings(e.data)) {
      const codes = invisibleIn(s);
      if (codes.length)
        problems.push(
          problem('text-invisible', {
            file: e.file,
            line: e.lineOf(path),
            field: formatPath(path),
            ...CHECK.entry.invisible(codes),
            subject: { kind: 'exemption', id: e.id },
          }),
        );
    }

  // An open cycle equal to the one the latest decree records: left behind by a decree that was
  // interrupted after it was written; a next decree would record the same cycle twice.
  const recorded = chain?.at(-1)?.decree?.data.cycle;
  if (tree.openCycle && recorded && isDeepStrictEqual(tree.openCycle.data, recorded))
    problems.push(
      problem('file-unexpected', {
        file: tree.openCycle.file,
        ...CHECK.tree.cycleLeftover(chain!.at(-1)!.id),
        subject: { kind: 'sop', id: 'cycle' },
      }),
    );

  // The register as a whole: the latest decree, whether it is current and complete.
  const latest = chain?.at(-1);
  if (latest?.decree && latest.register?.data)
    problems.push(
      ...registerRules({
        decree: { id: latest.id, file: latest.decree.file, data: latest.decree.data },
        today,
      }),
    );

  // Holidays: a list holds the days of its own year.
  for (const h of tree.holidays) {
    if (String(h.data.year) !== h.id)
      problems.push(
        problem('holidays-year', {
          file: h.file,
          line: h.lineOf(['year']),
          field: 'year',
          ...CHECK.tree.holidaysFile(h.id, h.data.year),
          subject: { kind: 'holidays', id: h.id },
        }),
      );
    h.data.days.forEach((d, i) => {
      if (!d.date.startsWith(`${h.data.year}-`))
        problems.push(
          problem('holidays-year', {
            file: h.file,
            line: h.lineOf(['days', i, 'date']),
            field: `days[${i}].date`,
            ...CHECK.tree.holidayDate(d.date, h.data.year),
            subject: { kind: 'holidays', id: h.id },
          }),
        );
    });
  }

  // SOP references.
  for (const s of tree.sops) {
    const actors = new Set(s.data.actors.map((a) => a.id));
    s.data.stages.forEach((st, i) =>
      (st.actors ?? []).forEach((a, j) => {
        if (!actors.has(a))
          problems.push(
            problem('schema', {
              file: s.file,
              line: s.lineOf(['stages', i, 'actors', j]),
              field: `stages[${i}].actors[${j}]`,
              ...CHECK.tree.sopActor(a, [...actors]),
              subject: { kind: 'sop', id: s.id },
            }),
          );
      }),
    );
    s.data.legalBases.forEach((b, i) => {
      if (b.law && !laws.has(b.law))
        problems.push(
          problem('basis-unknown', {
            file: s.file,
            line: s.lineOf(['legalBases', i, 'law']),
            field: `legalBases[${i}].law`,
            ...CHECK.tree.sopLaw(b.law),
            subject: { kind: 'sop', id: s.id },
          }),
        );
    });
  }

  problems.sort(compareProblems);
  return {
    tree,
    problems,
    counts: {
      error: problems.filter((p) => p.severity === 'error').length,
      finding: problems.filter((p) => p.severity === 'finding').length,
      note: problems.filter((p) => p.severity === 'note').length,
    },
    chain,
    today,
  };
}

/**
 * The chain of versions as the check verifies it (hashes, order, supersession), or null
 * when it is broken; its problems are the check's to report. Needs no working copy.
 */
export function frozenChain(tree: ContentTree): DecreeFolder[] | null {
  return checkDecrees(tree, []);
}

function checkDecrees(tree: ContentTree, problems: Problem[]): DecreeFolder[] | null {
  const ids = new Set(tree.decrees.map((d) => d.id));
  const usable = tree.decrees.filter((d) => d.decree);
  for (const d of usable) {
    const dec = d.decree!;
    const subject = { kind: 'decree' as const, id: d.id };
    if (dec.data.supersedes && !ids.has(dec.data.supersedes))
      problems.push(
        problem('ref-decree', {
          file: dec.file,
          line: dec.lineOf(['supersedes']),
          field: 'supersedes',
          ...CHECK.decree.supersedesUnknown(dec.data.supersedes, [...ids]),
          subject,
        }),
      );
    if (d.sk && dec.data.sk && d.sk.sha256 !== dec.data.sk.sha256)
      problems.push(problem('sk-hash', { file: d.sk.file, ...CHECK.decree.skChanged(d.sk.sha256, dec.data.sk.sha256), subject }));
    if (dec.data.sk && !d.sk) problems.push(problem('sk-hash', { file: dec.file, field: 'sk', ...CHECK.decree.skMissing, subject }));
    if (d.sk && !dec.data.sk) problems.push(problem('sk-hash', { file: d.sk.file, ...CHECK.decree.skUnrecorded(d.sk.sha256), subject }));

    const reg = d.register;
    if (!reg) {
      problems.push(
        problem('snapshot-missing', {
          file: `${dec.file.replace(/decree\.json$/, '')}register.json`,
          ...CHECK.decree.snapshotMissing(d.id),
          subject,
        }),
      );
      continue;
    }
    if (reg.sha256 !== dec.data.register.sha256)
      problems.push(
        problem('snapshot-hash', { file: reg.file, ...CHECK.decree.snapshotChanged(reg.sha256, dec.data.register.sha256), subject }),
      );
    if (!reg.data) continue;
    if (!reg.raw.startsWith('{') || !isCanonical(reg.raw, reg.data))
      problems.push(problem('snapshot-noncanonical', { file: reg.file, ...CHECK.decree.noncanonical, subject }));
    if (reg.data.decreeId !== d.id)
      problems.push(
        problem('snapshot-decree-mismatch', {
          file: reg.file,
          line: reg.lineOf(['decreeId']),
          field: 'decreeId',
          ...CHECK.decree.snapshotMoved(reg.data.decreeId, d.id),
          subject,
        }),
      );
    const core = decreeCore(dec.data);
    for (const key of Object.keys(core) as (keyof typeof core)[]) {
      if (!isDeepStrictEqual(core[key], reg.data.decree[key]))
        problems.push(
          problem('snapshot-decree-mismatch', {
            file: dec.file,
            line: dec.lineOf([key]),
            field: key,
            ...CHECK.decree.fieldChanged(key, JSON.stringify(core[key]), JSON.stringify(reg.data.decree[key])),
            subject,
          }),
        );
    }
  }

  const result = orderChain(usable.map((d) => ({ id: d.id, supersedes: d.decree!.data.supersedes, value: d })));
  if (!result.ok) {
    const why = CHECK.decree.chainReasons[result.reason](result.ids);
    const first = usable.find((d) => result.ids.includes(d.id)) ?? usable[0]!;
    problems.push(
      problem('chain-broken', {
        file: first.decree!.file,
        field: 'supersedes',
        ...CHECK.decree.notAChain(why),
        subject: { kind: 'decree', id: first.id },
      }),
    );
    return null;
  }
  const order = result.order.map((l) => l.value);
  order.forEach((d, i) => {
    const reg = d.register?.data;
    if (!reg) return;
    const prev = i > 0 ? order[i - 1]! : null;
    const expected = prev?.register ? prev.register.sha256 : null;
    if (prev && !prev.register) return; // reported as snapshot-missing
    if (reg.previousSha256 !== expected)
      problems.push(
        problem('chain-broken', {
          file: d.register!.file,
          line: d.register!.lineOf(['previousSha256']),
          field: 'previousSha256',
          ...CHECK.decree.chainBroken(String(reg.previousSha256), prev ? { id: prev.id, sha256: String(expected) } : null),
          subject: { kind: 'decree', id: d.id },
        }),
      );
  });
  return order;
}

const SEVERITY_ORDER = { error: 0, finding: 1, note: 2 } as const;

function compareProblems(a: Problem, b: Problem): number {
  if (a.severity !== b.severity) return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule);
}

function* strings(value: unknown, path: (string | number)[] = []): Generator<[DataPath, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/**
 * Dates that cannot be true: a decree signed after today, a decree in force before it was
 * signed, an SOP stage completed after today. A decree meant to apply later is signed now
 * and given a later `effective` date.
 */
function impossibleDates(tree: ContentTree, today: string): Problem[] {
  const out: Problem[] = [];
  const cycleDates = (
    file: string,
    lineOf: (p: DataPath) => number | undefined,
    prefix: DataPath,
    cycle: Cycle | null,
    subject: Problem['subject'],
  ) => {
    for (const [stage, date] of Object.entries(cycle ?? {}))
      if (date && date > today)
        out.push(
          problem('date-impossible', {
            file,
            line: lineOf([...prefix, stage]),
            field: formatPath([...prefix, stage]),
            ...CHECK.dates.stageFuture(stage, formatPartialDate(date), formatPartialDate(today)),
            subject,
          }),
        );
  };
  for (const d of tree.decrees) {
    const dec = d.decree;
    if (!dec) continue;
    const subject = { kind: 'decree' as const, id: d.id };
    const { date, effective } = dec.data;
    if (partialDateRange(date).first > today)
      out.push(
        problem('date-impossible', {
          file: dec.file,
          line: dec.lineOf(['date']),
          field: 'date',
          ...CHECK.dates.signedFuture(d.id, formatPartialDate(date), formatPartialDate(today)),
          subject,
        }),
      );
    if (effective && partialDateRange(effective).last < partialDateRange(date).first)
      out.push(
        problem('date-impossible', {
          file: dec.file,
          line: dec.lineOf(['effective']),
          field: 'effective',
          ...CHECK.dates.effectiveBefore(formatPartialDate(effective), formatPartialDate(date)),
          subject,
        }),
      );
    cycleDates(dec.file, dec.lineOf, ['cycle'], dec.data.cycle, subject);
    // Corrections and a withdrawal are dated events of the publication log: none from the
    // future, none before the decree was signed.
    const events: [DataPath, string][] = dec.data.corrections.map((c, i) => [['corrections', i, 'date'], c.date]);
    const w = dec.data.withdrawn;
    if (w) events.push([['withdrawn', 'date'], w.date]);
    for (const [path, day] of events) {
      const said =
        day > today
          ? CHECK.dates.eventFuture(formatPartialDate(day), formatPartialDate(today))
          : day < partialDateRange(date).first
            ? CHECK.dates.eventBeforeSigned(formatPartialDate(day), formatPartialDate(date))
            : null;
      if (said) out.push(problem('date-impossible', { file: dec.file, line: dec.lineOf(path), field: formatPath(path), ...said, subject }));
    }
    if (w && inForceBy(dec.data, w.date))
      out.push(
        problem('withdrawn-in-force', {
          file: dec.file,
          line: dec.lineOf(['withdrawn', 'date']),
          field: 'withdrawn.date',
          ...CHECK.dates.withdrawnInForce(d.id, formatPartialDate(w.date), formatPartialDate(inForceFrom(dec.data))),
          subject,
        }),
      );
  }
  if (tree.openCycle) cycleDates(tree.openCycle.file, tree.openCycle.lineOf, [], tree.openCycle.data, undefined);
  return out;
}
