#!/usr/bin/env node
// npm run summary -- <base> [head] [--out FILE]
// The register summary of a change, as Markdown (the pull-request comment). <base> and
// [head] are git refs (main, origin/main, HEAD~1, a commit) or content folders written as a
// path (./folder, /tmp/folder): a ref is looked up first, so a folder named like a ref in the
// change cannot stand in for it. head defaults to the files as they are now. Exit 0 when the
// summary is written, even when the change has content errors (the summary reports them and
// npm run check fails on them); 1 when the change removes or alters a frozen version; 2 on
// bad usage.
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
  const top = gitTop();
  if (top && isRef(top, arg)) return archived(top, arg);
  if (/^(?:\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(arg) && existsSync(arg) && statSync(arg).isDirectory()) {
    // A content folder has the body's data; any other folder (/etc) is not read at all.
    if (!existsSync(join(arg, 'body.json'))) fail(CLI.summary.notContent(arg), usage);
    return resolve(arg);
  }
  fail(existsSync(arg) ? CLI.summary.folderNeedsPath(arg) : CLI.summary.unknownRef(arg), usage);
}

function gitTop(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function isRef(top: string, arg: string): boolean {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${arg}^{commit}`], { cwd: top, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The content folder as it is at a git ref, in a temporary folder. */
function archived(top: string, arg: string): string {
  const sub = relative(top, cliSettings().contentRoot).split('\\').join('/');
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
  if (v.out)
    try {
      writeFileSync(v.out, s.markdown);
    } catch (e) {
      fail(CLI.summary.cannotWrite(v.out, (e as NodeJS.ErrnoException).code ?? ''), usage);
    }
  process.stdout.write(s.markdown);
  if (s.historyBroken.length) process.exitCode = 1;
} finally {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
}
