import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Serves a built site, like a static host would: on 127.0.0.1 at a free port (the tests), or
 * at the given port under the deployment base (npm start). A published file without an
 * extension (SHA256SUMS) is served as the text it is; `astro preview` answered it with 404.
 */
export async function serve(
  dir: string,
  opts: { port?: number; base?: string } = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const base = (opts.base ?? '/').replace(/\/$/, '');
  const root = resolve(dir) + sep;
  const handler = sirv(dir, {
    dev: false,
    etag: false,
    gzip: false,
    brotli: false,
    extensions: ['html'],
  });
  const notFound = (res: ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(notFoundPage(dir));
  };
  const server: Server = createServer((req, res) => {
    // Every file is public, and a catalogue on another address reads this site's search
    // index from the reader's browser: allowed, as GitHub Pages allows it.
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (base && req.url) {
      if (!req.url.startsWith(`${base}/`)) return notFound(res);
      req.url = req.url.slice(base.length);
    }
    // sirv knows no type for a file without an extension: it is plain text (SHA256SUMS).
    // A malformed address (a lone "%", a NUL) is the client's mistake: 400, never a crash.
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path.includes('\0')) throw new URIError('NUL');
      const file = resolve(dir, `.${path}`);
      // Nor for a checksum list (.sha256, the site's own list of every file): also plain text.
      const plain = !/\.[^/]*$/.test(path) || path.endsWith('.sha256');
      if (plain && !path.endsWith('/') && file.startsWith(root) && statSync(file, { throwIfNoEntry: false })?.isFile())
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    } catch {
      res.statusCode = 400;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      return res.end('Bad request\n');
    }
    handler(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}${base}`, close: () => new Promise((r) => server.close(() => r())) };
}

function notFoundPage(dir: string): string {
  const p = `${dir}/404.html`;
  return existsSync(p) ? readFileSync(p, 'utf8') : 'Not found';
}
