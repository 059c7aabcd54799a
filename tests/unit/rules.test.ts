// Each legal rule of kip-law.md on a passing and a failing entry. Entries are built from a
// shipped entry so that only the field under test differs.
import { describe, expect, it } from 'vitest';
import { entryRules, type EntryRuleContext } from '#domain/rules/entry.ts';
import { RULES, type RuleId } from '#domain/rules/registry.ts';
import { loadContent } from '#content/load.ts';
import { toRegisterEntries } from '#domain/register.ts';
import type { SnapshotEntry } from '#domain/schema/index.ts';
import { workCalendar } from '#domain/workdays.ts';
import { readPeriodText } from '#domain/period.ts';
import { registerRules } from '#domain/rules/register.ts';
import { SHIPPED } from '../helpers/content.ts';

const tree = loadContent(SHIPPED);
const base = toRegisterEntries(tree.exemptions).find((e) => e.id === 'berkas-kepegawaian')!;
const ctx: EntryRuleContext = {
  laws: new Map(tree.laws.map((l) => [l.id, l.data])),
  units: new Map([['bidang-fiktif', { name: 'Bidang Fiktif' }]]),
  file: 'x.mdx',
  decreeDate: '2025-03',
  today: '2026-11-21',
  calendar: workCalendar([]),
};
const entry = (patch: Partial<SnapshotEntry>): SnapshotEntry => ({ ...base, ...patch });
const rules = (e: SnapshotEntry, c: Partial<EntryRuleContext> = {}): RuleId[] => entryRules(e, { ...ctx, ...c }).map((p) => p.rule);
const kip = (letter: string, items?: number[]) => ({ law: 'uu-14-2008', article: '17', letter, ...(items ? { items } : {}) });
const indefinite = { kind: 'indefinite', text: 'Tidak terbatas' } as const;
const years = (n: number) => ({ kind: 'duration', text: `${n} tahun`, years: n, from: { kind: 'decree' } }) as const;

