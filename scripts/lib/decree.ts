// Making a decree: freezing the working copy into content/decrees/<id>/ as decree.json and
// a canonical register.json chained to the previous version. Either both files are written
// or nothing is.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { checkContent } from '#content/check.ts';
import { formatPartialDate, partialDateRange } from '#domain/dates.ts';
import { diffRegisters, type RegisterDiff } from '#domain/diff.ts';
import { freezeRegister, orderChain, toRegisterEntries } from '#domain/register.ts';
import type { ContentTree, DecreeFolder } from '#content/load.ts';
import { DECREE_KINDS, decreeCoreSchema, decreeSchema, partialDate, slug, type Decree, type DecreeCore } from '#domain/schema/index.ts';
import { CHECK, CLI, decreePlaceDate } from '#domain/strings.ts';
import { commitAndTagVersion, gitTop, holdsSnapshot, tagVersion, versionTagStatus, type TagResult } from '#content/tags.ts';
import { loadContent } from '#content/load.ts';

export interface DecreeRequest {
  id?: string;
  kind?: string;
  number?: string | null;
  title?: string;
  place?: string | null;
  date?: string;
  effective?: string | null;
  signatory?: { name?: string; position?: string; rank?: string | null; nip?: string | null };
  notes?: string[];
}

export interface DecreeProblem {
  field: string;
  message: string;
  hint: string;
}

export type DecreePlan =
  | {
      ok: true;
      id: string;
      dir: string;
      decreeJson: string;
      registerJson: string;
      sha256: string;
      previous: { id: string; sha256: string } | null;
      entries: number;
      diff: RegisterDiff | null;
      sameAsPrevious: boolean;
      /** content/cycle.json, moved into this decree's record (and removed once written). */
      cyclePath: string | null;
    }
  | { ok: false; problems: DecreeProblem[] };

/** The newest decree along the `supersedes` chain, or null when there is none (or no chain). */
export function latestDecree(tree: ContentTree): DecreeFolder | null {
  const chain = orderChain(
    tree.decrees.filter((d) => d.decree).map((d) => ({ id: d.id, supersedes: d.decree!.data.supersedes, value: d })),
  );
  return chain.ok ? (chain.order.at(-1)?.value ?? null) : null;
}

/** Fills what a request leaves out (title, place, signatory) from the latest decree. */
export function likePrevious(req: DecreeRequest, tree: ContentTree): DecreeRequest {
  const last = latestDecree(tree)?.decree?.data;
  if (!last) return req;
  return {
    ...req,
    title: req.title ?? last.title,
    place: req.place ?? last.place,
    signatory: {
      name: req.signatory?.name ?? last.signatory.name,
      position: req.signatory?.position ?? last.signatory.position,
      rank: req.signatory?.rank ?? last.signatory.rank,
      nip: req.signatory?.nip ?? last.signatory.nip,
    },
  };
}

