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
  [/^(Perppu|Peraturan Pemerintah Pengganti Undang-Undang)$/i, 'perppu'],
  [/^(UU|Undang-Undang)$/i, 'uu'],
  [/^(PP|Peraturan Pemerintah)$/i, 'pp'],
  [/^(Perpres|Peraturan Presiden)$/i, 'perpres'],
  [/^(Perki|Peraturan Komisi Informasi)$/i, 'perki'],
  [/^(Perda|Peraturan Daerah)$/i, 'perda'],
  [/^(Pergub|Peraturan Gubernur)$/i, 'pergub'],
];
const LAW_KINDS = [
  'Perppu|Peraturan Pemerintah Pengganti Undang-Undang',
  'UU|Undang-Undang|PP|Peraturan Pemerintah|Perpres|Peraturan Presiden',
  'Perki|Peraturan Komisi Informasi|Perda|Peraturan Daerah|Pergub|Peraturan Gubernur',
].join('|');
const LAW_SOURCE = String.raw`\b(${LAW_KINDS})\s*(?:Republik Indonesia\s*)?(?:Nomor|No\.?|Nomer)?\s*(\d+)\s*(?:Tahun|Th\.?|\/)\s*(\d{4})`;
const LAWS = new RegExp(LAW_SOURCE, 'gi');
/**
 * "… tentang Perubahan (Kedua) Atas UU …", "… tentang Pelaksanaan UU …": the law named is
 * part of the title of the one cited, not cited itself.
 */
const AMENDED = /(?:perubahan(?:\s+\w+)?\s+atas|pelaksanaan)\s*$/i;
/**
 * Instruments the reader has no number pattern for yet (Permen, Perda of a province, SK …):
 * an item naming one is not assumed to be UU 14/2008.
 */
const OTHER_INSTRUMENT = new RegExp(
  String.raw`\b(?:Perme\w*|Peraturan\s+Menteri|Peraturan\s+Daerah|Perda|Pergub|Perbup|Perwal|` +
    String.raw`Peraturan\s+(?:Gubernur|Bupati|Wali\s*Kota|Walikota)|Keputusan|Kepmen|Instruksi|Surat\s+Edaran|UUD)\b`,
  'i',
);
/** Names of UU 14/2008 in common use. */
const KIP_ALIASES = /\bUU\s*KIP\b|\bUndang-Undang Keterbukaan Informasi Publik\b/i;
export const KIP_LAW_ID = 'uu-14-2008';

function lawId(kindWord: string, number: string, year: string): string {
  const kind = KINDS.find(([re]) => re.test(kindWord.trim()))?.[1] ?? 'uu';
  return `${kind}-${Number(number)}-${year}`;
}

/** Letters and items after "Pasal N": "huruf b dan huruf h", "huruf a, c", "(g), (h) angka 3", "huruf h angka 1 dan 2". */
function lettersAfter(raw: string): { letter: string; items: number[] }[] {
  // A single letter is one when no word or hyphen goes on from it ("huruf h dan e-KTP" names h).
  const L = String.raw`([a-z])(?![\w-])`;
  // "huruf h s.d. j", "huruf a sampai dengan j", "huruf a - j": every letter of the range.
  let text = raw.replace(
    new RegExp(String.raw`huruf\s+${L}\s*(?:s\.?\s*d\.?|sampai\s+dengan|-|–)\s*(?:huruf\s+)?${L}`, 'gi'),
    (_, a: string, b: string) => {
      const [from, to] = [a.toLowerCase().charCodeAt(0), b.toLowerCase().charCodeAt(0)];
      return to > from && to - from < 12
        ? Array.from({ length: to - from + 1 }, (_, k) => `huruf ${String.fromCharCode(from + k)}`).join(', ')
        : _;
    },
  );
  // "huruf a, c dan h" names three letters: each one as "huruf x", so none is lost.
  text = text.replace(new RegExp(String.raw`huruf\s+[a-z](?![\w-])(?:\s*(?:,|dan|&)\s*${L})+`, 'gi'), (m) =>
    m.replace(new RegExp(String.raw`(,|dan|&)\s*${L}`, 'gi'), (_, sep: string, l: string) => `${sep} huruf ${l}`),
  );
  const out: { letter: string; items: number[] }[] = [];
  // Items: "angka 1 dan 2", "angka 1 dan angka 2", "angka 1), 2)".
  const re = new RegExp(String.raw`(?:huruf\s+|\(\s*)${L}\s*\)?((?:\s*(?:,|dan|&)?\s*angka\s+\d+\)?|\s*(?:,|dan|&)\s*\d+\)?)*)`, 'gi');
  for (const m of text.matchAll(re)) {
    const items = [...(m[2] ?? '').matchAll(/\d+/g)].map((x) => Number(x[0]));
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
      // The law an article belongs to is the one written right next to it: right after it
      // ("Pasal 44 … UU 43/2009") or right before it ("UU 14/2008 Pasal 17 …"), the item's
      // order deciding when both are; with another article in between, the nearest law on
      // the item's side.
      const after = laws.find((l) => l.index === next);
      const previous = [i > 0 ? pasals[i - 1]!.index : -1, ...laws.map((l) => l.index)]
        .filter((x) => x < p.index)
        .reduce((a, b) => Math.max(a, b), -1);
      const before = laws.find((l) => l.index === previous);
      let target = (articleFirst ? (after ?? before) : (before ?? after))?.id;
      target ??= (articleFirst ? laws.find((l) => l.index > p.index) : [...laws].reverse().find((l) => l.index < p.index))?.id;
      if (!target && p[1] === '17' && letters.length && !OTHER_INSTRUMENT.test(t)) {
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
