// Misspellings in a body's own documents are shown as printed (the register is quoted, never
// corrected) and marked "[sic]", so a reader knows the word is the source's, not ours.

export interface SicPart {
  text: string;
  /** Set on a misspelt word: the word as meant. */
  meant?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` into plain runs and the misspelt words `sic` lists (as printed → as meant),
 * matched whole and in any case ("Pemuktahiran" for "pemuktahiran").
 */
export function markSic(text: string, sic: Readonly<Record<string, string>>): SicPart[] {
  const words = Object.keys(sic);
  if (!words.length || !text) return [{ text }];
  const byLower = new Map(words.map((w) => [w.toLocaleLowerCase('id'), sic[w]!]));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
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
