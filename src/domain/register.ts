import { canonicalJson, sha256Hex } from './canonical.ts';
import { addDays, partialDateRange } from './dates.ts';
import type { InForcePeriod } from './periods.ts';
export { periodOn, type InForcePeriod } from './periods.ts';
import {
  REGISTER_FORMAT,
  type Body,
  type Decree,
  type DecreeCore,
  type ExemptionData,
  type RegisterSnapshot,
  type SnapshotEntry,
} from '#domain/schema/index.ts';
import { CHECK } from '#domain/strings.ts';

/**
 * The working copy as register entries: sorted by `order` (then id, so equal orders, which
 * the validator reports, still give a stable result) and numbered 1..n as printed.
 */
export function toRegisterEntries(files: readonly { id: string; data: ExemptionData; body: string }[]): SnapshotEntry[] {
  return [...files]
    .sort((a, b) => a.data.order - b.data.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((f, i) => ({
      number: i + 1,
      id: f.id,
      title: f.data.title,
      legalBasis: f.data.legalBasis,
      legalBasisText: f.data.legalBasisText,
      consequence: f.data.consequence,
      period: f.data.period,
      unit: f.data.unit ?? null,
      partial: f.data.partial,
      partialNote: f.data.partialNote ?? null,
      narrative: f.body,
    }));
}

const CORE_KEYS = ['kind', 'number', 'title', 'place', 'date', 'effective', 'signatory', 'initials', 'supersedes'] as const;

/** The elements of a decree that are frozen into its snapshot. */
export function decreeCore(d: Decree | DecreeCore): DecreeCore {
  const out = {} as Record<string, unknown>;
  for (const k of CORE_KEYS) out[k] = d[k];
  return out as DecreeCore;
}

export interface FrozenRegister {
  snapshot: RegisterSnapshot;
  json: string;
  sha256: string;
}

/** Builds the canonical register.json of a decree and its hash. */
export function freezeRegister(args: {
  decreeId: string;
  decree: DecreeCore;
  body: Pick<Body, 'name'>;
  entries: SnapshotEntry[];
  previousSha256: string | null;
}): FrozenRegister {
  const snapshot: RegisterSnapshot = {
    format: REGISTER_FORMAT,
    decreeId: args.decreeId,
    body: { name: args.body.name },
    decree: decreeCore(args.decree),
    previousSha256: args.previousSha256,
    entries: args.entries,
  };
  const json = canonicalJson(snapshot);
  return { snapshot, json, sha256: sha256Hex(json) };
}

export interface ChainLink<T> {
  id: string;
  supersedes: string | null;
  value: T;
}

export type ChainResult<T> =
  | { ok: true; order: ChainLink<T>[] }
  | { ok: false; reason: 'no-root' | 'several-roots' | 'fork' | 'cycle' | 'unreachable'; ids: string[] };

/**
 * Orders decrees along their `supersedes` links, oldest first. A register has one history:
 * exactly one first decree, and no decree superseded twice.
 */
export function orderChain<T>(links: readonly ChainLink<T>[]): ChainResult<T> {
  if (links.length === 0) return { ok: true, order: [] };
  const roots = links.filter((l) => l.supersedes === null);
  if (roots.length === 0) return { ok: false, reason: 'no-root', ids: links.map((l) => l.id) };
  if (roots.length > 1) return { ok: false, reason: 'several-roots', ids: roots.map((l) => l.id) };
  const next = new Map<string, ChainLink<T>[]>();
  for (const l of links) if (l.supersedes) next.set(l.supersedes, [...(next.get(l.supersedes) ?? []), l]);
  for (const [, successors] of next) if (successors.length > 1) return { ok: false, reason: 'fork', ids: successors.map((l) => l.id) };
  const order: ChainLink<T>[] = [];
  const seen = new Set<string>();
  let cur: ChainLink<T> | undefined = roots[0];
  while (cur) {
    if (seen.has(cur.id)) return { ok: false, reason: 'cycle', ids: [cur.id] };
    seen.add(cur.id);
    order.push(cur);
    cur = next.get(cur.id)?.[0];
  }
  const missing = links.filter((l) => !seen.has(l.id)).map((l) => l.id);
  if (missing.length) return { ok: false, reason: 'unreachable', ids: missing };
  return { ok: true, order };
}

/**
 * The day from which a decree is in force: its effective date, else its date of signature.
 * A month-only date counts from the month's last day, so a register is never shown as in
 * force before it certainly was.
 */
export function inForceFrom(d: Pick<DecreeCore, 'date' | 'effective'>): string {
  return partialDateRange(d.effective ?? d.date).last;
}

/**
 * Whether a decree had come into force on `day`. A version may be withdrawn only before: the
 * content check, the pull-request summary and the catalogue's harvest all ask this.
 */
export function inForceBy(d: Pick<DecreeCore, 'date' | 'effective'>, day: string): boolean {
  return inForceFrom(d) <= day;
}

/**
 * What decides when a decree is in force: its dates, and a withdrawal where one is recorded.
 * The check allows a withdrawal only before the day in force, so a withdrawn decree never is.
 */
export type InForceDates = Pick<DecreeCore, 'date' | 'effective'> & { withdrawn?: { date: string } | null };

/** The latest decree in the chain that is in force on `today`, or null. */
export function decreeInForce<T extends { decree: InForceDates }>(chain: readonly T[], today: string): T | null {
  let found: T | null = null;
  for (const d of chain) if (!d.decree.withdrawn && inForceFrom(d.decree) <= today) found = d;
  return found;
}

export type VersionStatus = 'in-force' | 'superseded' | 'future' | 'withdrawn';

/**
 * The register's history as periods, oldest first: which version was in force on any day,
 * and what was signed but not yet in force. A version superseded before its own day in force
 * is never in force, and so has no period.
 */
export function inForcePeriods(chain: readonly { id: string; decree: InForceDates }[], today: string): InForcePeriod[] {
  const starts = [...new Set(chain.filter((d) => !d.decree.withdrawn).map((d) => inForceFrom(d.decree)))].sort();
  const periods: InForcePeriod[] = [];
  const push = (from: string | null, to: string | null) => {
    const on = from === null ? null : decreeInForce(chain, from);
    const last = periods.at(-1);
    if (last && last.versionId === (on?.id ?? null)) {
      last.to = to;
      return;
    }
    periods.push({ from, to, versionId: on?.id ?? null, pending: [] });
  };
  if (starts.length) push(null, addDays(starts[0]!, -1));
  starts.forEach((start, i) => push(start, starts[i + 1] ? addDays(starts[i + 1]!, -1) : null));
  for (const p of periods) {
    // As of the period's last day, or of today for the one under way; none for one to come.
    if (p.from !== null && p.from > today) continue;
    const end = p.to !== null && p.to < today ? p.to : today;
    // Surely signed by then (a month-only date counts from the month's end), not yet in force,
    // and not already overtaken by a later decree signed by then.
    // A withdrawn one was pending until the day it was withdrawn.
    const signed = (d: (typeof chain)[number]) => partialDateRange(d.decree.date).last <= end;
    const live = (d: (typeof chain)[number]) => !d.decree.withdrawn || d.decree.withdrawn.date > end;
    p.pending = chain
      .filter((d, i) => signed(d) && live(d) && inForceFrom(d.decree) > end && !chain.slice(i + 1).some(signed))
      .map((d) => d.id);
  }
  return periods;
}

/**
 * Each version's neighbours as a reader means them: the version it replaces and the one that
 * replaces it, passing over withdrawn versions (they never applied, so nothing was replaced
 * by them). A withdrawn version replaces nothing and is replaced by nothing; it keeps the
 * version before it, to show what it would have changed.
 */
export function versionNeighbours(
  chain: readonly { id: string; decree: InForceDates }[],
): { previousId: string | null; nextId: string | null }[] {
  const live = (i: number) => !chain[i]!.decree.withdrawn;
  return chain.map((_, i) => {
    let prev = i - 1;
    while (prev >= 0 && !live(prev)) prev--;
    let next = i + 1;
    while (next < chain.length && !live(next)) next++;
    return {
      previousId: prev >= 0 ? chain[prev]!.id : null,
      nextId: live(i) && next < chain.length ? chain[next]!.id : null,
    };
  });
}

/**
 * Days a decree was to come into force that begin no period: it was overtaken by a later
 * decree, or withdrawn, before that day. Such a day's point-in-time address, once a period's
 * own, must keep answering.
 */
export function formerPeriodStarts(
  chain: readonly { id: string; decree: InForceDates }[],
  periods: readonly Pick<InForcePeriod, 'from'>[],
): { day: string; decreeIds: string[] }[] {
  const starts = new Set(periods.map((p) => p.from));
  const days = [...new Set(chain.map((d) => inForceFrom(d.decree)))].filter((day) => !starts.has(day)).sort();
  return days.map((day) => ({ day, decreeIds: chain.filter((d) => inForceFrom(d.decree) === day).map((d) => d.id) }));
}

/**
 * A version's status on `today`, from its place in the chain (oldest first) and the place of
 * the version in force: one before it is superseded even if its own day in force never came.
 */
export function versionStatus(index: number, inForceIndex: number, decree: InForceDates, today: string): VersionStatus {
  if (index === inForceIndex) return 'in-force';
  if (decree.withdrawn && decree.withdrawn.date <= today) return 'withdrawn';
  if (inForceIndex >= 0 && index < inForceIndex) return 'superseded';
  return inForceFrom(decree) > today ? 'future' : 'superseded';
}

/**
 * Decrees oldest first along their `supersedes` chain. The content check has refused a
 * broken chain before anything is built, so one here is a bug, not a person's mistake.
 */
export function orderedDecrees<D extends { id: string; data: { supersedes: string | null } }>(decrees: readonly D[]): D[] {
  const chain = orderChain(decrees.map((d) => ({ id: d.id, supersedes: d.data.supersedes, value: d })));
  if (!chain.ok) throw new Error(CHECK.internal.notAChain(chain.reason));
  return chain.order.map((l) => l.value);
}

export interface InForce {
  decreeId: string;
  decree: Decree;
  snapshot: RegisterSnapshot;
}

/**
 * The register in force on `today` from the decree and snapshot collections. Returns null
 * when no decree is in force yet (the site then says so instead of showing the working
 * copy as if it were decreed).
 */
export function registerInForce(
  decrees: readonly { id: string; data: Decree }[],
  registers: readonly { id: string; data: RegisterSnapshot }[],
  today: string,
): InForce | null {
  const current = decreeInForce(
    orderedDecrees(decrees).map((d) => ({ id: d.id, decree: d.data })),
    today,
  );
  if (!current) return null;
  const snapshot = registers.find((r) => r.id === current.id)?.data;
  if (!snapshot) throw new Error(CHECK.internal.snapshotMissing(current.id));
  return { decreeId: current.id, decree: current.decree, snapshot };
}
