// Mistakes and hostile input on the command line: one line in plain Indonesian, exit 2, no
// stack trace, nothing written (issue 13).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#content/check.ts';
import { contentCopy, REPO } from '../helpers/content.ts';

const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(REPO, 'scripts', script), ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, ...env } });

let copy: ReturnType<typeof contentCopy> | null = null;
afterEach(() => {
  copy?.cleanup();
  copy = null;
});

describe('command-line mistakes', () => {
  it.each([
    [
      'new.ts',
      [
        '--title',
        'X',
        '--basis',
        'Pasal 17 huruf h UU 14/2008',
        '--opened',
        'a',
        '--closed',
        'b',
        '--period',
        '5 tahun',
        '--order',
        '99999999999999999999',
        '--dry-run',
      ],
      /bukan nomor urut/,
    ],
    ['import.ts', ['/tmp'], /bukan berkas tabel/],
    ['summary.ts', ['HEAD', '--out', '/tidak-ada/ringkasan.md'], /tidak dapat ditulis/],
    ['summary.ts', ['/etc'], /bukan folder konten/],
    ['check.ts', ['--today', '2025-13-45'], /bukan tanggal/],
  ])('%s %j', (script, args, message) => {
    const r = run(script, args);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|Error:|ZodError/);
  });

  it('a YAML alias bomb in a frontmatter is a syntax error of that file, not a hang or a crash', () => {
    copy = contentCopy();
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ];
    copy.write('exemptions/bom.mdx', `---\n${bomb.join('\n')}\ntitle: Bom\n---\n`);
    const r = checkContent(copy.root, { today: '2026-11-21' });
    const p = r.problems.filter((x) => x.file.endsWith('exemptions/bom.mdx') && x.severity === 'error');
    expect(p.map((x) => x.rule)).toContain('syntax');
  });

  it('a frontmatter line ending in --- does not end the frontmatter', () => {
    copy = contentCopy();
    const rel = 'exemptions/berkas-kepegawaian.mdx';
    copy.write(rel, copy.read(rel).replace(/^title: (.*)$/m, 'title: $1 ---'));
    const r = checkContent(copy.root, { today: '2026-11-21' });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const e = r.tree.exemptions.find((x) => x.id === 'berkas-kepegawaian')!;
    expect(e.data.title).toMatch(/ ---$/);
    expect(e.data.period.kind).toBe('indefinite');
  });
});
