// `npm run check` as a person and a machine use it: exit codes, grouped output, --json.
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { contentCopy, fixture, REPO } from '../helpers/content.ts';

function check(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['scripts/check.ts', ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const broken = contentCopy();
broken.write('exemptions/huruf-k.mdx', fixture('bad/huruf-k.mdx'));
broken.write('exemptions/dibuka-kosong.mdx', fixture('bad/dibuka-kosong.mdx').replace('order: 15', 'order: 16'));
afterAll(() => broken.cleanup());

describe('npm run check', () => {
  it('shipped content: exit 0, findings grouped by rule and counted', () => {
    const r = check(['--today', '2026-11-21']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Pemeriksaan konten: 14 entri, 1 keputusan/);
    expect(r.out).toContain('TEMUAN (finding): 9');
    expect(r.out).toContain('CATATAN TINJAUAN (note): 5');
    expect(r.out).toContain('  pasal20-permanent (6) ');
    expect(r.out).not.toContain('GALAT');
    expect(r.out.trim().split('\n').at(-1)).toMatch(/^LULUS: 0 galat, 9 temuan, 5 catatan tinjauan\./);
    // One line per problem: file:line · field · [rule] message → Perbaikan: hint
    const lines = r.out.split('\n').filter((l) => l.includes('[pasal20-permanent]'));
    expect(lines).toHaveLength(6);
    for (const l of lines)
      expect(l).toMatch(/^    content\/exemptions\/[a-z0-9-]+\.mdx:\d+ · period · \[pasal20-permanent\] .+ → Perbaikan: .+/);
  });

  it('errors: exit 1, each error names file, line, field and rule, no stack trace', () => {
    const r = check(['--content', broken.root, '--today', '2026-11-21']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('GALAT (error): 3');
    expect(r.out).toMatch(/huruf-k\.mdx:5 · legalBasis\[0\]\.letter · \[basis-unknown\] UU 14\/2008 Pasal 17 tidak memiliki huruf k\./);
    expect(r.out).toMatch(/dibuka-kosong\.mdx:\d+ · consequence\.opened · \[consequence-missing\]/);
    expect(r.out.trim().split('\n').at(-1)).toMatch(/^GAGAL: 3 galat/);
    expect(r.out + r.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('PPID_CONTENT selects the content root like --content', () => {
    expect(check(['--today', '2026-11-21'], { PPID_CONTENT: broken.root }).code).toBe(1);
  });

  it('--json for machines', () => {
    const r = check(['--json', '--content', broken.root, '--today', '2026-11-21']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.ok).toBe(false);
    expect(j.counts).toMatchObject({ error: 3, finding: 9, note: 5, exemptions: 16, decrees: 1 });
    const p = j.problems.find((x: { rule: string }) => x.rule === 'basis-unknown');
    expect(p).toMatchObject({ severity: 'error', field: 'legalBasis[0].letter', line: 5, ruleTitle: 'Rujukan hukum tidak dikenal' });
    expect(p.file).toMatch(/exemptions\/huruf-k\.mdx$/);
  });

  it('bad usage: exit 2 with the usage line', () => {
    for (const args of [
      ['--frobnicate'],
      ['--today', 'besok'],
      ['--today', '2025-13-45'],
      ['--today', '2025-02-30'],
      ['--content', '/tidak/ada'],
    ]) {
      const r = check(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain('Pemakaian: npm run check');
    }
  });
});
