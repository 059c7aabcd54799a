// Reading legal citations as registers print them: "Pasal 17 huruf h UU No. 14 Tahun 2008",
// "Pasal 17 huruf b dan huruf h …", "Pasal 17 (g), (h) angka 3", "UU Nomor 11 Tahun 2008
// Tentang …", "UU PDP", "KUHAP", lists of several laws. What cannot be read is returned as
// such, never guessed; a citation the catalogue shows cannot be right is returned as a doubt.
import type { Citation } from '#domain/schema/index.ts';
import { IMPORT } from '#domain/strings.ts';
import { cellItems } from './cell-text.ts';
import {
  articleDoubt,
  EMPTY_CATALOGUE,
  lawIdOf,
  missingFromCatalogue,
  titleDoubt,
  yearDoubt,
  type CitationDoubt,
  type LawCatalogue,
} from './law-catalogue.ts';

export interface ParsedBasis {
  /** The printed items, one per line or bullet, cleaned of markup. */
  texts: string[];
  citations: Citation[];
  /** Items no citation could be read from. */
  unread: string[];
  /** Readings that rest on an assumption the editor should confirm. */
  notes: string[];
  /** Citations that cannot be right, by the catalogue: each with the item it is in. */
  doubts: (CitationDoubt & { text: string })[];
  /** Laws cited that the catalogue does not have. */
  uncatalogued: string[];
}

