// Misspellings in a body's own documents are shown as printed (the register is quoted, never
// corrected) and marked "[sic]", so a reader knows the word is the source's, not ours.

import { escapeRegExp } from './cell-text.ts';

export interface SicPart {
  text: string;
  /** Set on a misspelt word: the word as meant. */
  meant?: string;
}

/**
 * Splits `text` into plain runs and the misspelt words `sic` lists (as printed → as meant),
 * matched whole and in any case ("Pemuktahiran" for "pemuktahiran").
 */
export function markSic(text: string, sic: Readonly<Record<string, string>>): SicPart[] {
  const words = Object.keys(sic);
  if (!words.length || !text) return [{ text }];
  const { re, byLower } = matcher(sic, words);
  const out: SicPart[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ text: m[0], meant: byLower.get(m[0].toLocaleLowerCase('id')) });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

// One pattern per list: every quoted text of a register of thousands is matched against it.
const matchers = new WeakMap<object, { re: RegExp; byLower: Map<string, string> }>();
function matcher(sic: Readonly<Record<string, string>>, words: string[]) {
  let m = matchers.get(sic);
  if (!m)
    matchers.set(
      sic,
      (m = {
        re: new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
        byLower: new Map(words.map((w) => [w.toLocaleLowerCase('id'), sic[w]!])),
      }),
    );
  return m;
}
