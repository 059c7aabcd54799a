// The build reads the content in two steps (frozen versions first, for the archives; then the
// working copy) and hands the check's parse of the working copy to the collection loader.
// Both must give exactly what one read gives, and the parse must only ever be used for the
// very text it was made from.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '#content/check.ts';
import { loadContent, withExemptions, type ContentTree } from '#content/load.ts';
import { offerParsed, offeredFor, takeParsed } from '#content/offered.ts';
import { contentCopy, fixture, SHIPPED } from '../helpers/content.ts';

/** What a tree holds, without its functions (line lookups). */
const plain = (t: ContentTree) => JSON.parse(JSON.stringify(t));

describe('reading the content in two steps', () => {
  it('gives the same tree, problems and check result as one read (shipped content)', () => {
    const two = withExemptions(loadContent(SHIPPED, { skipExemptions: true }));
    expect(plain(two)).toEqual(plain(loadContent(SHIPPED)));
    const a = checkContent(two);
    const b = checkContent(SHIPPED);
    expect(a.problems).toEqual(b.problems);
    expect(a.chain?.map((d) => d.id)).toEqual(b.chain?.map((d) => d.id));
  });

  it('gives the same problems as one read when an entry file is broken', () => {
    const c = contentCopy();
    try {
      c.write('exemptions/huruf-k.mdx', fixture('bad/huruf-k.mdx'));
      const two = checkContent(withExemptions(loadContent(c.root, { skipExemptions: true })));
      const one = checkContent(c.root);
      expect(two.counts.error).toBeGreaterThan(0);
      expect(two.problems).toEqual(one.problems);
    } finally {
      c.cleanup();
    }
  });

  it('reads no entry file in the first step', () => {
    const head = loadContent(SHIPPED, { skipExemptions: true });
    expect(head.exemptions).toEqual([]);
    expect(head.decrees.length).toBeGreaterThan(0);
  });
});

describe("the check's parse, offered to the collection loader", () => {
  const tree = loadContent(SHIPPED, { exemptionsOnly: true });
  const e = tree.exemptions[0]!;
  const text = readFileSync(join(SHIPPED, 'exemptions', `${e.id}.mdx`), 'utf8');
  const offer = new Map([[e.id, { id: e.id, textSha256: e.textSha256, data: e.data, body: e.body }]]);

  it('is used for the very text it was made from', () => {
    expect(offeredFor(offer, e.id, text)?.data).toEqual(e.data);
  });

  it('is not used once the file has changed, by one character', () => {
    expect(offeredFor(offer, e.id, text.replace(/title: (.)/, 'title: X$1'))).toBeUndefined();
    expect(offeredFor(offer, 'another-entry', text)).toBeUndefined();
    expect(offeredFor(null, e.id, text)).toBeUndefined();
  });

  it('is taken once, and only for the same content root', () => {
    offerParsed(SHIPPED, [...offer.values()]);
    expect(takeParsed(join(SHIPPED, '..', 'other'))).toBeNull();
    offerParsed(SHIPPED, [...offer.values()]);
    expect(takeParsed(`${SHIPPED}/`)?.get(e.id)?.body).toBe(e.body);
    expect(takeParsed(SHIPPED)).toBeNull();
  });
});
