// The deploy's guard: the history already live on the site must be a prefix of the new
// build's, whatever the repository now says (issue 13).
import { describe, expect, it } from 'vitest';
import { extendsLive } from '#publish/verify.ts';

const list = (...vs: [string, string][]) =>
  JSON.stringify({ format: 'ppid-dik/versions/1', versions: vs.map(([id, sha256]) => ({ id, sha256 })) });
const a = ['dik-2025-03', 'a'.repeat(64)] as [string, string];
const b = ['dik-2026-01', 'b'.repeat(64)] as [string, string];
const c = ['dik-2026-09', 'c'.repeat(64)] as [string, string];
const bad = (live: string, built: string) =>
  extendsLive(live, built)
    .filter((i) => !i.ok)
    .map((i) => `${i.what}: ${i.detail}`);

describe('the built site extends the live history', () => {
  it('the same versions, or new ones after them', () => {
    expect(bad(list(a, b), list(a, b))).toEqual([]);
    expect(bad(list(a, b), list(a, b, c))).toEqual([]);
    expect(extendsLive(list(a, b), list(a, b, c))).toHaveLength(2);
  });

  it('the newest live version dropped (history cut from its end)', () => {
    expect(bad(list(a, b), list(a))).toEqual([expect.stringMatching(/^versi terbit dik-2026-01: tidak ada lagi/)]);
  });

  it('a live version rewritten, every hash recomputed consistently', () => {
    expect(bad(list(a, b), list(a, [b[0], 'd'.repeat(64)]))).toEqual([expect.stringMatching(/^versi terbit dik-2026-01: /)]);
  });

  it('a live version moved in the chain', () => {
    expect(bad(list(a, b), list(b, a))).toHaveLength(2);
    expect(bad(list(a, b), list(b, a))[0]).toMatch(/berpindah tempat/);
  });

  it('a list that cannot be read is no pass', () => {
    expect(bad('<html>404</html>', list(a))).toHaveLength(1);
  });

  it('a published signed scan replaced, or removed', () => {
    const withSk = (sk?: string) => JSON.stringify({ versions: [{ id: a[0], sha256: a[1], ...(sk ? { skSha256: sk } : {}) }] });
    expect(bad(withSk('1'.repeat(64)), withSk('1'.repeat(64)))).toEqual([]);
    expect(bad(withSk('1'.repeat(64)), withSk('2'.repeat(64)))).toEqual([expect.stringMatching(/pindaian SK/)]);
    expect(bad(withSk('1'.repeat(64)), withSk())).toHaveLength(1);
    // A scan added to a version that had none is an allowed annotation.
    expect(bad(withSk(), withSk('1'.repeat(64)))).toEqual([]);
  });
});
