// What every built page tells the browser about where it may send a reader's traces, and
// that no link on it can run script (issue 13).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dir = inject('siteDir');
const pages = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

describe('every page', () => {
  it('is found', () => expect(pages.length).toBeGreaterThan(20));

  it('sends no referrer to the sites it links to', () => {
    const without = pages.filter((f) => !readFileSync(join(dir, f), 'utf8').includes('<meta name="referrer" content="no-referrer">'));
    expect(without).toEqual([]);
  });

  it('carries a Content-Security-Policy: scripts and styles from the site or hashed, no inline allowance, no plugins', () => {
    const weak = pages.filter((f) => {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(join(dir, f), 'utf8'))?.[1];
      return (
        !csp ||
        csp.includes("'unsafe-inline'") ||
        csp.includes("'unsafe-eval'") ||
        !csp.includes("object-src 'none'") ||
        !/script-src 'self'/.test(csp)
      );
    });
    expect(weak).toEqual([]);
  });

  it('has no link that runs script', () => {
    const scripted = pages.filter((f) =>
      /\b(?:href|src)\s*=\s*["']?\s*(?:javascript|data|vbscript):/i.test(readFileSync(join(dir, f), 'utf8')),
    );
    expect(scripted).toEqual([]);
  });

  // Public pages speak to citizens (issue 14). /verifikasi/ is the auditors' page and may name
  // the tools they need.
  it('speaks no repository words, commands, file paths or rule ids to the public', () => {
    const REPO_WORDS = new RegExp(
      [
        String.raw`\bnpm\b`,
        String.raw`\bcontent\/`,
        'pull request',
        'salinan kerja',
        String.raw`\brepositori`,
        String.raw`\bgit\b`,
        String.raw`\.mdx\b`,
        String.raw`\bcommit\b`,
        'temuan pemeriksaan',
        String.raw`\[[a-z0-9]+(?:-[a-z0-9]+)+\]`,
      ].join('|'),
      'i',
    );
    const said = pages
      .filter((f) => !f.startsWith('verifikasi'))
      .flatMap((f) => {
        const text = readFileSync(join(dir, f), 'utf8')
          .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
          .replace(/<[^>]+>/g, ' ');
        const m = REPO_WORDS.exec(text);
        return m ? [`${f}: …${text.slice(Math.max(0, m.index - 40), m.index + 30).replace(/\s+/g, ' ')}…`] : [];
      });
    expect(said).toEqual([]);
  });
});
