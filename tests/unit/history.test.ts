// "Last changed" on every page comes from git: the last commit that touched the content,
// today when the content has uncommitted changes, and nothing where git cannot say.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastContentChange } from '#content/history.ts';

const base = mkdtempSync(join(tmpdir(), 'ppid-history-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const git = (cwd: string, args: string[], date?: string) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
    },
  });

describe('last content change', () => {
  const repo = join(base, 'repo');
  mkdirSync(join(repo, 'content'), { recursive: true });
  git(repo, ['init', '-q']);
  writeFileSync(join(repo, 'content/body.json'), '{}');
  git(repo, ['add', '.']);
  git(repo, ['commit', '-qm', 'content'], '2025-04-02T10:00:00+08:00');
  writeFileSync(join(repo, 'README.md'), 'x');
  git(repo, ['add', '.']);
  git(repo, ['commit', '-qm', 'not content'], '2026-01-05T10:00:00+08:00');

  it('is the date of the last commit that touched the content, not of a later commit elsewhere', () => {
    expect(lastContentChange(join(repo, 'content'), '2025-11-21')).toBe('2025-04-02');
  });

  it('is never after the day the site is built for', () => {
    expect(lastContentChange(join(repo, 'content'), '2025-01-01')).toBe('2025-01-01');
  });

  it('counts a merged branch from its merge, not from its own older commit', () => {
    git(repo, ['checkout', '-q', '-b', 'usulan']);
    writeFileSync(join(repo, 'content/usulan.json'), '{}');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-qm', 'usulan'], '2025-06-01T10:00:00+08:00');
    git(repo, ['checkout', '-q', '-']);
    git(repo, ['merge', '-q', '--no-ff', '-m', 'gabung', 'usulan'], '2026-02-03T10:00:00+08:00');
    expect(lastContentChange(join(repo, 'content'), '2026-11-21')).toBe('2026-02-03');
  });

  it('is today while the content has uncommitted changes', () => {
    writeFileSync(join(repo, 'content/new.json'), '{}');
    expect(lastContentChange(join(repo, 'content'), '2026-11-21')).toBe('2026-11-21');
    rmSync(join(repo, 'content/new.json'));
  });

  it('is unknown outside git and in a shallow clone (whose one commit would claim every file)', () => {
    const plain = join(base, 'plain');
    mkdirSync(plain);
    expect(lastContentChange(plain, '2026-11-21')).toBeNull();
    const shallow = join(base, 'shallow');
    git(base, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(lastContentChange(join(shallow, 'content'), '2026-11-21')).toBeNull();
  });
});
