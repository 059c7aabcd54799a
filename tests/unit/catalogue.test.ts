// The catalogue's pure parts: whether a new chain extends the remembered one, and how alike
// two titles are, on titles of the shipped register.
import { describe, expect, it } from 'vitest';
import { compareChains, matchGroups, titleSimilarity, titleWords } from '#domain/catalogue.ts';

const v = (id: string, r: string, m: string) => ({ id, registerSha256: r.repeat(64), manifestSha256: m.repeat(64) });

describe('catalogue chains', () => {
  const remembered = [v('a', '1', '2'), v('b', '3', '4')];
  it('accepts the same chain and one that adds versions after it', () => {
    expect(compareChains(remembered, remembered)).toEqual({ kind: 'same' });
    expect(compareChains(remembered, [...remembered, v('c', '5', '6')])).toEqual({ kind: 'extends', added: ['c'] });
    expect(compareChains([], remembered)).toEqual({ kind: 'extends', added: ['a', 'b'] });
  });
  it('refuses a chain that lost a version, changed one, or reordered them', () => {
    expect(compareChains(remembered, [remembered[0]!])).toEqual({ kind: 'cut', missing: ['b'] });
    expect(compareChains(remembered, [remembered[0]!, v('b', '3', '9')])).toMatchObject({ kind: 'rewritten', at: 'b' });
    expect(compareChains(remembered, [v('a', '7', '2'), remembered[1]!])).toMatchObject({ kind: 'rewritten', at: 'a' });
    expect(compareChains(remembered, [remembered[1]!, remembered[0]!])).toMatchObject({ kind: 'rewritten', at: 'a' });
  });
});

describe('title likeness', () => {
  it('compares the words that matter, whatever their case and punctuation', () => {
    expect(titleWords('Laporan/Data hasil pelayanan Kalibrasi')).toEqual(['laporan', 'data', 'hasil', 'pelayanan', 'kalibrasi']);
    const s = titleSimilarity(titleWords('Laporan/Data hasil pelayanan Kalibrasi'), titleWords('Data hasil kalibrasi alat ukur'));
    expect(s.shared).toEqual(['data', 'hasil', 'kalibrasi']);
    expect(s.score).toBeCloseTo((2 * 3) / (5 + 5));
  });
  it('groups alike titles of one letter across members, and never titles of different letters', () => {
    const groups = matchGroups(
      [
        { member: 'x', id: '1', title: 'Dokumen perdagangan luar negeri (SKA)', letter: 'b' },
        { member: 'y', id: '2', title: 'Dokumen perdagangan luar negeri', letter: 'b' },
        { member: 'z', id: '3', title: 'Dokumen perdagangan luar negeri', letter: 'h' },
        { member: 'z', id: '4', title: 'Data Hukum disiplin Pegawai', letter: 'b' },
      ],
      ['x', 'y', 'z'],
    );
    const b = groups.filter((g) => g.letter === 'b');
    expect(b.map((g) => g.members)).toEqual([['x', 'y'], ['z']]);
    expect(b[0]!.entries[1]!.score).toBeCloseTo((2 * 4) / (5 + 4));
    expect(groups.find((g) => g.letter === 'h')!.members).toEqual(['z']);
  });
});

describe('title likeness against a hostile register', () => {
  it('stays bounded however many distinct long titles a letter has', () => {
    // Every title 400 words from a pool of 2,000, none alike enough to group: without bounds each
    // entry would be compared with every earlier one, each comparison over 400 words.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    const entries = Array.from({ length: 3_000 }, (_, i) => ({
      member: `m${i % 50}`,
      id: `e${i}`,
      title: Array.from({ length: 400 }, () => `kata${next() % 2_000}`).join(' '),
      letter: 'b',
    }));
    const groups = matchGroups(
      entries,
      Array.from({ length: 50 }, (_, i) => `m${i}`),
    );
    expect(groups.reduce((n, g) => n + g.entries.length, 0)).toBe(entries.length);
  });
});
