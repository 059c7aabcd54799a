// npm run cycle: start, record stages, hand the cycle to the decree, keep recording on it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentCopy, REPO } from '../helpers/content.ts';

let copy: ReturnType<typeof contentCopy> | null = null;
afterEach(() => {
  copy?.cleanup();
  copy = null;
});
const run = (script: string, root: string, args: string[]) =>
  spawnSync(process.execPath, [`scripts/${script}.ts`, '--content', root, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('npm run cycle', () => {
  it('starts a cycle with due dates in working days, records stages, and the decree takes the record', () => {
    copy = contentCopy();
    const start = run('cycle', copy.root, ['start', '--date', '2025-12-19']);
    expect(start.status, start.stderr).toBe(0);
    expect(start.stdout).toContain('5 HK · jatuh tempo 30 Desember 2025');
    expect(start.stdout).toContain('1 HK · jatuh tempo 8 Januari 2026');
    expect(existsSync(join(copy.root, 'cycle.json'))).toBe(true);

    const done = run('cycle', copy.root, ['done', 'request', '--date', '2026-01-05', '--today', '2026-01-06']);
    expect(done.status).toBe(0);
    expect(done.stdout).toContain('selesai 5 Januari 2026, 8 HK · terlambat');
    expect(done.stdout).toContain('jatuh tempo 7 Januari 2026 · selesai - · sedang berjalan');

    const decree = run('decree', copy.root, [
      '--id',
      'fiktif-2026-01',
      '--date',
      '2026-01-09',
      '--kind',
      'pemutakhiran',
      '--like-previous',
    ]);
    expect(decree.status, decree.stderr).toBe(0);
    expect(existsSync(join(copy.root, 'cycle.json'))).toBe(false);
    const rec = JSON.parse(copy.read('decrees/fiktif-2026-01/decree.json')).cycle;
    expect(rec).toEqual({
      start: '2025-12-19',
      request: '2026-01-05',
      validation: null,
      decree: '2026-01-09',
      update: null,
      documentation: null,
    });

    // After the decree, stages are recorded on it.
    const later = run('cycle', copy.root, ['done', '4', '--date', '2026-01-12', '--today', '2026-01-12']);
    expect(later.stdout).toContain('(keputusan fiktif-2026-01)');
    expect(JSON.parse(copy.read('decrees/fiktif-2026-01/decree.json')).cycle.update).toBe('2026-01-12');
  });

  it('refuses a date before the previous stage, an unknown stage, a second start', () => {
    copy = contentCopy();
    run('cycle', copy.root, ['start', '--date', '2026-01-05']);
    expect(run('cycle', copy.root, ['done', 'request', '--date', '2026-01-02']).stderr).toContain('mendahului tahap sebelumnya');
    expect(run('cycle', copy.root, ['done', 'rapat', '--date', '2026-01-06']).stderr).toContain('Tahap "rapat" tidak dikenal');
    // A stage is recorded when it is done: not with a date after today.
    const future = run('cycle', copy.root, ['done', 'request', '--date', '2026-01-09', '--today', '2026-01-08']);
    expect(future.status).toBe(2);
    expect(future.stderr).toContain('Tahap request tercatat selesai 9 Januari 2026, sesudah hari ini (8 Januari 2026).');
    expect(JSON.parse(copy.read('cycle.json')).request).toBeNull();
    const again = run('cycle', copy.root, ['start', '--date', '2026-02-01']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('Siklus sudah berjalan');
  });
});
