#!/usr/bin/env node
// npm run summary -- <base> [head] [--out FILE]
// The register summary of a change, as Markdown (the pull-request comment). <base> and
// [head] are git refs (main, origin/main, HEAD~1, a commit) or content folders; head
// defaults to the files as they are now. Exit 0 even when the change has errors (the summary
// reports them); 2 on bad usage.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { summarize } from '#content/summary.ts';
import { cliArgs, fail, cliSettings } from './lib/cli.ts';
import { CLI } from '#domain/strings.ts';

const usage = CLI.summary.usage;
const v = cliArgs({ out: { type: 'string' } }, usage, { positionals: true });
const [baseArg, headArg] = v._;
if (!baseArg) fail(CLI.summary.baseMissing, usage);

const temps: string[] = [];
/** A content folder for an argument: the folder itself, or the content at a git ref. */
function contentAt(arg: string): string {
  if (existsSync(arg) && statSync(arg).isDirectory()) return resolve(arg);
  const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
  const sub = relative(top, cliSettings().contentRoot).split('\\').join('/');
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${arg}^{commit}`], { cwd: top });
  } catch {
    fail(CLI.summary.unknownRef(arg), usage);
  }
  const dir = mkdtempSync(join(tmpdir(), 'ppid-summary-'));
  temps.push(dir);
  const tar = execFileSync('git', ['archive', '--format=tar', arg, sub], { cwd: top, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return join(dir, sub);
}

try {
  const base = contentAt(baseArg);
  const head = headArg ? contentAt(headArg) : cliSettings().contentRoot;
  const s = summarize(base, head, { baseLabel: baseArg, headLabel: headArg ?? CLI.summary.currentFiles });
  if (v.out) writeFileSync(v.out, s.markdown);
  process.stdout.write(s.markdown);
} finally {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
}
