// The register as CSV, for spreadsheets: texts that a spreadsheet would run as formulas are
// written so that it shows them as text (issue 13).
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadContent } from '#content/load.ts';
import { toRegisterEntries } from '#domain/register.ts';
import { registerCsv } from '#publish/open-data.ts';
import { SHIPPED } from '../helpers/content.ts';

const [entry] = toRegisterEntries(loadContent(SHIPPED).exemptions);
const csvOf = (patch: Partial<typeof entry>) =>
  parse(registerCsv([{ ...entry!, ...patch, letters: [] }], (id) => `/dik/${id}/`).replace(/^\uFEFF/, ''), {
    relax_column_count: true,
  }) as string[][];

describe('CSV cells a spreadsheet would run', () => {
  it.each(['=HYPERLINK("https://contoh.invalid","klik")', '+62 812 3456', '-2+3', '@SUM(A1)', '\t=1+1', ' =1+1', '\n=1+1'])(
    '%j is written as text',
    (title) => {
      const [, row] = csvOf({ title });
      expect(row![2]).toBe(`'${title}`);
    },
  );

  it('other text is written as it is', () => {
    const [, row] = csvOf({ title: 'Data pegawai = rahasia' });
    expect(row![2]).toBe('Data pegawai = rahasia');
  });
});
