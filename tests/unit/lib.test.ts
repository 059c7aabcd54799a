import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '#domain/canonical.ts';
import { addMonths, formatPartialDate, partialDateRange, todayIn } from '#domain/dates.ts';
import { parseFrontmatter, parseJsonSource } from '#content/parse.ts';
import { describePeriod, periodEnd, readPeriodText } from '#domain/period.ts';
import { decreeInForce, inForceFrom, orderChain } from '#domain/register.ts';
import { workCalendar, workdaysBetween } from '#domain/workdays.ts';

describe('canonical JSON and hashing', () => {
  it('sorts keys at every depth, normalises text, ends with a newline', () => {
    const a = canonicalJson({ b: 1, a: { d: 'x\r\ny', c: ['e\u0301'] } });
    expect(a).toBe('{\n  "a": {\n    "c": [\n      "\u00e9"\n    ],\n    "d": "x\\ny"\n  },\n  "b": 1\n}\n');
    expect(canonicalJson({ a: { c: ['é'], d: 'x\ny' }, b: 1 })).toBe(a);
  });
  it('drops undefined, rejects values JSON cannot carry', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{\n  "b": null\n}\n');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/finite/);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(/unsupported/);
  });
  it('SHA-256 of known input', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('dates', () => {
  it('month precision keeps its range', () => {
    expect(partialDateRange('2025-03')).toEqual({ first: '2025-03-01', last: '2025-03-31' });
    expect(partialDateRange('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(partialDateRange('2025-03-14')).toEqual({ first: '2025-03-14', last: '2025-03-14' });
  });
  it('adds months, clamping to month ends', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-03-01', 60)).toBe('2030-03-01');
  });
  it('formats in Indonesian', () => {
    expect(formatPartialDate('2025-03')).toBe('Maret 2025');
    expect(formatPartialDate('2022-09-05')).toBe('5 September 2022');
  });
  it('today in a time zone', () => {
    // 23:30 UTC is already the next day in Kupang (UTC+8).
    expect(todayIn('Asia/Makassar', new Date('2025-03-31T23:30:00Z'))).toBe('2025-04-01');
    expect(todayIn('Asia/Jakarta', new Date('2025-03-31T16:30:00Z'))).toBe('2025-03-31');
  });
});

describe('source parsing', () => {
  it('frontmatter with line numbers that count the opening ---', () => {
    const { result, body } = parseFrontmatter('---\norder: 1\ntitle: X\nperiod:\n  kind: indefinite\n---\nIsi uji konsekuensi.\n');
    expect(body).toBe('Isi uji konsekuensi.\n');
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.data).toEqual({ order: 1, title: 'X', period: { kind: 'indefinite' } });
    expect(result.value.lineOf(['title'])).toBe(3);
    expect(result.value.lineOf(['period', 'kind'])).toBe(5);
    expect(result.value.lineOf(['period', 'missing'])).toBe(4);
  });
  it('no frontmatter, duplicate keys, tabs', () => {
    expect(parseFrontmatter('title: X\n').result.ok).toBe(false);
    const dup = parseFrontmatter('---\ntitle: A\ntitle: B\n---\n').result;
    expect(dup.ok === false && dup.problem.message).toMatch(/dua kali/);
    expect(dup.ok === false && dup.problem.line).toBe(3);
  });
  it('lazy positions (large frozen files) give the same lines as eager ones', () => {
    const raw = '{\n  "a": 1,\n  "b": {\n    "c": [1, 2, {"d": 3}]\n  }\n}\n';
    const eager = parseJsonSource(raw);
    const lazy = parseJsonSource(raw, { lazyPositions: true });
    if (!eager.ok || !lazy.ok) throw new Error('expected ok');
    expect(lazy.value.data).toEqual(eager.value.data);
    for (const path of [['a'], ['b', 'c'], ['b', 'c', 2, 'd'], ['b', 'missing']])
      expect(lazy.value.lineOf(path), path.join('.')).toBe(eager.value.lineOf(path));
    expect(lazy.value.lineOf(['b', 'c', 2, 'd'])).toBe(4);
    expect(parseJsonSource('{"a": 1,}', { lazyPositions: true }).ok).toBe(false);
  });
  it('JSON errors carry their line', () => {
    const r = parseJsonSource('{\n  "a": 1,\n  "b": 2,\n}\n');
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.problem.line).toBe(4);
  });
});

describe('periods', () => {
  it('reads the wordings registers use', () => {
    expect(readPeriodText('Tidak terbatas').kind).toBe('indefinite');
    expect(readPeriodText('Permanen').kind).toBe('indefinite');
    expect(readPeriodText('5 Tahun')).toMatchObject({ kind: 'duration', years: 5, from: { kind: 'decree' } });
    expect(readPeriodText('6 bulan sejak ditetapkan')).toMatchObject({ kind: 'duration', months: 6, from: { kind: 'decree' } });
    expect(readPeriodText('Sampai dengan selesainya proses audit')).toMatchObject({
      kind: 'until-event',
      event: 'selesainya proses audit',
    });
    expect(readPeriodText('Apabila mendapat persetujuan dari pihak-pihak yang berwenang')).toMatchObject({
      kind: 'until-consent',
      party: 'pihak-pihak yang berwenang',
    });
    expect(readPeriodText('Selama masih dalam pelaksanaan')).toMatchObject({ kind: 'while', condition: 'masih dalam pelaksanaan' });
    expect(readPeriodText('Selama jangka waktu tertentu').kind).toBe('vague');
    expect(readPeriodText('kira-kira lama').kind).toBe('unclear');
  });
  it('computes ends where they can be computed', () => {
    expect(periodEnd({ kind: 'duration', text: '5 tahun', years: 5, from: { kind: 'decree' } }, '2025-03')).toEqual({
      date: '2030-03-01',
      approximate: true,
    });
    expect(periodEnd({ kind: 'duration', text: '2 tahun', years: 2, from: { kind: 'date', date: '2024-07-15' } }, null)).toEqual({
      date: '2026-07-15',
      approximate: false,
    });
    expect(periodEnd({ kind: 'until-date', text: 'x', date: '2027-01-01' }, null)).toEqual({ date: '2027-01-01', approximate: false });
    expect(periodEnd({ kind: 'until-event', text: 'x', event: 'y' }, '2025-03')).toBeNull();
    expect(periodEnd({ kind: 'indefinite', text: 'x' }, '2025-03')).toBeNull();
    expect(
      periodEnd(
        {
          kind: 'mixed',
          text: 'x',
          parts: [
            { kind: 'duration', text: 'a', years: 5, from: { kind: 'decree' } },
            { kind: 'until-date', text: 'b', date: '2027-01-01' },
          ],
        },
        '2025-03-10',
      ),
    ).toEqual({ date: '2027-01-01', approximate: false });
  });
  it('describes each kind in plain words', () => {
    expect(describePeriod({ kind: 'indefinite', text: 'Tidak terbatas' })).toBe('Dikecualikan tanpa batas waktu.');
    expect(describePeriod({ kind: 'duration', text: '5 tahun', years: 5, from: { kind: 'decree' } })).toBe(
      'Dikecualikan selama 5 tahun sejak keputusan ditetapkan.',
    );
    expect(describePeriod({ kind: 'until-date', text: 'x', date: '2030-12-31' })).toBe('Dikecualikan sampai tanggal 31 Desember 2030.');
  });
});

describe('versions', () => {
  const link = (id: string, supersedes: string | null) => ({ id, supersedes, value: id });
  it('orders a chain oldest first', () => {
    const r = orderChain([link('c', 'b'), link('a', null), link('b', 'a')]);
    expect(r.ok && r.order.map((l) => l.id)).toEqual(['a', 'b', 'c']);
  });
  it('rejects forks, several roots, cycles', () => {
    expect(orderChain([link('a', null), link('b', 'a'), link('c', 'a')])).toMatchObject({ ok: false, reason: 'fork' });
    expect(orderChain([link('a', null), link('b', null)])).toMatchObject({ ok: false, reason: 'several-roots' });
    expect(orderChain([link('a', 'b'), link('b', 'a')])).toMatchObject({ ok: false, reason: 'no-root' });
    expect(orderChain([link('a', null), link('b', 'c'), link('c', 'b')])).toMatchObject({ ok: false, reason: 'unreachable' });
  });
  it('in force from the effective date, or the end of a month-only signature date', () => {
    expect(inForceFrom({ date: '2025-03', effective: null })).toBe('2025-03-31');
    expect(inForceFrom({ date: '2025-03', effective: '2025-04-01' })).toBe('2025-04-01');
    const chain = [{ decree: { date: '2025-03', effective: null } }, { decree: { date: '2026-01-10', effective: '2026-02-01' } }];
    expect(decreeInForce(chain, '2025-03-15')).toBeNull();
    expect(decreeInForce(chain, '2025-03-31')).toBe(chain[0]);
    expect(decreeInForce(chain, '2026-01-31')).toBe(chain[0]);
    expect(decreeInForce(chain, '2026-02-01')).toBe(chain[1]);
  });
});

describe('working days', () => {
  it('skips weekends and listed days, and names the years without a list', () => {
    const cal = workCalendar([
      { year: 2025, sources: [{ title: 'fiktif' }], days: [{ date: '2025-12-25', name: 'x', kind: 'libur-nasional' }] },
    ]);
    expect(workdaysBetween('2025-12-19', '2025-12-26', cal)).toEqual({ days: 4, missingYears: [] });
    expect(workdaysBetween('2025-12-31', '2026-01-05', cal)).toEqual({ days: 3, missingYears: [2026] });
    expect(workdaysBetween('2025-12-26', '2025-12-26', cal).days).toBe(0);
  });
});