/** Checks a request against the content and prepares the files, writing nothing. */
export function planDecree(root: string, req: DecreeRequest, opts: { today?: string } = {}): DecreePlan {
  const problems: DecreeProblem[] = [];
  const t = CLI.decree;
  const need = (field: string, value: unknown, hint: string) => {
    if (value === undefined || value === null || value === '')
      problems.push({ field, message: CLI.required(t.labels[field] ?? field), hint });
  };
  need('id', req.id, t.needId);
  need('date', req.date, t.needDate);
  need('kind', req.kind, t.needKind(DECREE_KINDS));
  need('title', req.title, t.needTitle);
  need('signatory.name', req.signatory?.name, t.needSignatoryName);
  need('signatory.position', req.signatory?.position, t.needSignatoryPosition);
  if (req.id && !slug.safeParse(req.id).success) problems.push({ field: 'id', message: CLI.notAnId(req.id), hint: t.idHint });
  if (req.id && existsSync(join(root, 'decrees', req.id))) problems.push({ field: 'id', ...t.exists(req.id) });
  if (req.date && !partialDate.safeParse(req.date).success)
    problems.push({ field: 'date', message: CLI.notAValidDate(req.date), hint: t.dateHint });
  if (req.effective && !partialDate.safeParse(req.effective).success)
    problems.push({ field: 'effective', message: CLI.notAValidDate(req.effective), hint: t.dateHint });
  if (req.kind && !(DECREE_KINDS as readonly string[]).includes(req.kind))
    problems.push({ field: 'kind', ...t.kindUnknown(req.kind, DECREE_KINDS) });
  if (
    req.date &&
    req.effective &&
    partialDate.safeParse(req.date).success &&
    partialDate.safeParse(req.effective).success &&
    partialDateRange(req.effective).last < partialDateRange(req.date).first
  )
    problems.push({ field: 'effective', ...t.effectiveBeforeDate });

  const result = checkContent(root, { today: opts.today });
  // Signed today at the latest; a decree that applies later says so in --effective.
  if (req.date && partialDate.safeParse(req.date).success && partialDateRange(req.date).first > result.today)
    problems.push({
      field: 'date',
      ...CHECK.dates.signedFuture(req.id ?? '', formatPartialDate(req.date), formatPartialDate(result.today)),
    });
  if (result.counts.error > 0) problems.push({ field: 'content', ...t.workingCopyErrors(result.counts.error) });
  if (!result.tree.body) problems.push({ field: 'content', ...t.bodyMissing });
  const entries = toRegisterEntries(result.tree.exemptions);
  if (entries.length === 0) problems.push({ field: 'content', ...t.empty });
  const last = result.chain?.at(-1) ?? null;
  if (
    last?.decree &&
    req.date &&
    partialDate.safeParse(req.date).success &&
    partialDateRange(req.date).last < partialDateRange(last.decree.data.date).first
  )
    problems.push({ field: 'date', ...t.beforeLast(req.date, last.id, last.decree.data.date) });
  if (problems.length) return { ok: false, problems };

  const core: DecreeCore = decreeCoreSchema.parse({
    kind: req.kind,
    number: req.number ?? null,
    title: req.title,
    place: req.place ?? null,
    date: req.date,
    effective: req.effective ?? null,
    signatory: {
      name: req.signatory!.name,
      position: req.signatory!.position,
      rank: req.signatory!.rank ?? null,
      nip: req.signatory!.nip ?? null,
    },
    initials: [],
    supersedes: last?.id ?? null,
  });
  const previousSha = last?.register?.sha256 ?? null;
  const frozen = freezeRegister({ decreeId: req.id!, decree: core, body: result.tree.body!.data, entries, previousSha256: previousSha });
  // The cycle under way becomes this decree's record; its "decree" stage is the decree's date
  // where that date is known to the day.
  const open = result.tree.openCycle?.data ?? null;
  const cycle = open ? { ...open, decree: open.decree ?? (/^\d{4}-\d{2}-\d{2}$/.test(req.date!) ? req.date! : null) } : null;
  // The letterhead in use today is the one this decree's register is printed with.
  const letterhead = result.tree.body?.data.letterhead ?? null;
  const decree: Decree = decreeSchema.parse({
    ...core,
    cycle,
    jdih: null,
    notes: req.notes ?? [],
    letterhead,
    register: { sha256: frozen.sha256 },
  });
  const before = last?.register?.data?.entries ?? null;
  return {
    ok: true,
    id: req.id!,
    dir: join(root, 'decrees', req.id!),
    decreeJson: JSON.stringify(decree, null, 2) + '\n',
    registerJson: frozen.json,
    sha256: frozen.sha256,
    previous: last && previousSha ? { id: last.id, sha256: previousSha } : null,
    entries: entries.length,
    diff: before ? diffRegisters(before, entries) : null,
    sameAsPrevious: before ? isDeepStrictEqual(before, entries) : false,
    cyclePath: open ? join(root, 'cycle.json') : null,
  };
}

/**
 * Writes a planned decree: both files go into a temporary folder beside the target, which
 * is then renamed into place, so an interrupted run leaves no half-written version.
 */
export function writeDecree(plan: Extract<DecreePlan, { ok: true }>): void {
  const parent = join(plan.dir, '..');
  mkdirSync(parent, { recursive: true });
  const tmp = mkdtempSync(join(parent, `.${plan.id}-`));
  try {
    writeFileSync(join(tmp, 'register.json'), plan.registerJson);
    writeFileSync(join(tmp, 'decree.json'), plan.decreeJson);
    renameSync(tmp, plan.dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (plan.cyclePath) rmSync(plan.cyclePath, { force: true });
}

/** The tag's message: the version, its decree in words, and the hash it freezes. */
function tagMessage(id: string, decree: Pick<Decree, 'title' | 'place' | 'date'>, sha256: string): string {
  return CLI.decree.tagMessage(id, `${decree.title} (${decreePlaceDate(decree)})`, sha256);
}

/**
 * After a decree is written: commit its folder (and the finished cycle file's removal) and
 * tag it `versi/<id>`, signed where the editor's git signs. Null outside a git work tree.
 */
export function commitAndTag(root: string, plan: Extract<DecreePlan, { ok: true }>): TagResult | null {
  if (!gitTop(root)) return null;
  const decree = JSON.parse(plan.decreeJson) as Decree;
  const paths = [plan.dir, ...(plan.cyclePath ? [plan.cyclePath] : [])];
  return commitAndTagVersion(root, plan.id, tagMessage(plan.id, decree, plan.sha256), paths);
}

/**
 * Tags a version made earlier, at HEAD, once HEAD holds its frozen register byte for byte.
 * A tag that exists is never moved.
 */
export function tagExisting(
  root: string,
  id: string,
): ({ ok: true } & Extract<TagResult, { ok: true }>) | { ok: false; message: string; hint: string } {
  const t = CLI.decree;
  const refuse = (why: string) => ({ ok: false as const, ...t.tagRefused(id, why) });
  const folder = loadContent(root).decrees.find((d) => d.id === id);
  if (!folder?.decree || !folder.register) return refuse(t.tagWhy.unknown);
  if (!gitTop(root)) return refuse(t.tagWhy.noGit);
  if (versionTagStatus(root, id).exists) return refuse(t.tagWhy.exists);
  // At HEAD only if HEAD holds this very snapshot: otherwise the tag would prove nothing.
  if (!holdsSnapshot(root, id, 'HEAD')) return refuse(t.tagWhy.notAtHead);
  const r = tagVersion(root, id, tagMessage(id, folder.decree.data, folder.register.sha256), 'HEAD');
  return r.ok ? r : { ok: false, ...t.gitFailed('tag', id, r.message) };
}
