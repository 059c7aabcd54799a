// The archive PDF read back with the tools an auditor has: qpdf, pdffonts, pdftotext,
// pdfdetach, pdfinfo (Debian's qpdf and poppler-utils).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { canonicalJson, sha256Hex } from '#domain/canonical.ts';
import { checkContent } from '#content/check.ts';
import { createRequire } from 'node:module';
import fontkit from '@cantoo/fontkit';
import { PDFDocument } from '@cantoo/pdf-lib';
import { renderArchivePdf, wrapText } from '#publish/archive-pdf.ts';
import type { RegisterSnapshot } from '#domain/schema/index.ts';
import { syntheticEntries } from '#build/tools/synthetic.ts';
import { publishVersions } from '#publish/versions.ts';
import { SHIPPED } from '../helpers/content.ts';

const require = createRequire(import.meta.url);
const tmp = mkdtempSync(join(tmpdir(), 'ppid-pdf-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

const result = checkContent(SHIPPED);
const decree = result.tree.decrees[0]!;
const snapshot = decree.register!.data!;
const built = join(inject('siteDir'), `versi/${decree.id}/arsip-${decree.id}.pdf`);
const pdfPath = join(tmp, 'arsip.pdf');
writeFileSync(pdfPath, readFileSync(built));
const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdfPath]))![1]);

