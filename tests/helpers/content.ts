import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
export const SHIPPED = join(REPO, 'content');
export const FIXTURES = join(REPO, 'tests/fixtures');

/**
 * A throw-away copy of the shipped content, for tests that break one thing and check that
 * the validator says exactly that. Returns the root and a cleanup function.
 */
export function contentCopy(): {
  root: string;
  write: (rel: string, text: string) => void;
  read: (rel: string) => string;
  cleanup: () => void;
} {
  const base = mkdtempSync(join(tmpdir(), 'ppid-dik-'));
  const root = join(base, 'content');
  cpSync(SHIPPED, root, { recursive: true });
  return {
    root,
    write: (rel, text) => {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), text);
    },
    read: (rel) => readFileSync(join(root, rel), 'utf8'),
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
}

export function fixture(rel: string): string {
  return readFileSync(join(FIXTURES, rel), 'utf8');
}

/** The shipped catalogue of laws (content/laws), as the import CLI passes it to the importer. */
export async function shippedCatalogue() {
  const [{ loadContent }, { lawCatalogue }] = await Promise.all([import('#content/load.ts'), import('#domain/law-catalogue.ts')]);
  return lawCatalogue(loadContent(SHIPPED).laws.map((l) => [l.id, l.data] as const));
}
