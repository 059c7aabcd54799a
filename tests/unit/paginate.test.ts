import { describe, expect, it } from 'vitest';
import { diffItems, diffRegisters } from '#domain/diff.ts';
import { groupPage, groupStarts, pageAddress, pagerLinks, pageSize, paginate, PAGE_SIZES } from '#site/paginate.ts';
import { syntheticEntries } from '#build/tools/synthetic.ts';

describe('pagination', () => {
  it('splits a list into pages that together hold every item once, in order', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const pages = paginate(items, 10);
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 3]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => [p.number, p.count, p.from, p.to, p.total])).toEqual([
      [1, 3, 1, 10, 23],
      [2, 3, 11, 20, 23],
      [3, 3, 21, 23, 23],
    ]);
    expect(paginate(items, 23)).toHaveLength(1);
    expect(paginate(items, 22)).toHaveLength(2);
  });
  it('an empty list still has its one (empty) page; a size below 1 is refused', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [], from: 0, to: 0, total: 0 }]);
    expect(() => paginate([1], 0)).toThrow(/ukuran halaman/);
  });
  it('page 1 keeps the list address; later pages live under halaman/<n>/', () => {
    expect(pageAddress('/dik/', 1)).toBe('/dik/');
    expect(pageAddress('/versi/x/', 3)).toBe('/versi/x/halaman/3/');
  });
  it('the pager shows the ends and the pages around the current one, with gaps', () => {
    expect(pagerLinks(1, 1)).toEqual([1]);
    expect(pagerLinks(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerLinks(1, 51)).toEqual([1, 2, null, 51]);
    expect(pagerLinks(25, 51)).toEqual([1, null, 24, 25, 26, null, 51]);
    // A gap of one page is shown as that page, not as "…".
    expect(pagerLinks(4, 51)).toEqual([1, 2, 3, 4, 5, null, 51]);
  });
  it('a page of grouped items is regrouped in order', () => {
    expect(groupPage(['a1', 'a2', 'b1', 'a3'], (s) => s[0])).toEqual([
      { key: 'a', items: ['a1', 'a2'] },
      { key: 'b', items: ['b1'] },
      { key: 'a', items: ['a3'] },
    ]);
  });
  it('each group of a grouped list, with its size and the page where it starts', () => {
    const items = ['a', 'a', 'a', 'b', 'c', 'c', 'c', 'c'];
    expect(groupStarts(items, (s) => s, 3)).toEqual([
      { key: 'a', count: 3, page: 1 },
      { key: 'b', count: 1, page: 2 },
      { key: 'c', count: 4, page: 2 },
    ]);
  });
  it('PPID_PAGE_SIZE sets every list at once, and a bad value is named', () => {
    expect(pageSize('rows', {})).toBe(PAGE_SIZES.rows);
    expect(pageSize('findings', { PPID_PAGE_SIZE: '5' })).toBe(5);
    expect(() => pageSize('rows', { PPID_PAGE_SIZE: 'lima' })).toThrow(/PPID_PAGE_SIZE.*"lima"/);
  });
});

describe('diff items', () => {
  it('a removal near the top of a long register renumbers the rest as one run, not thousands of lines', () => {
    const before = syntheticEntries(2000, 5);
    const after = before.filter((_, i) => i !== 9).map((e, i) => ({ ...e, number: i + 1 }));
    const d = diffRegisters(before, after);
    expect(d.renumbered).toHaveLength(1990);
    const items = diffItems(d);
    expect(items.map((i) => i.kind)).toEqual(['removed', 'renumbered']);
    const run = items[1]!.kind === 'renumbered' ? items[1]!.run : [];
    expect([run[0]!.before.number, run[0]!.after.number, run.at(-1)!.before.number, run.at(-1)!.after.number]).toEqual([
      11, 10, 2000, 1999,
    ]);
  });
  it('runs break where the shift changes or the numbers jump', () => {
    const before = syntheticEntries(10, 6);
    // Move the last entry to the front: entries 1–9 shift by +1, entry 10 becomes 1 (a change of place only).
    const after = [before[9]!, ...before.slice(0, 9)].map((e, i) => ({ ...e, number: i + 1 }));
    const runs = diffItems(diffRegisters(before, after)).flatMap((i) =>
      i.kind === 'renumbered' ? [i.run.map((c) => c.after.number)] : [],
    );
    expect(runs).toEqual([[1], [2, 3, 4, 5, 6, 7, 8, 9, 10]]);
  });
});
