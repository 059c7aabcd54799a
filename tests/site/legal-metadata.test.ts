// Every version as legal publishers describe one: schema.org Legislation on its page (checked
// against the schema.org vocabulary), a JDIHN record, and the identifiers they share.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadContent } from '#content/load.ts';
import { jsonLdText, legislationJsonLd } from '#publish/legal-metadata.ts';
import { SHIPPED } from '../helpers/content.ts';
import { schemaOrgProblems } from '../helpers/schemaorg.ts';

const SITE = 'http://127.0.0.1:4321/';

function jsonLdOf(dir: string, versionId: string): Record<string, unknown>[] {
  const html = readFileSync(join(dir, 'versi', versionId, 'index.html'), 'utf8');
  return [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

describe('schema.org Legislation on version pages', () => {
  it('the validator knows the vocabulary: it refuses a property of another type, a wrong value, an unknown term', () => {
    const bad = {
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      legislationLegalValue: 'https://schema.org/OfficialLegalValue', // only on LegislationObject
      legislationLegalForce: 'https://schema.org/OfficialLegalValue', // a legal value, not a force
      legislationDate: 'Maret 2025',
      legislationPassedBy: { '@type': 'Place', name: 'Kupang' },
      nomorKeputusan: '1',
    };
    expect(schemaOrgProblems(bad)).toEqual([
      '$.legislationLegalValue: not a property of Legislation (only of LegislationObject)',
      '$.legislationLegalForce: OfficialLegalValue is not a LegalForceStatus',
      '$.legislationDate: "Maret 2025" is not a Date',
      '$.legislationPassedBy: a Place where Organization or Person is expected',
      '$.nomorKeputusan: not a schema.org property',
    ]);
  });

  it('the shipped version: valid Legislation, in force, its number unknown so its id stands in, its files with their hashes', () => {
    const [ld, ...more] = jsonLdOf(inject('siteDir'), 'dik-2025-03');
    expect(more).toEqual([]);
    expect(schemaOrgProblems(ld)).toEqual([]);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': `${SITE}versi/dik-2025-03/`,
      legislationIdentifier: 'dik-2025-03',
      legislationDate: '2025-03',
      legislationLegalForce: 'https://schema.org/InForce',
      legislationPassedBy: { '@type': 'Person', name: 'Dr. Dr. Zet Libing, M.Si' },
      inLanguage: 'id',
    });
    // Nothing the seed does not say: no effective date, no version before it.
    expect(ld).not.toHaveProperty('legislationDateOfApplicability');
    expect(ld).not.toHaveProperty('legislationChanges');
    const sums = readFileSync(join(inject('siteDir'), 'versi/dik-2025-03/SHA256SUMS'), 'utf8');
    for (const e of ld!.encoding as { contentUrl: string; sha256: string; legislationLegalValue: string }[]) {
      expect(sums).toContain(`${e.sha256}  ${e.contentUrl.split('/').pop()}`);
      // No signed decree is published for it: every file is this site's rendering.
      expect(e.legislationLegalValue).toBe('https://schema.org/UnofficialLegalValue');
    }
  });

  it('each version of the multi-version fixture: valid, its legal force on the build day, legislationChanges to the one before', () => {
    const dir = inject('versionsSiteDir');
    const expected: [string, string, string | null, string][] = [
      ['dik-2025-03', 'NotInForce', null, 'dik-2025-03'],
      ['fiktif-2025-09', 'NotInForce', 'dik-2025-03', 'FIKTIF/1/2025'],
      ['fiktif-2026-06', 'InForce', 'fiktif-2025-09', 'FIKTIF/3/2026'],
      ['fiktif-2099-01', 'NotInForce', 'fiktif-2026-06', 'FIKTIF/2/2099'],
    ];
    for (const [id, force, previous, number] of expected) {
      const [ld] = jsonLdOf(dir, id);
      expect(schemaOrgProblems(ld), id).toEqual([]);
      expect(ld!.legislationLegalForce, id).toBe(`https://schema.org/${force}`);
      expect(ld!.legislationIdentifier, id).toBe(number);
      expect(ld!.legislationChanges ?? null, id).toEqual(previous ? { '@id': `${SITE}versi/${previous}/` } : null);
    }
    expect(jsonLdOf(dir, 'fiktif-2025-09')[0]!.legislationDateOfApplicability).toBe('2025-09-15');
    // The signed decree is the one official file.
    const values = (jsonLdOf(dir, 'fiktif-2025-09')[0]!.encoding as { contentUrl: string; legislationLegalValue: string }[]).map((e) => [
      e.contentUrl.split('/').pop(),
      e.legislationLegalValue.replace('https://schema.org/', ''),
    ]);
    expect(values).toContainEqual(['sk.pdf', 'OfficialLegalValue']);
    expect(values.filter(([, v]) => v === 'OfficialLegalValue')).toHaveLength(1);
  });

  it('text from content cannot close the script element', () => {
    const data = { ...loadContent(SHIPPED).decrees[0]!.decree!.data, title: '</script><script>alert(1)</script><!--' };
    const v = { id: 'v', data, status: 'in-force' as const, previousId: null, nextId: null, files: [] };
    const text = jsonLdText(legislationJsonLd(v, { siteUrl: SITE, base: '', body: { name: 'x' } }));
    expect(text).not.toMatch(/</);
    expect(JSON.parse(text).name).toBe(data.title);
    const page = readFileSync(join(inject('siteDir'), 'versi/dik-2025-03/index.html'), 'utf8');
    expect(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page)).not.toBeNull();
  });
});

