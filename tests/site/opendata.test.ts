// The downloads, read back and compared with the frozen register they come from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { loadContent } from '#content/load.ts';
import { CSV_COLUMNS, openDataSchema } from '#publish/open-data.ts';
import { SHIPPED } from '../helpers/content.ts';

const dir = inject('siteDir');
const tree = loadContent(SHIPPED);
const decree = tree.decrees[0]!;
const frozen = decree.register!.data!.entries;

describe('open data', () => {
  const json = JSON.parse(readFileSync(join(dir, 'data/dik.json'), 'utf8'));

  it('dik.json is the frozen register in force, with its hash', () => {
    expect(openDataSchema.safeParse(json).success).toBe(true);
    expect(json.registerSha256).toBe(decree.decree!.data.register.sha256);
    expect(json.decree.id).toBe(decree.id);
    expect(json.decree.number).toBeNull();
    expect(json.entries.map(({ letters: _l, url: _u, ...e }: Record<string, unknown>) => e)).toEqual(frozen);
    expect(json.entries.map((e: { url: string }) => e.url)).toEqual(frozen.map((e) => `/dik/${e.id}/`));
  });

  it('dik.schema.json is a valid JSON Schema that accepts dik.json and rejects a broken copy', () => {
    const schema = JSON.parse(readFileSync(join(dir, 'data/dik.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(json);
    broken.entries[0].period.kind = 'selamanya';
    expect(validate(broken)).toBe(false);
    const badDate = structuredClone(json);
    badDate.decree.inForceFrom = '31 Maret 2025';
    expect(validate(badDate)).toBe(false);
  });

  it('dik.csv: UTF-8 with BOM, CRLF, one row per entry with the texts of the register', () => {
    const raw = readFileSync(join(dir, 'data/dik.csv'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString('utf8');
    expect(text).toContain('\r\n');
    const rows: string[][] = parse(text, { bom: true });
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(frozen.length + 1);
    frozen.forEach((e, i) => {
      const r = rows[i + 1]!;
      expect(r[0]).toBe(String(e.number));
      expect(r[1]).toBe(e.id);
      expect(r[2]).toBe(e.title);
      expect(r[3]).toBe(e.legalBasisText.join('; '));
      expect(r[6]).toBe(e.consequence.opened);
      expect(r[7]).toBe(e.consequence.closed);
      expect(r[8]).toBe(e.period.text);
      expect(r[12]).toMatch(new RegExp(`/dik/${e.id}/$`));
    });
  });

  it('feed.xml is Atom with one entry per decree', () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(dir, 'feed.xml'), 'utf8')).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries = [feed.entry].flat();
    expect(entries).toHaveLength(tree.decrees.length);
    expect(entries[0].title).toContain('tanpa nomor');
    expect(entries[0].updated).toBe('2025-03-31T00:00:00Z');
  });
});
