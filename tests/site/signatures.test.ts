// The electronic signatures of a signed decree, as a version page shows them: frozen when the
// scan was recorded (npm run sk), in plain words; a scan without one says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, inject, it } from 'vitest';

type Node = { nodeName: string; childNodes?: Node[]; value?: string; attrs?: { name: string; value: string }[] };
const text = (n: Node): string => (n.nodeName === '#text' ? n.value! : (n.childNodes ?? []).map(text).join(''));
function all(n: Node, test: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (test(n)) out.push(n);
  for (const c of n.childNodes ?? []) all(c, test, out);
  return out;
}
const page = (dir: string, id: string) => parse(readFileSync(join(dir, 'versi', id, 'index.html'), 'utf8')) as unknown as Node;

describe('signatures on the version page', () => {
  it('a signed decree: who signed, when (by a trusted timestamp), intact, the whole file, the trusted root, revocation not checked', () => {
    const doc = page(inject('narrativeSiteDir'), 'fiktif-2026-01');
    const [section, ...more] = all(
      doc,
      (n) => n.nodeName === 'section' && !!n.attrs?.some((a) => a.name === 'class' && a.value === 'signature'),
    );
    expect(more).toEqual([]);
    const terms = all(section!, (n) => n.nodeName === 'dt').map(text);
    const values = all(section!, (n) => n.nodeName === 'dd').map((d) => text(d).replace(/\s+/g, ' ').trim());
    const facts = Object.fromEntries(terms.map((t, i) => [t, values[i]]));
    expect(text(all(section!, (n) => n.nodeName === 'h4')[0]!)).toBe('Tanda tangan 1: Kepala Dinas Fiktif');
    expect(facts).toMatchObject({
      Kesimpulan: 'Utuh dan terhubung ke sertifikat akar tepercaya (pencabutan sertifikat tidak diperiksa)',
      'Sertifikat diterbitkan oleh': 'Akar Fiktif G1, Otoritas Sertifikat Fiktif',
      'Penanda tangan': 'Kepala Dinas Fiktif, Pemerintah Provinsi Fiktif',
      Keutuhan: 'Isi yang ditandatangani tidak berubah',
      Cakupan: 'Seluruh berkas',
      Sertifikat: 'Terhubung ke sertifikat akar tepercaya: Akar Fiktif G1, Otoritas Sertifikat Fiktif',
      'Pencabutan sertifikat': 'Tidak diperiksa',
    });
    // In the body's time zone, from the timestamp authority.
    expect(facts['Waktu penandatanganan']).toMatch(/^\d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WITAmenurut stempel waktu/);
  });

  it('a scan without a signature says so; a version without a scan says that instead', () => {
    const dir = inject('versionsSiteDir');
    expect(text(page(dir, 'fiktif-2025-09'))).toContain('Tidak ditemukan tanda tangan elektronik pada berkas keputusan ini.');
    const other = text(page(dir, 'fiktif-2026-06'));
    expect(other).toContain('Pindaian keputusan yang ditandatangani belum tersedia di situs ini');
    expect(other).not.toContain('Tanda tangan elektronik');
  });
});
