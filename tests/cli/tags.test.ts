// A git tag per version, in a real repository: npm run decree commits and tags a new version
// (signed with the editor's SSH key where git is set up for it), and npm run verify reports
// each tag: missing, unsigned, signed by an allowed key, signed by another, moved.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, SHIPPED } from '../helpers/content.ts';

let base: string;
let repo: string;
const content = () => join(repo, 'content');
const run = (cmd: string, args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(cmd, args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const git = (...args: string[]) => {
  const r = run('git', args);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.err}`);
  return r.out.trim();
};
const node = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(REPO, script), '--content', content(), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, PPID_TODAY: '2026-11-21' },
  });
/** verify's lines about tags, without the commit ids. */
const tagLines = () => {
  const r = node('scripts/verify.ts', ['--no-site']);
  return {
    code: r.status,
    lines: r.stdout
      .split('\n')
      .filter((l) => l.includes('tag versi/'))
      .map((l) => l.replace(/[0-9a-f]{12}/g, '<commit>').replace(/\s+/g, ' ')),
    last: r.stdout.trim().split('\n').at(-1),
  };
};

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'ppid-tags-'));
  repo = join(base, 'repo');
  mkdirSync(repo);
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Editor Fiktif');
  git('config', 'user.email', 'editor@ppid.fiktif.go.id');
  cpSync(SHIPPED, content(), { recursive: true });
  git('add', '.');
  git('commit', '-q', '-m', 'Register awal');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('version tags', () => {
  it('a version without a tag is a note, not a failure', () => {
    const r = tagLines();
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([
      'CATATAN tag versi/dik-2025-03 belum ada; buat pada commit yang memuat versi ini: npm run decree -- --tag dik-2025-03',
    ]);
  });

  it('--tag tags an existing version at HEAD, annotated and unsigned where git does not sign', () => {
    const r = node('scripts/decree.ts', ['--tag', 'dik-2025-03']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/tag versi\/dik-2025-03 pada commit [0-9a-f]{12} \(tidak ditandatangani/);
    expect(git('cat-file', '-t', 'versi/dik-2025-03')).toBe('tag');
    expect(git('cat-file', 'tag', 'versi/dik-2025-03')).toContain('register.json SHA-256 cbd8af8de8dc9e86');
    expect(tagLines().lines).toEqual([
      'CATATAN tag versi/dik-2025-03 menunjuk commit <commit> dengan versi yang sama persis; tidak ditandatangani',
    ]);
    // A tag is never moved.
    const again = node('scripts/decree.ts', ['--tag', 'dik-2025-03']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('tag itu sudah ada; tag versi tidak pernah dipindahkan');
  });

  it('npm run decree commits the new version alone and tags it, signed with the SSH key, verified against allowed_signers', () => {
    const key = join(base, 'kunci-editor');
    run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'editor', '-f', key]);
    git('config', 'gpg.format', 'ssh');
    git('config', 'user.signingkey', `${key}.pub`);
    const pub = readFileSync(`${key}.pub`, 'utf8').split(' ').slice(0, 2).join(' ');
    writeFileSync(join(content(), 'trust', 'allowed_signers'), `editor@ppid.fiktif.go.id ${pub}\n`);
    git('add', 'content/trust');
    git('commit', '-q', '-m', 'Kunci penanda tangan tag');
    // Something else staged stays out of the decree's commit.
    writeFileSync(join(repo, 'catatan.txt'), 'bukan bagian keputusan\n');
    git('add', 'catatan.txt');
    const r = node('scripts/decree.ts', ['--id', 'fiktif-2026-01', '--date', '2026-01-15', '--kind', 'pemutakhiran', '--like-previous']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/tag versi\/fiktif-2026-01 pada commit [0-9a-f]{12} \(ditandatangani\)/);
    expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual([
      'content/decrees/fiktif-2026-01/decree.json',
      'content/decrees/fiktif-2026-01/register.json',
    ]);
    expect(git('diff', '--cached', '--name-only')).toBe('catatan.txt');
    const v = tagLines();
    expect(v.code).toBe(0);
    expect(v.lines).toEqual([
      'CATATAN tag versi/dik-2025-03 menunjuk commit <commit> dengan versi yang sama persis; tidak ditandatangani',
      'COCOK tag versi/fiktif-2026-01 menunjuk commit <commit> dengan versi yang sama persis; ditandatangani ' +
        'editor@ppid.fiktif.go.id, terverifikasi dengan trust/allowed_signers',
    ]);
  });

  it('a tag signed with a key the repository does not allow fails', () => {
    const other = join(base, 'kunci-lain');
    run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'lain', '-f', other]);
    git(
      '-c',
      `user.signingkey=${other}.pub`,
      'tag',
      '-f',
      '-s',
      '-m',
      'ditandatangani kunci lain',
      'versi/dik-2025-03',
      'versi/dik-2025-03^{commit}',
    );
    const v = tagLines();
    expect(v.code).toBe(1);
    expect(v.lines[0]).toBe(
      'TIDAK COCOK tag versi/dik-2025-03 tanda tangan dibuat dengan kunci yang tidak tercantum di trust/allowed_signers (No principal matched.)',
    );
  });

  it('a tag moved to a commit with other content fails, naming the commit', () => {
    // A commit whose register.json for the version differs, then the content put back.
    const file = join(content(), 'decrees/fiktif-2026-01/register.json');
    const original = readFileSync(file);
    writeFileSync(file, Buffer.concat([original, Buffer.from('\n')]));
    git('commit', '-q', '-a', '-m', 'Versi diubah');
    const altered = git('rev-parse', 'HEAD');
    writeFileSync(file, original);
    git('commit', '-q', '-a', '-m', 'Versi dikembalikan');
    git('tag', '-f', '-s', '-m', 'dipindahkan', 'versi/fiktif-2026-01', altered);
    const v = tagLines();
    expect(v.code).toBe(1);
    expect(v.lines[1]).toBe(
      'TIDAK COCOK tag versi/fiktif-2026-01 menunjuk commit <commit> yang register.json versinya berbeda dari konten: ' +
        'tag dipindahkan atau versi diubah',
    );
    expect(v.last).toMatch(/^GAGAL: 2 dari \d+ pemeriksaan tidak cocok\. \(Situs yang dibangun tidak diperiksa\.\)$/);
  });
});