describe('JDIHN records', () => {
  it('the shipped version: the JDIHN fields, with what the decree does not say left null', () => {
    const [r, ...more] = JSON.parse(readFileSync(join(inject('siteDir'), 'data/jdihn.json'), 'utf8'));
    expect(more).toEqual([]);
    expect(r).toMatchObject({
      idData: 'dik-2025-03',
      judul: 'Daftar Informasi yang Dikecualikan Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur',
      jenis: null,
      noPeraturan: null,
      tahun_pengundangan: '2025',
      tanggal_pengundangan: null, // a decree is established, never promulgated
      tanggal_penetapan: '2025-03',
      tempatTerbit: 'Kupang',
      status: 'Berlaku',
      bahasa: 'Indonesia',
      teuBadan: 'Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur',
      urlDetailPeraturan: `${SITE}versi/dik-2025-03/`,
      // No signed decree is published for it: no document file is claimed, only this site's archive.
      fileDownload: null,
      urlDownload: null,
      urlArsip: `${SITE}versi/dik-2025-03/arsip-dik-2025-03.pdf`,
    });
  });

  it('statuses on the build day, and the signed scan as the download where there is one', () => {
    const records = JSON.parse(readFileSync(join(inject('versionsSiteDir'), 'data/jdihn.json'), 'utf8')) as Record<string, string>[];
    expect(records.map((r) => [r.idData, r.status, r.keteranganStatus])).toEqual([
      ['dik-2025-03', 'Tidak Berlaku', 'Digantikan oleh versi fiktif-2025-09'],
      ['fiktif-2025-09', 'Tidak Berlaku', 'Digantikan oleh versi fiktif-2026-06'],
      [
        'fiktif-2026-06',
        'Berlaku',
        'Berlaku sejak 15 Juni 2026 (keputusan tidak menyebut tanggal berlaku; dihitung dari tanggal penetapan)',
      ],
      ['fiktif-2099-01', 'Tidak Berlaku', 'Sudah ditetapkan, belum berlaku (berlaku mulai 2 Januari 2099)'],
    ]);
    expect(records[1]!.fileDownload).toBe('sk.pdf');
    expect(records[1]!.tanggal_pengundangan).toBeNull();
    expect(records[1]!.tanggal_penetapan).toBe('2025-09-01');
  });
});
