// Legal bases as other public bodies wrote them (tests/fixtures/corpus: verbatim rows of their
// published registers, with sources): what a careful examiner reads in each, and nothing named
// in a cell lost on the way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBasis as parseBasisWith } from '#domain/citation-parse.ts';
import { FIXTURES, shippedCatalogue } from '../helpers/content.ts';

// The importer as the import CLI runs it: with the shipped catalogue of laws.
const CAT = await shippedCatalogue();
const parseBasis = (text: string) => parseBasisWith(text, CAT);

const corpus = JSON.parse(readFileSync(join(FIXTURES, 'corpus/dik-rows.json'), 'utf8')) as {
  body: string;
  row: { dasarHukum: string | null };
}[];
const cells = [...new Set(corpus.map((r) => r.row.dasarHukum).filter((c): c is string => Boolean(c)))];
const cell = (start: string) => {
  const found = cells.find((c) => c.startsWith(start));
  if (!found) throw new Error(`no corpus cell starts with: ${start}`);
  return found;
};
const kip = (letter: string, items?: number[]) => ({ law: 'uu-14-2008', article: '17', letter, ...(items ? { items } : {}) });

describe('legal bases of other bodies’ registers', () => {
  it('several letters after one "huruf" (IAIN Parepare): each letter is a ground', () => {
    expect(parseBasis(cell('UU 14/2008 Pasal 17 huruf a, c')).citations).toEqual([kip('a'), kip('c')]);
  });

  it('the law first, then the article, then another law (FK UIN Syarif Hidayatullah): both laws, the letter with UU 14/2008', () => {
    expect(parseBasis(cell('UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik Pasal 17 huruf d UU 15')).citations).toEqual([
      kip('d'),
      { law: 'uu-15-2004' },
    ]);
  });

  it('an amending law after UU 14/2008 in one item (UNESA): the amending law cited, the amended one only named in its title', () => {
    const b = parseBasis(cell('Pasal 17 (g), (h) angka 3 Undang-Undang Nomor 14 Tahun 2008'));
    expect(b.citations).toEqual([kip('g'), kip('h', [3]), { law: 'uu-19-2016' }]);
  });

  it('numbered items on one line (ISBI Tanah Papua): another law’s article letter is never a Pasal 17 letter', () => {
    expect(parseBasis(cell('1. Pasal 44 ayat (1) huruf h Undang-Undang No. 43 Tahun 2009')).citations).toEqual([
      { law: 'uu-43-2009', article: '44', paragraph: '1', letter: 'h' },
      { law: 'pp-61-2010' },
    ]);
  });

  it('a law named only by its common name (IAIN Parepare) is found through the catalogue', () => {
    const b = parseBasis(cell('UU 14/2008 Pasal 17 huruf h; UU Perlindungan Data Pribadi'));
    expect(b.citations).toEqual([kip('h'), { law: 'uu-27-2022' }]);
    expect(b.unread).toEqual([]);
  });

  it('a decree number as the basis (KPU Kabupaten Kudus) is reported, not guessed', () => {
    const b = parseBasis(cell('169/Kpts/KPU'));
    expect(b.citations).toEqual([]);
    expect(b.unread).toHaveLength(1);
  });

  it('nothing named is lost: every UU or PP a cell names is cited, reported as unread, or the amended law in a title', () => {
    const NAMED = /\b(UU|Undang-Undang|PP|Peraturan Pemerintah)\s*(?:Nomor|No\.?)?\s*(\d+)\s*(?:Tahun|\/)\s*(\d{4})/gi;
    const lost = cells.flatMap((c) => {
      const b = parseBasis(c);
      return [...c.matchAll(NAMED)].flatMap((m) => {
        const id = `${/^(PP|Peraturan)/i.test(m[1]!) ? 'pp' : 'uu'}-${Number(m[2])}-${m[3]}`;
        const amended = /perubahan(?:\s+\w+)?\s+atas\s*$/i.test(c.slice(Math.max(0, m.index - 40), m.index));
        const kept = b.citations.some((x) => x.law === id) || b.unread.some((u) => u.includes(m[0]));
        return kept || amended ? [] : [`${id} in: ${c.slice(0, 80)}`];
      });
    });
    expect(cells.length).toBeGreaterThanOrEqual(25);
    expect(lost).toEqual([]);
  });
});
