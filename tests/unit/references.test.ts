// Comments and docs that name a file of the code (src/…, scripts/…, tests/…) name one that
// exists: a moved module leaves no comment pointing at its old place.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/content.ts';

/** Paths of code named in `text`: src/…, scripts/…, tests/… (not patterns, not placeholders). */
function namedPaths(text: string): string[] {
  // A path in quotes is a string the code builds (a file in a temporary tree), not a reference.
  return [...text.matchAll(/(?<![\w#@/.'"-])((?:src|scripts|tests)\/[\w./[\]*<>{}-]*[\w\]>}*])/g)]
    .map((m) => m[1]!)
    .filter((p) => !/[*<{]/.test(p));
}

describe('references', () => {
  it('every file of the code named in a comment, README.md or CONTRIBUTING.md exists', () => {
    const walk = (dir: string): string[] =>
      readdirSync(join(REPO, dir), { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? (d.name === 'fixtures' ? [] : walk(join(dir, d.name))) : [join(dir, d.name)],
      );
    const files = [...walk('src'), ...walk('scripts'), ...walk('tests'), 'README.md', 'CONTRIBUTING.md', 'astro.config.mjs'];
    const self = join('tests', 'unit', 'references.test.ts');
    const missing = files
      .filter((f) => f !== self)
      .flatMap((f) =>
        namedPaths(readFileSync(join(REPO, f), 'utf8'))
          .filter((p) => !existsSync(join(REPO, p)))
          .map((p) => `${f}: ${p}`),
      );
    expect(missing).toEqual([]);
  });

  it('finds a named path, and leaves patterns, placeholders and other words alone', () => {
    expect(namedPaths("see src/domain/dates.ts, tests/unit/*.test.ts, scripts/<name>.ts, #src/x and 'src/pages/a.astro'")).toEqual([
      'src/domain/dates.ts',
    ]);
  });
});
