// npm start serves the built site as a static host would: every file a version page links
// to, the ones without an extension (SHA256SUMS) among them, answers 200 with its bytes.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { REPO } from '../helpers/content.ts';

let child: ChildProcess | null = null;
afterEach(() => {
  child?.kill();
  child = null;
});

/** Starts scripts/preview.ts on a free port and returns the address it prints. */
async function start(env: Record<string, string>, args: string[] = []): Promise<string> {
  child = spawn(process.execPath, ['scripts/preview.ts', '--port', '0', ...args], { cwd: REPO, env: { ...process.env, ...env } });
  let out = '';
  return new Promise((resolve, reject) => {
    child!.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\S*\/)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child!.on('exit', (code) => reject(new Error(`preview exited with ${code}: ${out}`)));
  });
}

describe('npm start (scripts/preview.ts)', () => {
  it('answers every link of a version page, SHA256SUMS and the site list as text with their exact bytes', async () => {
    const dir = inject('siteDir');
    const origin = await start({ PPID_OUT_DIR: dir });
    const id = 'dik-2025-03';
    const html = await (await fetch(`${origin}versi/${id}/`)).text();
    const links = [...html.matchAll(/href="(\/versi\/[^"#]+)"/g)].map((m) => m[1]!);
    expect(links).toContain(`/versi/${id}/SHA256SUMS`);
    for (const l of links) expect((await fetch(new URL(l, origin))).status, l).toBe(200);
    const sums = await fetch(`${origin}versi/${id}/SHA256SUMS`);
    expect(sums.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(Buffer.from(await sums.arrayBuffer())).toEqual(readFileSync(join(dir, `versi/${id}/SHA256SUMS`)));
    // The site's list of every file, as text too.
    expect((await fetch(`${origin}data/berkas-situs.sha256`)).headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect((await fetch(`${origin}tidak-ada/`)).status).toBe(404);
    // A malformed address is answered, and the server stays up.
    for (const bad of ['%', '%00', 'versi/%E0%A4%A/']) expect((await fetch(`${origin}${bad}`)).status, bad).toBe(400);
    expect((await fetch(`${origin}versi/${id}/`)).status).toBe(200);
  });

  it('serves under the deployment base (PPID_BASE) and nowhere else', async () => {
    const origin = await start({ PPID_OUT_DIR: inject('siteDir'), PPID_BASE: '/ppid-dik' });
    expect(origin).toMatch(/\/ppid-dik\/$/);
    expect((await fetch(`${origin}versi/dik-2025-03/SHA256SUMS`)).status).toBe(200);
    expect((await fetch(new URL('/versi/dik-2025-03/SHA256SUMS', origin))).status).toBe(404);
  });

  it('serves the catalogue site with --catalogue (npm run catalogue:start), from its own folder', async () => {
    // Any built site stands in for the catalogue's output here: what matters is which folder is served.
    const origin = await start({ PPID_OUT_DIR: '/tidak/ada', PPID_CATALOGUE_OUT_DIR: inject('siteDir') }, ['--catalogue']);
    expect((await fetch(`${origin}versi/dik-2025-03/SHA256SUMS`)).status).toBe(200);
  });

  it('refuses a bad port in plain words, without a stack trace', async () => {
    child = spawn(process.execPath, ['scripts/preview.ts', '--port', 'x'], { cwd: REPO });
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise((r) => child!.on('exit', r));
    expect(code).toBe(2);
    expect(err).toMatch(/Port "x" tidak sah/);
    expect(err).not.toMatch(/at .*\.ts:\d+/);
  });
});
