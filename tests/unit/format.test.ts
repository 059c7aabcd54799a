// The source is formatted with Prettier (.prettierrc.json, the Astro plugin for .astro) and no
// line of code is wider than the configured width. Data (content/, fixtures) is not code and
// frozen versions must keep their bytes: .prettierignore leaves them alone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/content.ts';

const ROOT_FILES = ['astro.config.mjs', 'vitest.config.ts', 'package.json', '.prettierrc.json', 'budgets.json', 'tsconfig.json'];

function sourceFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(REPO, dir), { withFileTypes: true }).flatMap((d) => {
      const path = join(dir, d.name);
      if (d.isDirectory()) return path === join('tests', 'fixtures') ? [] : walk(path);
      return [path];
    });
  return [...['src', 'scripts', 'tests'].flatMap(walk), ...ROOT_FILES].map((f) => f.split('\\').join('/'));
}

async function unformatted(files: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    const abs = join(REPO, file);
    const info = await prettier.getFileInfo(abs, { ignorePath: join(REPO, '.prettierignore'), plugins: ['prettier-plugin-astro'] });
    if (info.ignored || !info.inferredParser) continue;
    const options = await prettier.resolveConfig(abs);
    if (!(await prettier.check(readFileSync(abs, 'utf8'), { ...options, filepath: abs }))) out.push(file);
  }
  return out;
}

/** A line that is one string or regular-expression literal (an assertion's text): Prettier cannot wrap it. */
const LONE_LITERAL = /^\s*(?:'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`|\/(?:[^/\\]|\\.)+\/[a-z]*),?$/;

describe('formatting', () => {
  it('every source file is as Prettier writes it (npx prettier --write . fixes one that is not)', async () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(await unformatted(files)).toEqual([]);
  });

  it('no line of code is wider than the configured width; only a lone literal in a test may be', async () => {
    const { printWidth } = (await prettier.resolveConfig(join(REPO, 'src/domain/strings.ts'))) as { printWidth: number };
    expect(printWidth).toBe(140);
    const wide = sourceFiles()
      .filter((f) => /\.(ts|mjs|cjs|astro)$/.test(f))
      .flatMap((f) =>
        readFileSync(join(REPO, f), 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            line.length > printWidth && !(f.startsWith('tests/') && LONE_LITERAL.test(line)) ? [`${f}:${i + 1} (${line.length})`] : [],
          ),
      );
    expect(wide).toEqual([]);
  });

  it('the check catches an unformatted file and a wide line', async () => {
    expect(await prettier.check('const a = {b:1}\n', { parser: 'typescript' })).toBe(false);
    expect(LONE_LITERAL.test(`    '${'x'.repeat(150)}',`)).toBe(true);
    expect(LONE_LITERAL.test(`    expect(x).toBe('${'x'.repeat(150)}');`)).toBe(false);
  });
});
