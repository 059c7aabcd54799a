// The site describing itself for catalogues (DCAT-AP 3.0 as JSON-LD): the body, its region,
// the register as a dataset with its downloads, and the checkpoint a harvester remembers.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const SITE = 'http://127.0.0.1:4321/';
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
type Node = Record<string, unknown>;
const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'data/katalog.jsonld'), 'utf8')) as Node;
/** Every address in the record, for checking that each names a file of the site. */
const ids = (n: unknown): string[] =>
  Array.isArray(n)
    ? n.flatMap(ids)
    : n && typeof n === 'object'
      ? Object.entries(n).flatMap(([k, v]) => (k === '@id' ? [v as string] : ids(v)))
      : [];

describe('catalogue record (/data/katalog.jsonld)', () => {
  it('is a DCAT-AP catalogue with the mandatory properties, in the official vocabularies', () => {
    const r = read(inject('siteDir'));
    expect(r['@context']).toMatchObject({ dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' });
    expect(r['@type']).toBe('dcat:Catalog');
    // DCAT-AP 3.0 mandatory: Catalogue title, description, publisher; Dataset title, description;
    // Distribution access URL.
    for (const k of ['dct:title', 'dct:description', 'dct:publisher', 'dcat:dataset']) expect(r, k).toHaveProperty(k);
    const [dataset, ...more] = r['dcat:dataset'] as Node[];
    expect(more).toEqual([]);
    for (const k of ['dct:title', 'dct:description', 'dcat:distribution']) expect(dataset, k).toHaveProperty(k);
    for (const d of dataset!['dcat:distribution'] as Node[]) {
      expect(d['@type']).toBe('dcat:Distribution');
      expect(d['dcat:accessURL']).toEqual({ '@id': d['@id'] });
    }
    expect(r['dct:publisher']).toMatchObject({
      '@type': 'foaf:Agent',
      'foaf:name': 'Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur',
    });
    // The region as the body names it; no code the content does not record.
    expect(r['dct:spatial']).toEqual({
      '@type': 'dct:Location',
      'locn:geographicName': { '@language': 'id', '@value': 'Provinsi Nusa Tenggara Timur' },
    });
  });

  it('names the checkpoint: the version in force with its frozen register and manifest, whose SHA-256 match the files', () => {
    const dir = inject('siteDir');
    const dataset = (read(dir)['dcat:dataset'] as Node[])[0]!;
    const current = dataset['dcat:hasCurrentVersion'] as Node;
    expect(current).toMatchObject({
      '@id': `${SITE}versi/dik-2025-03/`,
      'dcat:version': 'dik-2025-03',
      'dct:issued': { '@value': '2025-03', '@type': 'xsd:gYearMonth' },
    });
    const files = current['dcat:distribution'] as Node[];
    expect(files.map((f) => (f['@id'] as string).split('/').pop())).toEqual(['register.json', 'manifest.json']);
    for (const f of files) {
      const local = join(dir, (f['@id'] as string).slice(SITE.length));
      expect((f['spdx:checksum'] as Node)['spdx:checksumValue']).toBe(sha256(local));
    }
    expect((current['spdx:checksum'] as Node)['spdx:checksumValue']).toBe(sha256(join(dir, 'versi/dik-2025-03/register.json')));
  });

  it('every address in it is a page or file of the site (or the body’s own site), and the home page and /data/ point to it', () => {
    const dir = inject('siteDir');
    const local = ids(read(dir)).filter((u) => u.startsWith(SITE));
    expect(local.length).toBeGreaterThan(8);
    for (const u of local) {
      const path = u.slice(SITE.length).replace(/#.*$/, '');
      expect(existsSync(join(dir, path.endsWith('/') || path === '' ? `${path}index.html` : path)), u).toBe(true);
    }
    for (const page of ['index.html', 'data/index.html'])
      expect(readFileSync(join(dir, page), 'utf8')).toContain('<link rel="alternate" type="application/ld+json"');
  });

  it('follows the version in force on the build day in the multi-version fixture', () => {
    const dataset = (read(inject('versionsSiteDir'))['dcat:dataset'] as Node[])[0]!;
    expect((dataset['dcat:hasCurrentVersion'] as Node)['dcat:version']).toBe('fiktif-2026-06');
  });
});
