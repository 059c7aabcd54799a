// What the benchmarks share: a command timed under GNU time, and a folder's files.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Runs a command under GNU time: wall seconds, peak resident memory (MB) and its output. A failure throws with both ends of its output. */
export function timed(args: string[], cwd: string, env: Record<string, string>) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', ...args], {
    cwd,
    env: { ...process.env, ...env, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const [secs, kb] = (r.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
  return { seconds: secs!, peakMb: Math.round(kb! / 1024), stdout: r.stdout };
}

/** Every file below a folder. */
export function files(d: string): string[] {
  return readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]));
}
