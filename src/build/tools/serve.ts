import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Serves a built site on 127.0.0.1 at a free port, like a static host would. */
export async function serve(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const handler = sirv(dir, { dev: false, etag: false, gzip: false, brotli: false, extensions: ['html'] });
  const server: Server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFoundPage(dir));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

function notFoundPage(dir: string): string {
  const p = `${dir}/404.html`;
  return existsSync(p) ? readFileSync(p, 'utf8') : 'Not found';
}
