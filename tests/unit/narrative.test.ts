// An entry's narrative is MDX read as data, never compiled: the safe subset (Markdown, GFM
// tables, web links, <Pasal>) renders; code, HTML and anything else is refused with its line
// by the check and shown as literal text if it ever reaches a page.
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#content/check.ts';
import { canonicalJson } from '#domain/canonical.ts';
import { loadContent } from '#content/load.ts';
import { narrativeBlocks, parseNarrative, parsePasalRef } from '#domain/narrative.ts';
import { narrativeHtml } from '#site/narrative-html.ts';
import { formatProblemLine } from '#content/report.ts';
import { contentCopy, fixture, REPO, SHIPPED } from '../helpers/content.ts';

const laws = new Map(loadContent(SHIPPED).laws.map((l) => [l.id, l.data]));

let copy: ReturnType<typeof contentCopy> | null = null;
afterEach(() => {
  copy?.cleanup();
  copy = null;
});

describe('the safe subset', () => {
  it('reads a Pasal reference: law, article, ayat, letter, item', () => {
    expect(parsePasalRef('uu-14-2008/17/h/2')).toEqual({ law: 'uu-14-2008', article: '17', letter: 'h', items: [2] });
    expect(parsePasalRef('uu-14-2008/20/ayat-1')).toEqual({ law: 'uu-14-2008', article: '20', paragraph: '1' });
    expect(parsePasalRef('uu-11-2008')).toEqual({ law: 'uu-11-2008' });
    for (const bad of ['', 'uu 14 2008', 'uu-14-2008/17/H', 'uu-14-2008/17/h/x', '../etc/passwd']) expect(parsePasalRef(bad)).toBeNull();
  });

  it('refuses import, export, expressions and expression attributes as code, each with its line', () => {
    const n = parseNarrative(
      ['Baris satu.', '', "import x from 'y'", '', 'export const a = 1', '', 'Nilai {1 + 1}.', '', "<Pasal ref={'a'} />"].join('\n'),
    );
    expect(n.problems.map((p) => [p.kind, p.line])).toEqual([
      ['code', 3],
      ['code', 5],
      ['code', 7],
      ['code', 9],
    ]);
    for (const p of n.problems) expect(p.message).toMatch(/kode program/);
  });

  it('refuses HTML, other components, images, footnotes and links that are not web addresses', () => {
    const n = parseNarrative(
      [
        '<script>alert(1)</script>',
        '',
        '<Foo />',
        '',
        '![x](https://example.org/a.png)',
        '',
        'Catatan[^1].',
        '',
        '[^1]: isi',
        '',
        '[a](javascript:alert(1)) [b](/dik/) [c](https://example.org/) [d](mailto:ppid@example.go.id)',
      ].join('\n'),
    );
    const said = n.problems.map((p) => `${p.line}: ${p.message}`);
    expect(said).toEqual([
      expect.stringMatching(/^1: .*tag HTML <script>/),
      expect.stringMatching(/^3: Komponen <Foo> tidak dikenal/),
      expect.stringMatching(/^5: .*gambar/),
      expect.stringMatching(/^7: .*catatan kaki/),
      expect.stringMatching(/^9: .*catatan kaki/),
      expect.stringMatching(/^11: Tautan ke "javascript:alert\(1\)"/),
      expect.stringMatching(/^11: Tautan ke "\/dik\/"/),
    ]);
  });

  it('checks what a refused link holds: an image or code inside it is refused too, and its words stay', () => {
    const n = parseNarrative(
      '[![t](https://evil.example/p.png)](javascript:alert(1))\n\n[{alert(1)}](javascript:x)\n\n[<b>kata</b>](javascript:y)',
    );
    expect(n.problems.map((p) => `${p.line} ${p.kind} ${p.message.slice(0, 30)}`)).toEqual([
      expect.stringMatching(/^1 markup Tautan ke "javascript/),
      expect.stringMatching(/^1 markup Uraian memuat gambar/),
      expect.stringMatching(/^3 markup Tautan ke "javascript/),
      expect.stringMatching(/^3 code /),
      expect.stringMatching(/^5 markup Tautan ke "javascript/),
      expect.stringMatching(/^5 markup .*tag HTML/),
    ]);
    const html = narrativeHtml('[![t](https://evil.example/p.png)](javascript:alert(1)) [<b>kata</b>](javascript:y)', laws);
    expect(html).not.toMatch(/<img|<b>|href="javascript/);
    expect(html).toContain('![t](https://evil.example/p.png)');
    expect(html).toContain('&#x3C;b>kata&#x3C;/b>');
  });

  it('refuses an attribute written twice, which the check and the page could read differently', () => {
    const n = parseNarrative('Lihat <Pasal ref="bukan rujukan!" ref="uu-14-2008/17/h" />.');
    expect(n.problems).toEqual([
      expect.objectContaining({ line: 1, kind: 'markup', message: expect.stringMatching(/ref ditulis dua kali/) }),
    ]);
    expect(n.pasal).toEqual([]);
    // Also when the first one has no value.
    expect(parseNarrative('<Pasal ref ref="uu-14-2008/17/h" />').problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/ref ditulis dua kali/),
    ]);
  });

  it('reports text that is not valid MDX with its line, and keeps the words', () => {
    const n = parseNarrative('Paragraf satu.\n\nKurung { tanpa pasangan');
    expect(n.problems).toHaveLength(1);
    expect(n.problems[0]).toMatchObject({ line: 3, kind: 'markup' });
    expect(n.problems[0]!.message).toMatch(/tidak dapat dibaca sebagai MDX/);
    expect(narrativeBlocks(n, () => ({ label: '', text: null })).map((b) => b.runs.map((r) => r.text).join(''))).toEqual([
      'Paragraf satu.',
      'Kurung { tanpa pasangan',
    ]);
  });
});

describe('rendering', () => {
  const source = [
    '## Pertimbangan',
    '',
    'Dikecualikan karena **data pribadi** dan _rahasia_:',
    '',
    '- satu, lihat <Pasal ref="uu-14-2008/17/h/2" />;',
    '- dua.',
    '',
    '<Pasal ref="uu-14-2008/17/h" />',
    '',
    '| Jenis | Dibuka bila |',
    '|---|---|',
    '| putusan | ada persetujuan |',
    '',
    '[Komisi Informasi](https://komisiinformasi.go.id/)',
  ].join('\n');

  it('renders headings under the page, lists, emphasis, a table, a link and both forms of <Pasal> as HTML', () => {
    const html = narrativeHtml(source, laws);
    expect(html).toContain('<h4>Pertimbangan</h4>');
    expect(html).toContain('<strong>data pribadi</strong>');
    expect(html).toContain('<em>rahasia</em>');
    expect(html).toMatch(
      /<ul>\s*<li>satu, lihat <span class="pasal"><a href="\/dasar-hukum\/uu-14-2008\/#pasal-17-huruf-h">Pasal 17 huruf h angka 2 UU 14\/2008<\/a>: <q>riwayat, kondisi/,
    );
    expect(html).toMatch(/<figure class="pasal"><blockquote><p>Informasi Publik yang apabila dibuka/);
    expect(html).toContain('<strong>angka 5:</strong>');
    expect(html).toMatch(/<table class="plain-table"><thead><tr>\s*<th>Jenis<\/th>/);
    expect(html).toContain('<a href="https://komisiinformasi.go.id/">Komisi Informasi</a>');
  });

  it('shows refused markup as escaped text: no tag, no script address, no expression result', () => {
    const html = narrativeHtml(fixture('bad/uraian-kode.mdx').split(/^---$/m)[2]!, laws);
    expect(html).not.toMatch(/<script|<Pasal|href="javascript/i);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('import { writeFileSync }');
    expect(html).toContain('{writeFileSync(');
    expect(html).toContain('klik');
  });

  it('flattens for the archive PDF: markers, styles, table rows, link addresses and quoted provisions', () => {
    const blocks = narrativeBlocks(parseNarrative(source), (_c, ref) => ({ label: `L(${ref})`, text: `T(${ref})` }));
    const styled = (r: { text: string; bold?: boolean; italic?: boolean }) => (r.bold ? `*${r.text}*` : r.italic ? `_${r.text}_` : r.text);
    const said = blocks.map((b) => `${b.kind}${b.marker ? ` ${b.marker}` : ''}: ${b.runs.map(styled).join('')}`);
    expect(said).toEqual([
      'heading: *Pertimbangan*',
      'paragraph: Dikecualikan karena *data pribadi* dan _rahasia_:',
      'item •: satu, lihat L(uu-14-2008/17/h/2): “T(uu-14-2008/17/h/2)”;',
      'item •: dua.',
      'quote: L(uu-14-2008/17/h): “T(uu-14-2008/17/h)”',
      'row: *Jenis* | *Dibuka bila*',
      'row: putusan | ada persetujuan',
      'paragraph: Komisi Informasi (https://komisiinformasi.go.id/)',
    ]);
    // A reference-style link prints its address too.
    const ref = narrativeBlocks(parseNarrative('Lihat [laman KI][ki].\n\n[ki]: https://komisiinformasi.go.id/'), () => ({
      label: '',
      text: null,
    }));
    expect(ref.map((b) => b.runs.map((r) => r.text).join(''))).toEqual(['Lihat laman KI (https://komisiinformasi.go.id/).']);
  });
});

describe('npm run check on a hostile narrative', () => {
  it('names each piece of code with its file line, and an unknown <Pasal> law, as errors', () => {
    copy = contentCopy();
    copy.write('exemptions/uraian-kode.mdx', fixture('bad/uraian-kode.mdx'));
    const ps = checkContent(copy.root, { today: '2026-11-21' }).problems.filter(
      (p) => p.file.endsWith('uraian-kode.mdx') && p.severity === 'error',
    );
    expect(ps.map((p) => `${p.line} ${p.rule}`)).toEqual([
      '18 narrative-code',
      '20 narrative-code',
      '22 narrative-code',
      '24 narrative-code',
      '26 narrative-markup',
      '28 narrative-markup',
      '28 narrative-markup',
    ]);
    expect(ps.at(-1)!.message).toMatch(/uu-99-2099.*tidak ada di content\/laws/);
  });

  it('checks the narratives of frozen versions too: a rewritten register.json cannot carry code past it', () => {
    copy = contentCopy();
    const reg = JSON.parse(copy.read('decrees/dik-2025-03/register.json')) as { entries: { narrative: string }[] };
    reg.entries[1]!.narrative = "Teks.\n\nimport x from 'y'\n\n[klik](javascript:alert(1))";
    copy.write('decrees/dik-2025-03/register.json', canonicalJson(reg));
    const ps = checkContent(copy.root, { today: '2026-11-21' }).problems.filter((p) => p.rule.startsWith('narrative-'));
    expect(ps.map((p) => [p.rule, p.file.endsWith('decrees/dik-2025-03/register.json'), p.field, p.message.slice(0, 60)])).toEqual([
      [
        'narrative-code',
        true,
        'entries[1].narrative',
        expect.stringMatching(/^Uraian entri data-hukum-disiplin-pegawai, baris 3 uraiannya/),
      ],
      [
        'narrative-markup',
        true,
        'entries[1].narrative',
        expect.stringMatching(/^Uraian entri data-hukum-disiplin-pegawai, baris 5 uraiannya/),
      ],
    ]);
    expect(ps.every((p) => p.severity === 'error' && p.line !== undefined)).toBe(true);
  });

  it('refuses the change from the CLI and from the build, and nothing in the narrative ever runs', () => {
    copy = contentCopy();
    copy.write('exemptions/uraian-kode.mdx', fixture('bad/uraian-kode.mdx'));
    const marker = join(tmpdir(), `ppid-dik-pwned-${process.pid}`);
    rmSync(marker, { force: true });
    const env = { ...process.env, PPID_PWNED_MARKER: marker, NO_COLOR: '1' };
    const check = spawnSync(process.execPath, ['scripts/check.ts', '--content', copy.root, '--today', '2026-11-21'], {
      cwd: REPO,
      encoding: 'utf8',
      env,
    });
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/uraian-kode\.mdx:18 .*\[narrative-code\] Uraian memuat pernyataan `import`/);
    expect(check.stdout).toMatch(/uraian-kode\.mdx:22 .*\[narrative-code\] .*kurung kurawal/);
    const out = join(tmpdir(), `ppid-dik-pwned-site-${process.pid}`);
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...env, PPID_CONTENT: copy.root, PPID_OUT_DIR: out, PPID_TODAY: '2026-11-21' },
    });
    rmSync(out, { recursive: true, force: true });
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).toMatch(/uraian-kode\.mdx:18/);
    expect(existsSync(marker)).toBe(false);
  }, 120_000);
});

describe('what the check prints', () => {
  it('shows control characters quoted from content as code points, so a terminal never acts on them', () => {
    const ps = parseNarrative('<Pasal ref="\u001b[2J\u001b]0;pwned\u0007x" />').problems;
    expect(ps).toHaveLength(1);
    const line = formatProblemLine({
      file: 'a.mdx',
      line: 1,
      rule: 'narrative-markup',
      severity: 'error',
      message: ps[0]!.message,
      hint: ps[0]!.hint,
    });
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(line).toContain('\\u{1b}[2J\\u{1b}]0;pwned\\u{7}x');
    // A line break cannot start a workflow command ("::error …") in a CI log.
    const nl = parseNarrative('<Pasal ref="x\n::error file=a.ts::palsu" />').problems[0]!;
    const printed = formatProblemLine({
      file: 'a.mdx',
      line: 1,
      rule: 'narrative-markup',
      severity: 'error',
      message: nl.message,
      hint: nl.hint,
    });
    expect(printed.split('\n')).toHaveLength(1);
    expect(printed).toContain('x\\u{a}::error');
  });
});
