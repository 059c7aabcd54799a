import { readSettings, settings, type Env } from '#content/settings.ts';

// Long lists (the register, a version, a letter's entries, findings, changes) are split into
// numbered pages so that no page a reader opens on a phone grows with the register: page 1
// stays at the list's own address, further pages at <address>halaman/<n>/.

/**
 * Items per page. Register rows: a few hundred rows read well and stay far under 50 kB gzip;
 * a version's changes show word-level diffs, so fewer; findings are short.
 */
export const PAGE_SIZES = { rows: 200, changes: 50, findings: 100 } as const;
export type PagedList = keyof typeof PAGE_SIZES;

/**
 * The page size of a list. `PPID_PAGE_SIZE` sets every list's size at once, so tests and
 * demos can show pagination on a register of a dozen entries; `env` reads it from another
 * environment than this process's settings.
 */
export function pageSize(list: PagedList, env?: Env): number {
  return (env ? readSettings(env) : settings()).pageSize ?? PAGE_SIZES[list];
}

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** 1-based positions of the first and last item in the whole list (0 and 0 when empty). */
  from: number;
  to: number;
  total: number;
}

/** The pages of `items`; always at least one, so an empty list still has its page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`ukuran halaman tidak sah: ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return { number: i + 1, count, items: slice, from: slice.length ? i * size + 1 : 0, to: i * size + slice.length, total: items.length };
  });
}

/**
 * The rest parameter of page `n` in a `[...page].astro` route: none for page 1, which keeps
 * the list's own address, and `halaman/<n>` after it.
 */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `halaman/${n}`;
}

/** The address of page `n` of the list at `base` (a path ending in "/"). */
export function pageAddress(base: string, n: number): string {
  const param = pageParam(n);
  return param ? `${base}${param}/` : base;
}

/**
 * The static paths of one paginated list at a `[...page].astro` route: one per page, with
 * the route's other `params`, and `props` plus the page itself for the page to show.
 */
export function pagedPaths<T, P extends Record<string, string>, X extends object>(
  items: readonly T[],
  list: PagedList,
  params: P,
  props: X,
) {
  return paginate(items, pageSize(list)).map((page) => ({
    params: { ...params, page: pageParam(page.number) },
    props: { ...props, page },
  }));
}

/**
 * The page links to show: first, last, and a window around the current page, with null
 * where numbers are left out ("…"). Keeps the pager short on a phone for any page count.
 */
export function pagerLinks(current: number, count: number, around = 1): (number | null)[] {
  const keep = new Set([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) keep.add(n);
  const sorted = [...keep].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && n - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && n - prev > 2) out.push(null);
    out.push(n);
  });
  return out;
}

/**
 * For a list grouped in consecutive runs (findings by rule), each group once, in order, with
 * its size and the page on which it starts: what a summary on page 1 links to.
 */
export function groupStarts<T, K>(items: readonly T[], key: (item: T) => K, size: number): { key: K; count: number; page: number }[] {
  const out: { key: K; count: number; page: number }[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    const last = out.at(-1);
    if (last && last.key === k) last.count++;
    else out.push({ key: k, count: 1, page: Math.floor(i / size) + 1 });
  });
  return out;
}

/**
 * Splits a list of items that belong to consecutive groups (findings by rule, changes by
 * kind) into pages, and each page back into its groups, in order: a page shows the heading
 * of every group it holds part of.
 */
export function groupPage<T, K>(items: readonly T[], key: (item: T) => K): { key: K; items: T[] }[] {
  const out: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = out.at(-1);
    if (last && last.key === k) last.items.push(item);
    else out.push({ key: k, items: [item] });
  }
  return out;
}
