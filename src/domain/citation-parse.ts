// Reading legal citations as registers print them: "Pasal 17 huruf h UU No. 14 Tahun 2008",
// "Pasal 17 huruf b dan huruf h …", "Pasal 17 (g), (h) angka 3", "UU Nomor 11 Tahun 2008
// Tentang …", lists of several laws. What cannot be read is returned as such, never guessed.
import type { Citation } from '#domain/schema/index.ts';
import { IMPORT } from '#domain/strings.ts';
import { cellItems } from './cell-text.ts';

export interface ParsedBasis {
  /** The printed items, one per line or bullet, cleaned of markup. */
  texts: string[];
  citations: Citation[];
  /** Items no citation could be read from. */
  unread: string[];
  /** Readings that rest on an assumption the editor should confirm. */
  notes: string[];
}

const KINDS: [RegExp, string][] = [
  [/^(UU|Undang-Undang)$/i, 'uu'],
  [/^(PP|Peraturan Pemerintah)$/i, 'pp'],
  [/^(Perpres|Peraturan Presiden)$/i, 'perpres'],
  [/^(Perki|Peraturan Komisi Informasi)$/i, 'perki'],
  [/^(Perda|Peraturan Daerah)$/i, 'perda'],
  [/^(Pergub|Peraturan Gubernur)$/i, 'pergub'],
];
const LAW_KINDS = [
  'UU|Undang-Undang|PP|Peraturan Pemerintah|Perpres|Peraturan Presiden',
  'Perki|Peraturan Komisi Informasi|Perda|Peraturan Daerah|Pergub|Peraturan Gubernur',
].join('|');
const LAW_SOURCE = String.raw`\b(${LAW_KINDS})\s*(?:Republik Indonesia\s*)?(?:Nomor|No\.?|Nomer)?\s*(\d+)\s*(?:Tahun|Th\.?|\/)\s*(\d{4})`;
const LAW = new RegExp(LAW_SOURCE, 'i');
const LAWS = new RegExp(LAW_SOURCE, 'gi');
/** "… tentang Perubahan (Kedua) Atas UU …": the law named is the amended one, part of the title, not cited. */
const AMENDED = /perubahan(?:\s+\w+)?\s+atas\s*$/i;
/** Names of UU 14/2008 in common use. */
const KIP_ALIASES = /\bUU\s*KIP\b|\bUndang-Undang Keterbukaan Informasi Publik\b/i;
export const KIP_LAW_ID = 'uu-14-2008';

function lawId(kindWord: string, number: string, year: string): string {
  const kind = KINDS.find(([re]) => re.test(kindWord.trim()))?.[1] ?? 'uu';
  return `${kind}-${Number(number)}-${year}`;
}

/** Letters and items after "Pasal N": "huruf b dan huruf h", "huruf a, c", "(g), (h) angka 3", "huruf h angka 1 dan 2". */
function lettersAfter(raw: string): { letter: string; items: number[] }[] {
  // "huruf a, c dan h" names three letters: each one as "huruf x", so none is lost.
  const text = raw.replace(/huruf\s+[a-z]\b(?:\s*(?:,|dan|&)\s*[a-z]\b(?!\s*\.))+/gi, (m) =>
    m.replace(/(,|dan|&)\s*([a-z])\b/gi, (_, sep: string, l: string) => `${sep} huruf ${l}`),
  );
  const out: { letter: string; items: number[] }[] = [];
  const re = /(?:huruf\s+|\(\s*)([a-z])\b\s*\)?(?:\s*angka\s+(\d+(?:\s*(?:,|dan|&)\s*\d+)*))?/gi;
  for (const m of text.matchAll(re)) {
    const items = m[2] ? m[2].split(/\s*(?:,|dan|&)\s*/).map(Number) : [];
    out.push({ letter: m[1]!.toLowerCase(), items });
  }
  return out;
}

export function parseBasis(raw: string): ParsedBasis {
  const texts = cellItems(raw);
  const citations: Citation[] = [];
  const unread: string[] = [];
  const notes: string[] = [];
  for (const t of texts) {
    // Every law the item names, in order (a law named as the one an amendment changes is
    // part of a title, not cited), and every "Pasal N" with what follows it.
    const laws = [...t.matchAll(LAWS)]
      .filter((m) => !AMENDED.test(t.slice(Math.max(0, m.index - 40), m.index)))
      .map((m) => ({ index: m.index, id: lawId(m[1]!, m[2]!, m[3]!) }));
    const alias = KIP_ALIASES.exec(t);
    if (alias && !laws.some((l) => l.id === KIP_LAW_ID)) laws.push({ index: alias.index, id: KIP_LAW_ID });
    laws.sort((a, b) => a.index - b.index);
    const pasals = [...t.matchAll(/\bPasal\s+(\d+[A-Z]?)\b/gi)];
    if (!pasals.length) {
      if (!laws.length) unread.push(t);
      for (const l of laws) if (!citations.some((c) => c.law === l.id && !c.article)) citations.push({ law: l.id });
      continue;
    }
    // "Pasal 17 huruf h UU 14/2008" names the law after the article; "UU 14/2008 Pasal 17
    // huruf h" before it. The item's first mention decides which way it reads.
    const articleFirst = !laws.length || pasals[0]!.index < laws[0]!.index;
    const cited = new Set<string>();
    let lost = false;
    pasals.forEach((p, i) => {
      const next = Math.min(...[...laws.map((l) => l.index), pasals[i + 1]?.index ?? Infinity].filter((x) => x > p.index), t.length);
      const part = t.slice(p.index + p[0].length, next);
      const ayat = /ayat\s*\(?\s*(\d+)\s*\)?/i.exec(part)?.[1];
      const letters = lettersAfter(part);
      let target = (articleFirst ? laws.find((l) => l.index > p.index) : [...laws].reverse().find((l) => l.index < p.index))?.id;
      if (!target && p[1] === '17' && letters.length) {
        target = KIP_LAW_ID;
        notes.push(IMPORT.lawAssumed(t));
      }
      if (!target) {
        lost = true;
        return;
      }
      cited.add(target);
      const base = { law: target, article: p[1]!, ...(ayat ? { paragraph: ayat } : {}) };
      if (letters.length === 0) citations.push(base);
      for (const l of letters) citations.push({ ...base, letter: l.letter, ...(l.items.length ? { items: l.items } : {}) });
    });
    if (lost) unread.push(t);
    // Other laws the item names without an article of their own ("… Pasal 17 huruf d UU 15
    // Tahun 2004 tentang …"): cited as whole laws, each once.
    for (const l of laws) if (!cited.has(l.id) && !citations.some((c) => c.law === l.id)) citations.push({ law: l.id });
  }
  return { texts, citations, unread, notes };
}
