// `npm run new`: a new entry file from what an editor types, checked before anything is
// written: the legal citation against content/laws, the period read back in plain words.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '#domain/rules/registry.ts';
import { entryRules } from '#domain/rules/entry.ts';
import { formatCitation, resolveCitation } from '#domain/citation.ts';
import { parseBasis } from '#domain/citation-parse.ts';
import { lawCatalogue } from '#domain/law-catalogue.ts';
import { loadContent } from '#content/load.ts';
import { entryToMdx, slugFor } from '#content/entry-file.ts';
import { describePeriod, readPeriodText } from '#domain/period.ts';
import { today as todayFor } from '#content/settings.ts';
import { exemptionSchema, slug, type ExemptionData } from '#domain/schema/index.ts';
import { workCalendar } from '#domain/workdays.ts';
import { CHECK, CLI } from '#domain/strings.ts';

export interface NewEntryInput {
  title?: string;
  basis?: string;
  opened?: string;
  closed?: string;
  period?: string;
  order?: number;
  id?: string;
  unit?: string;
  partial?: boolean;
}

export type NewEntryPlan =
  | {
      ok: true;
      id: string;
      path: string;
      mdx: string;
      data: ExemptionData;
      citations: string[];
      periodPlain: string;
      findings: Problem[];
      notes: string[];
    }
  | { ok: false; problems: { field: string; message: string; hint: string }[] };

export function planNewEntry(root: string, input: NewEntryInput, today?: string): NewEntryPlan {
  const problems: { field: string; message: string; hint: string }[] = [];
  const tree = loadContent(root);
  const laws = new Map(tree.laws.map((l) => [l.id, l.data]));
  const units = new Map(tree.units.map((u) => [u.id, u.data]));
  const t = CLI.newEntry;
  const need = (field: keyof typeof t.labels, value: string | undefined, hint: string) => {
    if (!value?.trim()) problems.push({ field, message: CLI.required(t.labels[field]), hint });
  };
  need('title', input.title, t.needTitle);
  need('basis', input.basis, t.needBasis);
  need('opened', input.opened, t.needOpened);
  need('closed', input.closed, t.needClosed);
  need('period', input.period, t.needPeriod);

  const catalogue = lawCatalogue(laws);
  const basis = parseBasis(input.basis ?? '', catalogue);
  for (const u of basis.unread) problems.push({ field: 'basis', ...t.basisUnread(u) });
  // A new entry of one's own register should not start with a citation that cannot be right.
  for (const d of basis.doubts) problems.push({ field: 'basis', ...CHECK.entry.citationImpossible(d, laws.get(d.law)?.short) });
  const citations: string[] = [];
  for (const c of basis.citations) {
    const r = resolveCitation(c, laws);
    // A law not yet in the catalogue is kept (the check notes it); a letter it lacks is not.
    if (!r.ok && r.part !== 'law') problems.push({ field: 'basis', message: r.message, hint: r.hint });
    else citations.push(formatCitation(c, r.ok ? r.value.law : undefined));
  }
  if (input.basis?.trim() && !basis.citations.some((c) => laws.get(c.law)?.exemptionArticle === c.article && c.letter))
    problems.push({ field: 'basis', ...t.noGround });

  const period = readPeriodText(input.period ?? '');
  if (input.period?.trim() && (period.kind === 'unclear' || period.kind === 'vague'))
    problems.push({ field: 'period', ...t.periodUnclear(input.period) });

  const taken = new Set([
    ...tree.exemptions.map((e) => e.id),
    ...tree.decrees.flatMap((d) => d.register?.data?.entries.map((e) => e.id) ?? []),
  ]);
  let id = input.id;
  if (id !== undefined) {
    if (!slug.safeParse(id).success) problems.push({ field: 'id', message: CLI.notAnId(id), hint: t.idHint });
    else if (taken.has(id)) problems.push({ field: 'id', ...t.idTaken(id) });
  } else id = slugFor(input.title ?? '', taken);
  if (input.unit && !units.has(input.unit)) problems.push({ field: 'unit', ...t.unitUnknown(input.unit, [...units.keys()]) });
  if (input.order !== undefined && (!Number.isInteger(input.order) || input.order < 1))
    problems.push({ field: 'order', ...t.orderInvalid(input.order) });
  if (input.order !== undefined && tree.exemptions.some((e) => e.data.order === input.order))
    problems.push({ field: 'order', ...t.orderTaken(input.order) });
  const path = join(root, 'exemptions', `${id}.mdx`);
  if (existsSync(path)) problems.push({ field: 'id', ...t.fileExists(path) });
  if (problems.length) return { ok: false, problems };

  const data = exemptionSchema.parse({
    order: input.order ?? Math.max(0, ...tree.exemptions.map((e) => e.data.order)) + 1,
    title: input.title!.trim(),
    legalBasis: basis.citations,
    legalBasisText: basis.texts,
    consequence: { opened: input.opened!.trim(), closed: input.closed!.trim() },
    period,
    ...(input.unit ? { unit: input.unit } : {}),
    ...(input.partial ? { partial: true } : {}),
  });
  const findings = entryRules(
    {
      number: 0,
      id: id!,
      title: data.title,
      legalBasis: data.legalBasis,
      legalBasisText: data.legalBasisText,
      consequence: data.consequence,
      period: data.period,
      unit: data.unit ?? null,
      partial: data.partial,
      partialNote: null,
      narrative: '',
    },
    {
      laws,
      units,
      file: path,
      decreeDate: null,
      today: today ?? todayFor(tree.body?.data.timeZone),
      calendar: workCalendar(tree.holidays.map((h) => h.data)),
    },
  );
  return {
    ok: true,
    id: id!,
    path,
    mdx: entryToMdx(data),
    data,
    citations,
    periodPlain: describePeriod(period),
    findings,
    notes: basis.notes,
  };
}
