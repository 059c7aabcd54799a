// A misspelling in the body's documents is quoted as printed and marked [sic]: whole words
// only, in any case, and the text itself never changes.
import { describe, expect, it } from 'vitest';
import { loadContent } from '#content/load.ts';
import { markSic } from '#domain/sic.ts';
import { SHIPPED } from '../helpers/content.ts';

const sic = loadContent(SHIPPED).body!.data.sic;

describe('[sic]', () => {
  it('marks each listed word, whole and in any case, and keeps every character of the text', () => {
    const text = 'Penetapan SK Penetapan dan Pemuktahiran; pemuktahiran, pemuktahirannya';
    const parts = markSic(text, sic);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.meant).map((p) => [p.text, p.meant])).toEqual([
      ['Pemuktahiran', 'pemutakhiran'],
      ['pemuktahiran', 'pemutakhiran'],
    ]);
  });

  it("finds the shipped register's misspelling where it is printed, and nothing in texts without one", () => {
    const tree = loadContent(SHIPPED);
    const marked = tree.decrees[0]!.register!.data!.entries.flatMap((e) =>
      [e.title, e.consequence.opened, e.consequence.closed, e.period.text, ...e.legalBasisText].flatMap((t) =>
        markSic(t, sic)
          .filter((p) => p.meant)
          .map((p) => `${e.number}: ${p.text}`),
      ),
    );
    expect(marked).toEqual(['2: penyalagunaan']);
    expect(markSic('tanpa kata salah', sic)).toEqual([{ text: 'tanpa kata salah' }]);
    expect(markSic('apa saja', {})).toEqual([{ text: 'apa saja' }]);
  });
});