describe('legal rules', () => {
  it('the base entry (huruf h, Tidak terbatas) raises nothing', () => {
    expect(rules(base)).toEqual([]);
  });

  it('basis-missing', () => {
    expect(rules(entry({ legalBasis: [] }))).toContain('basis-missing');
    expect(rules(entry({ legalBasis: [{ law: 'uu-43-2009' }] }))).toContain('basis-missing');
    expect(rules(entry({ legalBasis: [kip('h')] }))).not.toContain('basis-missing');
  });

  it('basis-unknown: letter, item; a law not in the catalogue is a note; an article past the last is impossible', () => {
    expect(rules(entry({ legalBasis: [kip('h'), { law: 'uu-1-1900' }] }))).toEqual(['law-uncatalogued']);
    expect(rules(entry({ legalBasis: [{ law: 'uu-14-2008', article: '99', letter: 'h' }] }))).toEqual([
      'basis-missing',
      'citation-impossible',
    ]);
    // An article the catalogue has no text for, within the law's articles, is cited as it is.
    expect(rules(entry({ legalBasis: [kip('h'), { law: 'uu-14-2008', article: '6', paragraph: '3', letter: 'c' }] }))).toEqual([]);
    expect(rules(entry({ legalBasis: [kip('k')] }))).toEqual(['basis-unknown', 'basis-missing']);
    expect(rules(entry({ legalBasis: [kip('h', [6])] }))).toEqual(['basis-unknown', 'basis-missing']);
    expect(rules(entry({ legalBasis: [kip('h', [5])] }))).toEqual([]);
    // Items whose wording is unverified still exist and can be cited.
    expect(
      rules(
        entry({
          legalBasis: [kip('e', [7])],
          consequence: { opened: 'Merugikan ketahanan ekonomi', closed: 'Melindungi pasar' },
          period: years(5),
        }),
      ),
    ).toEqual([]);
  });

  it('consequence-missing, for each half', () => {
    expect(rules(entry({ consequence: { opened: '', closed: 'Melindungi data pribadi' } }))).toEqual(['consequence-missing']);
    expect(rules(entry({ consequence: { opened: 'Mengungkap data pribadi', closed: '  ' } }))).toEqual(['consequence-missing']);
  });

  it('pasal20-permanent: huruf a–f with an indefinite period', () => {
    const b = { legalBasis: [kip('b')], consequence: { opened: 'Persaingan usaha tidak sehat', closed: 'Melindungi HKI' } };
    expect(rules(entry({ ...b, period: indefinite }))).toEqual(['pasal20-permanent']);
    expect(rules(entry({ ...b, period: years(5) }))).toEqual([]);
    expect(rules(entry({ legalBasis: [kip('h')], period: indefinite }))).toEqual([]);
  });

  it('pasal20-permanent: a numbered list of periods with an unlimited one; not an unlimited period that something ends', () => {
    const a = {
      legalBasis: [kip('a'), kip('h')],
      consequence: { opened: 'Mengungkap identitas pelapor', closed: 'Melindungi data pribadi pelapor' },
    };
    const read = (text: string) => rules(entry({ ...a, period: readPeriodText(text) }));
    // Kabupaten Bantul's cell: one period per numbered part of the information.
    expect(
      read('1. Tidak terbatas, kecuali dengan ijin Bupati 2. Atas persetujuan yang bersangkutan 3. Sampai proses pengaduan selesai'),
    ).toEqual(['pasal20-permanent']);
    expect(read('Tidak terbatas (sampai proses hukum selesai)')).toEqual([]);
    expect(read('Tidak terbatas, sampai ada putusan pengadilan')).toEqual([]);
    expect(read('Permanen atau terbuka apabila mendapat persetujuan tertulis dari yang bersangkutan')).toEqual([]);
    // The finding says which letter it is about when the entry also cites g or h.
    const [p] = entryRules(entry({ ...a, period: indefinite }), ctx);
    expect(p!.message).toMatch(/Temuan ini tentang huruf a, bukan huruf h/);
  });

  it('period-over-30y: huruf a–f over 30 years', () => {
    const a = { legalBasis: [kip('a', [1])], consequence: { opened: 'Menghambat penyidikan', closed: 'Melindungi proses hukum' } };
    expect(rules(entry({ ...a, period: years(31) }))).toEqual(['period-over-30y']);
    expect(rules(entry({ ...a, period: years(30) }))).toEqual([]);
    expect(rules(entry({ period: years(40) }))).toEqual([]); // huruf h: no cap
  });

  it('period-vague', () => {
    expect(rules(entry({ period: { kind: 'unclear', text: 'Selama jangka waktu tertentu' } }))).toEqual(['period-vague']);
    expect(rules(entry({ period: { kind: 'while', text: 'Selama jangka waktu tertentu', condition: 'jangka waktu tertentu' } }))).toEqual([
      'period-vague',
    ]);
    expect(
      rules(entry({ period: { kind: 'while', text: 'Selama masih dalam pelaksanaan', condition: 'masih dalam pelaksanaan' } })),
    ).toEqual([]);
  });

  it('huruf-j-no-law', () => {
    const j = { consequence: { opened: 'x', closed: 'y' } };
    expect(rules(entry({ ...j, legalBasis: [kip('j')] }))).toEqual(['huruf-j-no-law']);
    expect(rules(entry({ ...j, legalBasis: [kip('j'), { law: 'uu-11-2008' }] }))).toEqual([]);
    // A PP is not an Undang-Undang; an Undang-Undang not yet catalogued is one.
    expect(rules(entry({ ...j, legalBasis: [kip('j'), { law: 'pp-61-2010' }] }))).toEqual(['huruf-j-no-law']);
    expect(rules(entry({ ...j, legalBasis: [kip('j'), { law: 'uu-7-1992' }] }))).toEqual(['law-uncatalogued']);
    // An uncatalogued instrument is named in public words, not by its id.
    const [p] = entryRules(entry({ ...j, legalBasis: [kip('j'), { law: 'perpres-95-2018' }] }), ctx).filter(
      (x) => x.rule === 'huruf-j-no-law',
    );
    expect(p!.message).toMatch(/dengan Perpres 95\/2018, yang bukan Undang-Undang/);
    // An Undang-Undang printed but not read (a name two laws share): no finding on a guess.
    expect(rules(entry({ ...j, legalBasis: [kip('j')], legalBasisText: ['Pasal 17 huruf j UU 14/2008', 'KUHP Pasal 322'] }))).toEqual([]);
  });

  it('citation-impossible: an article past the last, a UUD of another year; a title that fits nothing is only a note', () => {
    const h = [kip('h')];
    expect(rules(entry({ legalBasis: [...h, { law: 'uu-8-1981', article: '322' }] }))).toEqual(['citation-impossible']);
    expect(rules(entry({ legalBasis: [...h, { law: 'uu-8-1981', article: '286' }] }))).toEqual([]);
    expect(rules(entry({ legalBasis: [...h, { law: 'uud-1946', article: '28A' }] }))).toEqual(['citation-impossible']);
    expect(
      rules(
        entry({
          legalBasis: [...h, { law: 'pp-61-2010' }],
          legalBasisText: ['Peraturan Pemerintah No. 61 Tahun 2010 tentang Piutang Pegawai'],
        }),
      ),
    ).toEqual(['citation-title-doubt']);
    expect(RULES['citation-title-doubt'].severity).toBe('note');
  });

  it('register rules: stale after 12 months from the end of a month-only date; place and full date', () => {
    const decree = { id: 'k', file: 'k/decree.json', data: { date: '2025-03', place: 'Kupang' as string | null } };
    const ids = (today: string, data = decree.data) =>
      registerRules({ decree: { ...decree, data }, today }).map((p) => p.rule + ':' + p.message);
    expect(ids('2026-03-31').filter((x) => x.startsWith('register-stale'))).toEqual([]);
    expect(ids('2026-04-01').filter((x) => x.startsWith('register-stale'))).toHaveLength(1);
    expect(ids('2025-06-01', { date: '2025-03-14', place: 'Kupang' })).toEqual([]);
    expect(ids('2025-06-01', { date: '2025-03-14', place: null })).toEqual([expect.stringMatching(/^decree-elements:.*tempat penetapan/)]);
  });

  it('review notes: identical Dibuka and Ditutup; consent under h by someone else; a title the law makes public', () => {
    expect(rules(entry({ consequence: { opened: 'Mengungkap data pribadi.', closed: 'mengungkap data pribadi' } }))).toEqual([
      'consequence-same',
    ]);
    const consent = (party: string) => ({ kind: 'until-consent', text: `Sampai ada persetujuan ${party}`, party }) as const;
    expect(rules(entry({ period: consent('Kepala Dinas') }))).toEqual(['consent-other-party']);
    expect(rules(entry({ period: consent('yang bersangkutan') }))).toEqual([]);
    expect(rules(entry({ title: 'Laporan keuangan yang belum diaudit' }))).toEqual(['must-be-public']);
    for (const r of ['consequence-same', 'consent-other-party', 'must-be-public'] as const)
      expect(RULES[r]).toMatchObject({ severity: 'note', heuristic: true });
  });

  it('letter-mismatch is a heuristic finding', () => {
    expect(RULES['letter-mismatch'].heuristic).toBe(true);
    expect(
      rules(
        entry({ legalBasis: [kip('g')], consequence: { opened: 'Merugikan perekonomian daerah', closed: 'Menjaga stabilitas harga' } }),
      ),
    ).toEqual(['letter-mismatch']);
    expect(
      rules(entry({ legalBasis: [kip('g')], consequence: { opened: 'Mengungkap isi wasiat', closed: 'Melindungi kemauan terakhir' } })),
    ).toEqual([]);
  });

  it('ref-unit', () => {
    expect(rules(entry({ unit: 'bidang-fiktif' }))).toEqual([]);
    expect(rules(entry({ unit: 'bidang-lain' }))).toEqual(['ref-unit']);
  });

  it('expiring and expired, counted in working days from the decree date', () => {
    // 1 year from "Maret 2025" (taken as 1 March 2025) ends 1 March 2026.
    expect(rules(entry({ period: years(1) }), { today: '2026-03-02' })).toEqual(['expired']);
    expect(rules(entry({ period: years(1) }), { today: '2026-02-27' })).toEqual(['expiring']);
    expect(rules(entry({ period: years(1) }), { today: '2025-12-01' })).toEqual([]);
    const until = { kind: 'until-date', text: 'Sampai 2 Januari 2026', date: '2026-01-02' } as const;
    // After Mon 17 Nov 2025 up to Fri 2 Jan 2026: 34 working days without holidays...
    expect(rules(entry({ period: until }), { today: '2025-11-17' })).toEqual([]);
    // ...but 30 with 25 and 26 Dec and 1 and 2 Jan off (and 31 after Fri 14 Nov).
    const cal = workCalendar([
      {
        year: 2025,
        sources: [{ title: 'fiktif' }],
        days: [
          { date: '2025-12-25', name: 'a', kind: 'libur-nasional' },
          { date: '2025-12-26', name: 'b', kind: 'cuti-bersama' },
        ],
      },
      {
        year: 2026,
        sources: [{ title: 'fiktif' }],
        days: [
          { date: '2026-01-01', name: 'c', kind: 'libur-nasional' },
          { date: '2026-01-02', name: 'd', kind: 'cuti-bersama' },
        ],
      },
    ]);
    expect(rules(entry({ period: until }), { today: '2025-11-14', calendar: cal })).toEqual([]);
    const p = entryRules(entry({ period: until }), { ...ctx, today: '2025-11-17', calendar: cal });
    expect(p.map((x) => x.rule)).toEqual(['expiring']);
    expect(p[0]!.message).toMatch(/30 hari kerja lagi\.$/);
    // Without the 2026 list the message says that only weekends were skipped.
    const noList = entryRules(entry({ period: until }), { ...ctx, today: '2025-12-01' });
    expect(noList[0]!.message).toMatch(/tahun 2025, 2026 belum ada/);
    // A period counted from the decree, with no decree yet, has no end date.
    expect(rules(entry({ period: years(1) }), { today: '2030-01-01', decreeDate: null })).toEqual([]);
  });
});