describe('archive PDF of the shipped register', () => {
  it('passes qpdf --check', () => {
    const r = spawnSync('qpdf', ['--check', pdfPath], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('embeds every font it uses', () => {
    const rows = run('pdffonts', [pdfPath]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
  });

  it("contains every entry's texts", () => {
    // -raw keeps the order in which the text was drawn: cell by cell.
    const text = flat(run('pdftotext', ['-raw', pdfPath, '-']));
    for (const e of snapshot.entries) {
      for (const t of [e.title, e.consequence.opened, e.consequence.closed, e.period.text, ...e.legalBasisText])
        expect(text, `entry ${e.number}`).toContain(flat(t));
    }
  });

  it("opens the document with the body's letterhead as printed, and closes it with the decree's signature block", () => {
    const body = result.tree.body!.data;
    const d = snapshot.decree;
    // The letterhead recorded on the decree (copied from body.json when a decree is made).
    const letterhead = decree.decree!.data.letterhead!;
    expect(letterhead).toEqual(body.letterhead);
    // Page 2 is the register as printed (page 1 is the archive's cover).
    const first = flat(run('pdftotext', ['-raw', '-f', '2', '-l', '2', pdfPath, '-']));
    expect(first.indexOf(flat(letterhead.heading.join(' ')))).toBe(0);
    for (const l of letterhead.contact) expect(first).toContain(flat(l));
    expect(first).toContain(`DAFTAR INFORMASI YANG DIKECUALIKAN ${body.name.toUpperCase()}`);
    const last = flat(run('pdftotext', ['-raw', '-f', String(pages), '-l', String(pages), pdfPath, '-']));
    const signature = [
      `${d.place}, Maret 2025`,
      `${d.signatory.position},`,
      '(tanda tangan pada naskah asli)',
      d.signatory.name,
      d.signatory.rank!,
      `NIP. ${d.signatory.nip}`,
    ];
    let at = -1;
    for (const part of signature) {
      const i = last.indexOf(flat(part), at + 1);
      expect(i, part).toBeGreaterThan(at);
      at = i;
    }
    expect(last).toContain('PARAF HIERARKI');
    for (const i of d.initials) expect(last).toContain(`${i.position}: berparaf`);
    // ☎ is not in Noto Sans: it is set in the symbols font rather than as an empty box.
    expect(run('pdffonts', [pdfPath])).toContain('NotoSansSymbols2-Regular');
  });

  it('shows no internal ids in the rows', () => {
    const text = run('pdftotext', ['-raw', '-f', '2', pdfPath, '-']);
    for (const e of snapshot.entries) expect(text).not.toContain(e.id);
  });

  it('stamps every page with the decree number, the version, the snapshot hash and "halaman x dari y"', () => {
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let i = 1; i <= pages; i++) {
      const page = flat(run('pdftotext', ['-f', String(i), '-l', String(i), pdfPath, '-']));
      expect(page, `page ${i}`).toContain('Keputusan tanpa nomor');
      expect(page, `page ${i}`).toContain(`Versi ${decree.id}`);
      expect(page, `page ${i}`).toContain(`SHA-256 ${decree.register!.sha256}`);
      expect(page, `page ${i}`).toContain(`halaman ${i} dari ${pages}`);
    }
  });

  it('attaches the frozen register.json byte for byte, and the CSV', () => {
    const list = run('pdfdetach', ['-list', pdfPath]);
    expect(list).toMatch(/2 embedded files/);
    expect(list).toContain('register.json');
    expect(list).toContain('dik.csv');
    const dir = mkdtempSync(join(tmp, 'lampiran-'));
    execFileSync('pdfdetach', ['-saveall', pdfPath], { cwd: dir });
    expect(sha256Hex(readFileSync(join(dir, 'register.json')))).toBe(decree.register!.sha256);
    expect(readFileSync(join(dir, 'dik.csv'))).toEqual(readFileSync(join(inject('siteDir'), `versi/${decree.id}/dik.csv`)));
  });

  it('declares PDF/A-3B in its XMP, with metadata from the decree', () => {
    const xmp = run('pdfinfo', ['-meta', pdfPath]);
    expect(xmp).toMatch(/pdfaid:part(>|=")3/);
    expect(xmp).toMatch(/pdfaid:conformance(>|=")B/);
    const info = run('pdfinfo', [pdfPath]);
    expect(info).toMatch(/Title:\s+Daftar Informasi yang Dikecualikan .*tanpa nomor/);
    expect(info).toMatch(/CreationDate:\s+Mon Mar 31 00:00:00 2025 UTC/);
    expect(info).toMatch(/ModDate:\s+Mon Mar 31 00:00:00 2025 UTC/);
    expect(info).toContain('Page size:       841.89 x 595.28 pts (A4)');
  });

  it('is reproducible: rendered again in another process, the bytes are identical', async () => {
    const [v] = await publishVersions(result.tree, result.chain!);
    const again = v!.files.find((f) => f.name.endsWith('.pdf'))!;
    expect(sha256Hex(again.bytes)).toBe(sha256Hex(readFileSync(built)));
  });
});

describe('archive layout on a long register', () => {
  it('repeats the header row, splits an over-long row across pages, and keeps every text', async () => {
    const entries = syntheticEntries(80, 7);
    // One entry far taller than a page.
    entries[10] = {
      ...entries[10]!,
      consequence: { ...entries[10]!.consequence, opened: Array.from({ length: 400 }, (_, i) => `kata${i}`).join(' ') },
    };
    const snap: RegisterSnapshot = { ...snapshot, decreeId: 'fiktif-panjang', entries, previousSha256: null };
    const json = canonicalJson(snap);
    const bytes = await renderArchivePdf({
      snapshot: snap,
      registerJson: json,
      registerSha256: sha256Hex(json),
      csv: 'a\r\n',
      bodyName: 'Badan Publik Fiktif',
    });
    const path = join(tmp, 'panjang.pdf');
    writeFileSync(path, bytes);
    expect(spawnSync('qpdf', ['--check', path]).status).toBe(0);
    const n = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [path]))![1]);
    expect(n).toBeGreaterThan(5);
    // Every page up to the signature block repeats the header row; every page is stamped.
    const texts = Array.from({ length: n }, (_, i) => run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), path, '-']));
    const signed = texts.findIndex((t) => t.includes('(tanda tangan pada naskah asli)')) + 1;
    expect(signed).toBeGreaterThan(5);
    for (let i = 2; i <= n; i++) {
      const page = texts[i - 1]!;
      if (i < signed) expect(page, `page ${i}`).toContain('Konsekuensi jika Dibuka');
      expect(page, `page ${i}`).toContain(`halaman ${i} dari ${n}`);
    }
    // The synthetic narratives follow, after the signature.
    expect(entries.some((e) => e.narrative)).toBe(true);
    expect(texts.findIndex((t) => t.includes('URAIAN UJI KONSEKUENSI')) + 1).toBeGreaterThanOrEqual(signed);
    const text = flat(run('pdftotext', ['-raw', path, '-']));
    expect(text).toContain('kata0 kata1');
    expect(text).toContain('kata399');
    // A title split across a page break has other cells between its halves: its words in order.
    const inOrder = (words: string[]) => {
      let at = 0;
      for (const w of words) {
        at = text.indexOf(w, at);
        if (at < 0) return false;
        at += w.length;
      }
      return true;
    };
    for (const e of entries) expect(inOrder(flat(e.title).split(' ')), e.title).toBe(true);
  });
});

describe('shaping a word at a time, text written directly, pages kept as bytes', () => {
  it("give the very bytes of pdf-lib's own path (shipped register and a synthetic one)", async () => {
    const shipped = readFileSync(join(SHIPPED, 'decrees/dik-2025-03/register.json'), 'utf8');
    const entries = syntheticEntries(120, 3);
    // Punctuation, double spaces and non-ASCII letters, where a shaper could join across words.
    entries[0] = { ...entries[0]!, title: 'Data “rahasia”  pribadi — NIK, fi/fl, é à ü; 100% (ayat 1)' };
    // Characters pdf-lib cleans (next line, backspace) or breaks lines at (form feed) before drawing.
    entries[1] = { ...entries[1]!, title: 'Arsip\u0085lama\bbaru\fakhir \u2028 selesai' };
    const synth = canonicalJson({ ...snapshot, decreeId: 'fiktif-bentuk', entries, previousSha256: null });
    for (const json of [shipped, synth]) {
      const input = {
        snapshot: JSON.parse(json) as RegisterSnapshot,
        registerJson: json,
        registerSha256: sha256Hex(json),
        csv: 'a\r\n',
        bodyName: 'Badan Publik Fiktif',
      };
      const fast = sha256Hex(await renderArchivePdf(input));
      expect(sha256Hex(await renderArchivePdf(input, { shapeByWord: false }))).toBe(fast);
      expect(sha256Hex(await renderArchivePdf(input, { compactPages: false }))).toBe(fast);
      expect(sha256Hex(await renderArchivePdf(input, { shapeByWord: false, compactPages: false }))).toBe(fast);
      expect(sha256Hex(await renderArchivePdf(input, { directText: false }))).toBe(fast);
      expect(sha256Hex(await renderArchivePdf(input, { shapeByWord: false, compactPages: false, directText: false }))).toBe(fast);
    }
  });
});

describe('wrapping a word longer than a line', () => {
  it('cuts a 100,000-character token into lines that each fit, losing nothing (its time is in npm run bench:pdf)', async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont(readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff')), {
      subset: true,
    });
    const token = 'a1b2c3d4e5f6'.repeat(8334).slice(0, 100_000);
    const lines = wrapText(`Kode ${token} selesai`, font, 8, 120);
    expect(lines.join('').replace(/\s/g, '')).toBe(`Kode${token}selesai`);
    for (const l of lines) expect(font.widthOfTextAtSize(l, 8)).toBeLessThanOrEqual(120.5);
    expect(lines.length).toBeGreaterThan(100_000 / 40);
  });
});
