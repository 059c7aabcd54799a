// Working days over the shipped holiday lists, the SOP cycle against its service standard,
// and expiry for every kind of period.
import { describe, expect, it } from 'vitest';
import { loadContent } from '#content/load.ts';
import { cycleCompliance, plannedSchedule } from '#domain/cycle.ts';
import { periodEnd } from '#domain/period.ts';
import { cycleSchema } from '#domain/schema/index.ts';
import { addWorkdays, workCalendar, workdaysBetween } from '#domain/workdays.ts';
import { SHIPPED } from '../helpers/content.ts';

const tree = loadContent(SHIPPED);
const cal = workCalendar(tree.holidays.map((h) => h.data));
const sop = tree.sops[0]!.data;

describe('holiday lists', () => {
  it('the years the shipped content needs are present and sourced', () => {
    // The March 2025 decree, and today (2026) for expiry and cycle arithmetic.
    expect(tree.holidays.map((h) => h.data.year).sort()).toEqual([2025, 2026]);
    for (const h of tree.holidays) {
      expect(h.data.sources.length).toBeGreaterThan(0);
      expect(h.data.sources[0]!.title).toMatch(/Keputusan Bersama .* Hari Libur Nasional dan Cuti Bersama Tahun \d{4}/);
    }
    const y2025 = tree.holidays.find((h) => h.data.year === 2025)!.data.days;
    expect(y2025.filter((d) => d.kind === 'libur-nasional')).toHaveLength(17);
    // 10 cuti bersama in the SKB of October 2024, plus 18 August added in August 2025.
    expect(y2025.filter((d) => d.kind === 'cuti-bersama').map((d) => d.date)).toContain('2025-08-18');
    expect(y2025.filter((d) => d.kind === 'cuti-bersama')).toHaveLength(11);
  });
});

describe('working days', () => {
  it('skip weekends, national holidays and cuti bersama', () => {
    // Idul Fitri 2025: 31 Mar, 1 Apr holidays; 2, 3, 4, 7 Apr cuti bersama.
    expect(workdaysBetween('2025-03-28', '2025-04-08', cal).days).toBe(1);
    expect(addWorkdays('2025-03-27', 1, cal).date).toBe('2025-04-08');
  });
  it('cross the year end', () => {
    // 24 Dec 2025 (Wed) + 3: 25 holiday, 26 cuti, weekend, 29, 30, 31.
    expect(addWorkdays('2025-12-24', 3, cal).date).toBe('2025-12-31');
    // 1 Jan 2026 is a holiday: the next working day is Fri 2 Jan.
    expect(addWorkdays('2025-12-31', 1, cal)).toEqual({ date: '2026-01-02', missingYears: [] });
  });
  it('say when a year has no list', () => {
    expect(addWorkdays('2026-12-30', 3, cal)).toEqual({ date: '2027-01-04', missingYears: [2027] });
    expect(workdaysBetween('2026-12-28', '2027-01-08', cal).missingYears).toEqual([2027]);
  });
});

describe('SOP cycle', () => {
  const cycle = (c: object) => cycleSchema.parse(c);
  it('plans due dates stage after stage from a start date', () => {
    const plan = plannedSchedule(sop, '2025-12-19', cal);
    expect(plan.map((p) => [p.number, p.standard, p.due])).toEqual([
      [1, 5, '2025-12-30'],
      [2, 2, '2026-01-02'],
      [3, 2, '2026-01-06'],
      [4, 1, '2026-01-07'],
      [5, 1, '2026-01-08'],
    ]);
  });
  it('measures each stage and the total against the standard', () => {
    // Fri 16 Jan 2026 is a holiday (Isra Mikraj): the decree stage 13 → 19 Jan takes 3 HK.
    const c = cycleCompliance(
      sop,
      cycle({
        start: '2026-01-05',
        request: '2026-01-09',
        validation: '2026-01-13',
        decree: '2026-01-19',
        update: '2026-01-20',
        documentation: '2026-01-21',
      }),
      cal,
      '2026-02-01',
    );
    expect(c.stages.map((s) => [s.workdays, s.standard, s.status])).toEqual([
      [4, 5, 'on-time'],
      [2, 2, 'on-time'],
      [3, 2, 'late'],
      [1, 1, 'on-time'],
      [1, 1, 'on-time'],
    ]);
    expect(c.total).toEqual({ workdays: 11, standard: 11, status: 'on-time' });
  });
  it('missing dates are unknown, not zero; a running stage is open, then late past its due date', () => {
    const c = cycleCompliance(sop, cycle({ start: '2026-01-05', request: '2026-01-09' }), cal, '2026-01-12');
    expect(c.stages.map((s) => s.status)).toEqual(['on-time', 'open', 'unknown', 'unknown', 'unknown']);
    expect(c.stages[1]!.due).toBe('2026-01-13');
    expect(cycleCompliance(sop, cycle({ start: '2026-01-05', request: '2026-01-09' }), cal, '2026-01-14').stages[1]!.status).toBe('late');
    const gap = cycleCompliance(sop, cycle({ start: '2026-01-05', request: '2026-01-09', documentation: '2026-01-30' }), cal, '2026-02-10');
    expect(gap.stages.map((s) => [s.workdays, s.status])).toEqual([
      [4, 'on-time'],
      [null, 'unknown'],
      [null, 'unknown'],
      [null, 'unknown'],
      [null, 'unknown'],
    ]);
    // 5 → 30 Jan 2026, without 16 Jan (Isra Mikraj).
    expect(gap.total.workdays).toBe(18);
    expect(cycleCompliance(sop, cycle({}), cal).total).toEqual({ workdays: null, standard: 11, status: 'unknown' });
  });
});

describe('expiry for each kind of period', () => {
  const from = { kind: 'decree' } as const;
  it.each([
    [{ kind: 'indefinite', text: 'Tidak terbatas' }, null],
    [{ kind: 'duration', text: '2 tahun', years: 2, from }, '2027-03-01'],
    [{ kind: 'duration', text: '6 bulan sejak 15 Januari 2026', months: 6, from: { kind: 'date', date: '2026-01-15' } }, '2026-07-15'],
    [{ kind: 'duration', text: '1 tahun sejak audit', years: 1, from: { kind: 'event', event: 'audit' } }, null],
    [{ kind: 'until-date', text: 'Sampai 31 Desember 2026', date: '2026-12-31' }, '2026-12-31'],
    [{ kind: 'until-event', text: 'Sampai selesai audit', event: 'selesai audit' }, null],
    [{ kind: 'until-consent', text: 'Sampai ada persetujuan', party: 'yang bersangkutan' }, null],
    [{ kind: 'while', text: 'Selama masih berlangsung', condition: 'masih berlangsung' }, null],
    [{ kind: 'unclear', text: 'Selama jangka waktu tertentu' }, null],
  ] as const)('%o ends %s', (p, end) => {
    expect(periodEnd(p as never, '2025-03')?.date ?? null).toBe(end);
  });
});
