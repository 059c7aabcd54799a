import { describe, expect, it } from 'vitest';
import { diffRegisters, entryHistory, wordDiff } from '#domain/diff.ts';
import { loadContent } from '#content/load.ts';
import type { SnapshotEntry } from '#domain/schema/index.ts';
import { SHIPPED } from '../helpers/content.ts';

const base = loadContent(SHIPPED).decrees[0]!.register!.data!.entries;
const renumber = (list: SnapshotEntry[]) => list.map((e, i) => ({ ...e, number: i + 1 }));

describe('word diff', () => {
  it('marks only the changed words', () => {
    expect(wordDiff('Melindungi data pribadi', 'Melindungi data pribadi pegawai')).toEqual([
      { kind: 'same', text: 'Melindungi data pribadi' },
      { kind: 'added', text: ' pegawai' },
    ]);
    // Alternating removals and additions are grouped into one run each.
    expect(wordDiff('Dikecualikan tanpa batas waktu.', 'Dikecualikan selama 5 tahun.')).toEqual([
      { kind: 'same', text: 'Dikecualikan ' },
      { kind: 'removed', text: 'tanpa batas waktu' },
      { kind: 'added', text: 'selama 5 tahun' },
      { kind: 'same', text: '.' },
    ]);
    const parts = wordDiff('Tidak terbatas', '5 tahun');
    expect(
      parts
        .filter((p) => p.kind === 'removed')
        .map((p) => p.text)
        .join(''),
    ).toMatch(/Tidak.*terbatas/);
    expect(
      parts
        .filter((p) => p.kind === 'added')
        .map((p) => p.text)
        .join(''),
    ).toMatch(/5.*tahun/);
  });
});

describe('register diff', () => {
  it('identical registers: nothing changed', () => {
    expect(diffRegisters(base, base)).toEqual({ added: [], removed: [], changed: [], renumbered: [], unchanged: 14 });
  });

  it('reordering alone is renumbering, not a change of content', () => {
    const swapped = renumber([base[1]!, base[0]!, ...base.slice(2)]);
    const d = diffRegisters(base, swapped);
    expect(d.changed).toEqual([]);
    expect(d.renumbered.map((c) => [c.id, c.before.number, c.after.number])).toEqual([
      [base[1]!.id, 2, 1],
      [base[0]!.id, 1, 2],
    ]);
    expect(d.unchanged).toBe(12);
  });

  it('a removal renumbers what follows but changes nothing else', () => {
    const d = diffRegisters(base, renumber(base.filter((e) => e.number !== 13)));
    expect(d.removed.map((e) => e.id)).toEqual(['perubahan-realokasi-anggaran']);
    expect(d.renumbered.map((c) => c.id)).toEqual(['data-pelapor-ketidakpuasan-konsumen']);
    expect(d.changed).toEqual([]);
  });

  it('an edited text is a change of that field, word by word, with the entry followed by id', () => {
    const edited = base.map((e) => (e.id === 'berkas-kepegawaian' ? { ...e, title: 'Dokumen/berkas/arsip kepegawaian aparatur' } : e));
    const d = diffRegisters(base, edited);
    expect(d.changed).toHaveLength(1);
    const [c] = d.changed;
    expect(c!.fields.map((f) => f.key)).toEqual(['title']);
    expect(c!.fields[0]!.words).toEqual([
      { kind: 'same', text: 'Dokumen/berkas/arsip kepegawaian' },
      { kind: 'added', text: ' aparatur' },
    ]);
  });

  it('a changed period shows both its printed text and its reading', () => {
    const edited = base.map((e) =>
      e.number === 6 ? { ...e, period: { kind: 'duration' as const, text: '5 tahun', years: 5, from: { kind: 'decree' as const } } } : e,
    );
    const [c] = diffRegisters(base, edited).changed;
    expect(c!.fields.map((f) => [f.key, f.before, f.after])).toEqual([
      ['periodText', 'Tidak terbatas', '5 tahun'],
      ['periodReading', 'Dikecualikan tanpa batas waktu.', 'Dikecualikan selama 5 tahun sejak keputusan ditetapkan.'],
    ]);
  });

  it('a citation change is reported even when the printed text stays', () => {
    const edited = base.map((e) =>
      e.number === 1 ? { ...e, legalBasis: [{ law: 'uu-14-2008', article: '17', letter: 'h', items: [3] }] } : e,
    );
    expect(diffRegisters(base, edited).changed[0]!.fields.map((f) => [f.key, f.after])).toEqual([
      ['legalBasis', 'uu-14-2008 Pasal 17 huruf h angka 3'],
    ]);
  });

  it('additions', () => {
    const extra: SnapshotEntry = { ...base[0]!, id: 'entri-baru-fiktif', number: 15, title: 'Entri baru (fiktif)' };
    const d = diffRegisters(base, [...base, extra]);
    expect(d.added.map((e) => e.id)).toEqual(['entri-baru-fiktif']);
    expect(d.unchanged).toBe(14);
  });
});

describe('entry history', () => {
  it('follows an entry through entering, changes, renumbering and leaving', () => {
    const v2 = renumber([base[0]!, { ...base[1]!, consequence: { ...base[1]!.consequence, opened: 'Teks baru' } }, ...base.slice(2)]);
    const v3 = renumber([base[1]!, ...base.slice(2)].map((e) => (e.id === base[1]!.id ? v2[1]! : e)));
    const v4 = renumber(base.slice(2));
    const versions = [
      { id: 'v1', entries: base },
      { id: 'v2', entries: v2 },
      { id: 'v3', entries: v3 },
      { id: 'v4', entries: v4 },
    ];
    const h = entryHistory(versions, base[1]!.id);
    expect(h.map((e) => [e.kind, e.version])).toEqual([
      ['entered', 'v1'],
      ['changed', 'v2'],
      ['renumbered', 'v3'],
      ['left', 'v4'],
    ]);
    expect(entryHistory(versions, 'tidak-ada')).toEqual([]);
  });
});
