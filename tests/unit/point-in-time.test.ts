// "The register as it stood on date D", on the multi-version fixture: on every boundary (the
// day before, the day itself, the day after) the period says what decreeInForce says.
import { describe, expect, it } from 'vitest';
import { loadContent } from '#content/load.ts';
import { addDays } from '#domain/dates.ts';
import { decreeInForce, inForcePeriods, orderedDecrees, periodOn, versionStatus } from '#domain/register.ts';
import { REPO } from '../helpers/content.ts';

const tree = loadContent(`${REPO}/tests/fixtures/versions/content`);
const chain = orderedDecrees(tree.decrees.filter((d) => d.decree).map((d) => ({ id: d.id, data: d.decree!.data }))).map((d) => ({
  id: d.id,
  decree: d.data,
}));
const TODAY = '2026-11-21';
const periods = inForcePeriods(chain, TODAY);

describe('point in time', () => {
  it('cuts time at each day a decree comes into force, with no gap and no overlap', () => {
    expect(periods.map((p) => [p.from, p.to, p.versionId])).toEqual([
      [null, '2025-03-30', null],
      ['2025-03-31', '2025-09-14', 'dik-2025-03'],
      ['2025-09-15', '2026-06-14', 'fiktif-2025-09'],
      ['2026-06-15', '2099-01-01', 'fiktif-2026-06'],
      ['2099-01-02', null, 'fiktif-2099-01'],
    ]);
    periods.slice(1).forEach((p, i) => expect(addDays(periods[i]!.to!, 1)).toBe(p.from));
  });

  it('on every boundary, the day before, on and after, agrees with the version in force', () => {
    for (const p of periods.filter((x) => x.from))
      for (const day of [addDays(p.from!, -1), p.from!, addDays(p.from!, 1)])
        expect(periodOn(periods, day)?.versionId ?? null, day).toBe(decreeInForce(chain, day)?.id ?? null);
  });

  it("says what was signed but not yet in force: as of each past period's end, as of today for the current one", () => {
    expect(periods.map((p) => p.pending)).toEqual([
      [], // "Maret 2025" is surely signed only by 31 March, the day it is taken to apply
      ['fiktif-2025-09'], // signed 1 September, in force 15 September 2025
      [],
      ['fiktif-2099-01'], // signed 20 November 2026, in force from 2099
      [], // a period still to come
    ]);
  });

  it('a version overtaken before its own day in force is never in force, never pending once overtaken, and superseded', () => {
    // B signed 1 May for 1 December; C signed 1 June for 1 July: C wins, B never applies.
    const d = (date: string, effective: string) => ({ date, effective, kind: null }) as never;
    const c = [
      { id: 'a', decree: d('2025-01-01', '2025-01-01') },
      { id: 'b', decree: d('2025-05-01', '2025-12-01') },
      { id: 'c', decree: d('2025-06-01', '2025-07-01') },
    ];
    const ps = inForcePeriods(c, '2026-01-10');
    expect(ps.map((p) => [p.from, p.versionId, p.pending])).toEqual([
      [null, null, []],
      ['2025-01-01', 'a', ['c']],
      ['2025-07-01', 'c', []],
    ]);
    expect(['a', 'b', 'c'].map((_, i) => versionStatus(i, 2, c[i]!.decree, '2025-08-01'))).toEqual([
      'superseded',
      'superseded',
      'in-force',
    ]);
  });
});
