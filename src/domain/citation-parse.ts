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
const LAW = new RegExp(
  String.raw`\b(${LAW_KINDS})\s*(?:Republik Indonesia\s*)?(?:Nomor|No\.?|Nomer)?\s*(\d+)\s*(?:Tahun|Th\.?|\/)\s*(\d{4})`,
  'i',
);
/** Names of UU 14/2008 in common use. */
const KIP_ALIASES = /\bUU\s*KIP\b|\bUndang-Undang Keterbukaan Informasi Publik\b/i;
export const KIP_LAW_ID = 'uu-14-2008';

function lawId(kindWord: string, number: string, year: string): string {
  const kind = KINDS.find(([re]) => re.test(kindWord.trim()))?.[1] ?? 'uu';
  return `${kind}-${Number(number)}-${year}`;
}

/** Letters and items after "Pasal N": "huruf b dan huruf h", "(g), (h) angka 3", "huruf h angka 1 dan 2". */
function lettersAfter(text: string): { letter: string; items: number[] }[] {
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
    const lawMatch = LAW.exec(t);
    const law = lawMatch ? lawId(lawMatch[1]!, lawMatch[2]!, lawMatch[3]!) : KIP_ALIASES.test(t) ? KIP_LAW_ID : null;
    const pasal = /\bPasal\s+(\d+[A-Z]?)\b/i.exec(t);
    // The part that describes the article: from "Pasal" up to the law's name.
    const articlePart = pasal ? t.slice(pasal.index, lawMatch && lawMatch.index > pasal.index ? lawMatch.index : undefined) : '';
    if (pasal) {
      const ayat = /ayat\s*\(?\s*(\d+)\s*\)?/i.exec(articlePart)?.[1];
      const letters = lettersAfter(articlePart.slice(pasal[0].length));
      let target = law;
      if (!target && pasal[1] === '17' && letters.length) {
        target = KIP_LAW_ID;
        notes.push(IMPORT.lawAssumed(t));
      }
      if (!target) {
        unread.push(t);
        continue;
      }
      if (letters.length === 0) citations.push({ law: target, article: pasal[1]!, ...(ayat ? { paragraph: ayat } : {}) });
      for (const l of letters)
        citations.push({
          law: target,
          article: pasal[1]!,
          ...(ayat ? { paragraph: ayat } : {}),
          letter: l.letter,
          ...(l.items.length ? { items: l.items } : {}),
        });
    } else if (law) citations.push({ law });
    else unread.push(t);
  }
  return { texts, citations, unread, notes };
}
