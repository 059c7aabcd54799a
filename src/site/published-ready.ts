// The build renders the archive PDFs while the pages are built: the pages need only the
// checked registers, and a version's page and its files wait here until every version's files
// are written. The build announces that moment; `astro dev` never does, and nothing waits.
// Kept on the global object because the build's integration and the bundled pages are two
// copies of this module in one process.
const KEY = Symbol.for('ppid-dik:published-ready');

export function announcePublished(ready: Promise<unknown>): void {
  (globalThis as Record<symbol, unknown>)[KEY] = ready;
}

export async function publishedReady(): Promise<void> {
  await ((globalThis as Record<symbol, unknown>)[KEY] as Promise<unknown> | undefined);
}