const KINDS: [RegExp, string][] = [
  [/^(Perppu|Peraturan Pemerintah Pengganti Undang-Undang)$/i, 'perppu'],
  [/^(UU|Undang-Undang)$/i, 'uu'],
  [/^(UUD|Undang-Undang Dasar)/i, 'uud'],
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
const LAW_SOURCE = String.raw`\b(${LAW_KINDS})\s*(?:Republik Indonesia\s*)?(?:Nomor|No\.?|Nomer)?\s*(\d+)\s*(?:Ta+hun|Th\.?|\/)\s*(\d{4})`;
const LAWS = new RegExp(LAW_SOURCE, 'gi');
/**
 * A law named by its subject and then its number: "UU Pemerintahan Daerah No. 32 Tahun 2004",
 * "UU Kesehatan No. 36 Tahun 2009". The number decides which law it is, not the subject.
 */
const NAMED_LAWS = new RegExp(
  String.raw`\b(UU|Undang-Undang|PP|Peraturan Pemerintah|Perpres|Perki)\s+(?:[A-Z][\w-]*\s+){1,6}?` +
    String.raw`(?:Nomor|No\.?)\s*(\d+)\s*(?:Tahun|\/)\s*(\d{4})`,
  'g',
);
/**
 * A ministerial regulation with a plain number: "Permenkes No. 269 Tahun 2008", "Peraturan
 * Menteri Dalam Negeri Nomor 108 Tahun 2019", "PMK 190/2012". Its id names the ministry
 * ("permenkes-269-2008"), since each ministry numbers its own. A ministry this list does not
 * know, or a number that is no plain number ("PER/04/M.PAN/03/2008"), is left unread.
 */
const PERMEN = new RegExp(
  String.raw`\b(Permen[a-z]+|PMK|PMA|Peraturan\s+Menteri)\s+((?:[A-Z][a-zA-Z]*|dan)(?:\s+(?:[A-Z][a-zA-Z]*|dan))*\s+)?` +
    String.raw`(?:Republik\s+Indonesia\s+|RI\s+)?(?:Nomor|No\.?)\s*(\d+)\s*(?:Tahun|\/)\s*(\d{4})`,
  'g',
);
const MINISTRIES: Record<string, string> = {
  kesehatan: 'kes',
  'dalam negeri': 'dagri',
  keuangan: 'keu',
  agama: 'ag',
  'pendidikan dan kebudayaan': 'dikbud',
  'komunikasi dan informatika': 'kominfo',
  'hukum dan hak asasi manusia': 'kumham',
  'hukum dan ham': 'kumham',
  perhubungan: 'hub',
  perdagangan: 'dag',
  perindustrian: 'perin',
  sosial: 'sos',
  pertanian: 'tan',
  ketenagakerjaan: 'naker',
  'pendayagunaan aparatur negara dan reformasi birokrasi': 'panrb',
  'lingkungan hidup dan kehutanan': 'lhk',
  'pekerjaan umum dan perumahan rakyat': 'pupr',
  'energi dan sumber daya mineral': 'esdm',
};

/** "permenkes" for "Permenkes" or "Peraturan Menteri Kesehatan"; null for a ministry not known. */
function permenLevel(word: string, ministry: string | undefined): string | null {
  if (/^PMK$/.test(word)) return 'permenkeu';
  if (/^PMA$/.test(word)) return 'permenag';
  if (/^permen[a-z]+$/i.test(word)) return ministry?.trim() ? null : word.toLowerCase();
  const key = (ministry ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return MINISTRIES[key] ? `permen${MINISTRIES[key]}` : null;
}

/**
 * The start of an instrument's name, read or not. An article written after one that was not
 * read ("… jo. Pasal 1365 KUHPerdata", "Permenkes 269/2008 Pasal 10") belongs to it, never to
 * a law named earlier in the item.
 */
const INSTRUMENT = new RegExp(
  String.raw`\b(?:UU|UUD|Undang-Undang|PP|Peraturan|Perpres|Perppu|Perme\w*|Perda|Pergub|Perbup|Perwal|Perki|KUH\w*|Kitab|` +
    String.raw`Keputusan|Kepmen\w*|Instruksi|Surat\s+Edaran)\b`,
  'gi',
);
/** The constitution has a year and no number: "UUD Negara RI Tahun 1945", "UUD 1945". */
const UUD = /\b(UUD|Undang-Undang Dasar)(?:\s+(?:Negara\s+)?(?:Republik\s+Indonesia|RI|NRI))?(?:\s+Tahun)?\s+(\d{4})\b/gi;
/** "tentang <title>" after a law, up to what starts something else: an article, another law, a new item. */
const TITLE_AFTER = new RegExp(
  String.raw`^\s*,?\s*tentang\s+(.+?)(?=\s*(?:[;:]|$|\bPasal\b|\byang berbunyi\b|\b(?:${LAW_KINDS}|UUD|Perme\w*)\b|\s\d+[.)]\s))`,
  'i',
);
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
export const KIP_LAW_ID = 'uu-14-2008';

function lawId(kindWord: string, number: string, year: string): string {
  return lawIdOf(KINDS.find(([re]) => re.test(kindWord.trim()))?.[1] ?? 'uu', number, year);
}

interface Mention {
  index: number;
  /** Where the law's name ends. */
  end: number;
  id: string;
  /** "tentang …" as printed after the law, when it is. */
  title?: string;
}

/**
 * Every law an item names, in order: by number, the UUD by year, and common names from the
 * catalogue. A law named as the one an amendment or an implementing rule is about is part of
 * a title, not cited. A common name two laws share is returned apart, to be asked about.
 */
function mentions(t: string, cat: LawCatalogue): { laws: Mention[]; ambiguous: string[]; unreadAt: (from: number, to: number) => boolean } {
  const inTitle = (index: number) => AMENDED.test(t.slice(Math.max(0, index - 40), index));
  const titleAt = (end: number) => TITLE_AFTER.exec(t.slice(end))?.[1]?.trim();
  const numbered = [
    ...[...t.matchAll(LAWS)].map((m) => ({ m, id: lawId(m[1]!, m[2]!, m[3]!) })),
    ...[...t.matchAll(PERMEN)].flatMap((m) => {
      const level = permenLevel(m[1]!, m[2]);
      return level ? [{ m, id: lawIdOf(level, m[3]!, m[4]!) }] : [];
    }),
    ...[...t.matchAll(NAMED_LAWS)].map((m) => ({ m, id: lawId(m[1]!, m[2]!, m[3]!) })),
    ...[...t.matchAll(UUD)].map((m) => ({ m, id: lawIdOf('uud', '', m[2]!) })),
  ].map(({ m, id }) => ({ index: m.index, end: m.index + m[0].length, id, title: titleAt(m.index + m[0].length) }));
  // Every name read, kept or not: a law named inside a title is read, only not cited.
  const spans = numbered.map((l) => [l.index, l.end] as const);
  // One name, one law: where two readings overlap, the first list's (the plain number) wins,
  // so a Perppu is not also read as a PP "Pengganti Undang-Undang".
  const kept: typeof numbered = [];
  for (const m of numbered) if (!kept.some((k) => k.index < m.end && m.index < k.end)) kept.push(m);
  const laws: Mention[] = kept.filter((m) => !inTitle(m.index));
  const ambiguous: string[] = [];
  const taken = (from: number, to: number) => spans.some(([s, e]) => s < to && e > from);
  const starts = [...t.matchAll(INSTRUMENT)].map((m) => m.index);
  for (const a of cat.aliases) {
    for (const m of t.matchAll(a.pattern)) {
      if (inTitle(m.index) || taken(m.index, m.index + m[0].length)) continue;
      // "Peraturan Menteri … tentang Petunjuk Teknis UU Keuangan Negara": the name is part of
      // the title of an instrument that was not read, so it is not cited in its place.
      const owner = Math.max(-1, ...starts.filter((s) => s < m.index));
      const titled = owner >= 0 && /\btentang\b/i.test(t.slice(owner, m.index));
      if (titled && !spans.some(([s]) => s === owner)) continue;
      if (a.ids.length === 1) {
        spans.push([m.index, m.index + m[0].length]);
        if (!laws.some((l) => l.id === a.ids[0])) laws.push({ index: m.index, end: m.index + m[0].length, id: a.ids[0]! });
      } else if (!laws.some((l) => a.ids.includes(l.id))) ambiguous.push(IMPORT.aliasAmbiguous(m[0], a.ids));
    }
  }
  /** True when an instrument no name was read for starts between `from` and `to`. */
  const unreadAt = (from: number, to: number) => starts.some((s) => s >= from && s < to && !spans.some(([a, e]) => s >= a && s < e));
  return { laws: laws.sort((a, b) => a.index - b.index), ambiguous, unreadAt };
}

/**
 * "Pasal 28 A", "Pasal 28A s/d 28H", "Pasal 28 A s/d 28 H": each article of the range. Case
 * matters for the inserted article's capital ("pasal 17 a" is no Pasal 17A), so "Pasal" is
 * spelled in either case by hand.
 */
const ARTICLE = new RegExp(
  String.raw`\b[Pp]?[Aa][Ss][Aa][Ll]\s+(\d+)(?:\s?([A-Z])(?![\w-]))?` +
    String.raw`(?:\s*(?:s\.?\s*\/?\s*d\.?|sampai\s+dengan)\s*(?:Pasal\s+)?(\d+)\s?([A-Z])(?![\w-]))?`,
  'g',
);

function articlesOf(m: RegExpMatchArray): string[] {
  const [, n, from, n2, to] = m;
  if (!from || !to || n !== n2 || to <= from) return [`${n}${from ?? ''}`];
  return Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, k) => `${n}${String.fromCharCode(from.charCodeAt(0) + k)}`);
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
  // "huruf b, c, i, dan j" too: a comma and "dan" together are one separator.
  const SEP = String.raw`(?:,\s*(?:dan|&)|,|dan|&)`;
  text = text.replace(new RegExp(String.raw`huruf\s+[a-z](?![\w-])(?:\s*${SEP}\s*${L})+`, 'gi'), (m) =>
    m.replace(new RegExp(String.raw`(${SEP})\s*${L}`, 'gi'), (_, sep: string, l: string) => `${sep} huruf ${l}`),
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

export function parseBasis(raw: string, cat: LawCatalogue = EMPTY_CATALOGUE): ParsedBasis {
  const texts = cellItems(raw);
  const citations: Citation[] = [];
  const unread: string[] = [];
  const notes: string[] = [];
  const doubts: ParsedBasis['doubts'] = [];
  for (const t of texts) {
    const { laws, ambiguous, unreadAt } = mentions(t, cat);
    notes.push(...ambiguous);
    for (const l of laws) {
      const doubt = yearDoubt(l.id, cat) ?? (l.title ? titleDoubt(l.id, l.title, cat) : null);
      if (doubt) doubts.push({ ...doubt, text: t });
    }
    const pasals = [...t.matchAll(ARTICLE)];
    // "UU Nomor 14 Tahun 2008 … huruf h angka 4", with no "Pasal 17": the letters are Pasal
    // 17's, the only article of UU 14/2008 with grounds in letters (quoted text aside).
    const kipAt = laws.find((l) => l.id === KIP_LAW_ID);
    const bare = !pasals.length && kipAt ? lettersAfter(t.slice(kipAt.end).split(/\byaitu\b|\byang\s+berbunyi\b|:/i)[0]!) : [];
    if (bare.length) {
      notes.push(IMPORT.articleAssumed(t));
      for (const l of bare)
        citations.push({ law: KIP_LAW_ID, article: '17', letter: l.letter, ...(l.items.length ? { items: l.items } : {}) });
      for (const l of laws) if (l.id !== KIP_LAW_ID && !citations.some((c) => c.law === l.id)) citations.push({ law: l.id });
      continue;
    }
    if (!pasals.length) {
      if (!laws.length && !ambiguous.length) unread.push(t);
      for (const l of laws) if (!citations.some((c) => c.law === l.id && !c.article)) citations.push({ law: l.id });
      continue;
    }
    // "Pasal 17 huruf h UU 14/2008" names the law after the article; "UU 14/2008 Pasal 17
    // huruf h" before it. The item's first mention decides which way it reads.
    const articleFirst = !laws.length || pasals[0]!.index! < laws[0]!.index;
    const cited = new Set<string>();
    let lost = false;
    pasals.forEach((p, i) => {
      const start = p.index!;
      const next = Math.min(...[...laws.map((l) => l.index), pasals[i + 1]?.index ?? Infinity].filter((x) => x > start), t.length);
      const part = t.slice(start + p[0].length, next);
      // Text after the article, before any quoted statute ("yang berbunyi: …"), that names an
      // instrument no law was read for: the article is that instrument's, not a law's here.
      const own = part.split(/\byang\s+berbunyi\b|\bberbunyi\s*:|[,;]|\s(?:dan|jo\.?|serta|atau)\s/i)[0]!;
      if (unreadAt(start + p[0].length, start + p[0].length + own.length)) {
        lost = true;
        return;
      }
      const ayat = /ayat\s*\(?\s*(\d+)\s*\)?/i.exec(part)?.[1];
      const letters = lettersAfter(part);
      // The law an article belongs to is the one written right next to it: right after it
      // ("Pasal 44 … UU 43/2009") or right before it ("UU 14/2008 Pasal 17 …"), the item's
      // order deciding when both are; with another article in between, the nearest law on
      // the item's side.
      // An instrument that was not read, between the article and a law, claims the article.
      const reach = (l: Mention | undefined) =>
        !l ? undefined : l.index > start ? (unreadAt(start, l.index) ? undefined : l) : unreadAt(l.end, start) ? undefined : l;
      const after = reach(laws.find((l) => l.index === next));
      const previous = [i > 0 ? pasals[i - 1]!.index! : -1, ...laws.map((l) => l.index)]
        .filter((x) => x < start)
        .reduce((a, b) => Math.max(a, b), -1);
      const prior = reach(laws.find((l) => l.index === previous));
      let target = (articleFirst ? (after ?? prior) : (prior ?? after))?.id;
      target ??= reach(articleFirst ? laws.find((l) => l.index > start) : [...laws].reverse().find((l) => l.index < start))?.id;
      if (!target && p[1] === '17' && letters.length && !OTHER_INSTRUMENT.test(t) && !ambiguous.length) {
        target = KIP_LAW_ID;
        notes.push(IMPORT.lawAssumed(t));
      }
      if (!target) {
        lost = true;
        return;
      }
      cited.add(target);
      for (const article of articlesOf(p)) {
        const doubt = articleDoubt(target, article, cat);
        if (doubt) doubts.push({ ...doubt, text: t });
        const base = { law: target, article, ...(ayat ? { paragraph: ayat } : {}) };
        if (letters.length === 0) citations.push(base);
        for (const l of letters) citations.push({ ...base, letter: l.letter, ...(l.items.length ? { items: l.items } : {}) });
      }
    });
    if (lost) unread.push(t);
    // Other laws the item names without an article of their own ("… Pasal 17 huruf d UU 15
    // Tahun 2004 tentang …"): cited as whole laws, each once.
    for (const l of laws) if (!cited.has(l.id) && !citations.some((c) => c.law === l.id)) citations.push({ law: l.id });
  }
  const uncatalogued = cat.byId.size ? [...new Set(citations.map((c) => c.law))].filter((id) => missingFromCatalogue(id, cat)) : [];
  return { texts, citations, unread, notes, doubts, uncatalogued };
}
