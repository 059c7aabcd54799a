// The catalogue of laws (content/laws) as the citation reader and the rules use it: ids by
// kind, number and year, the common names registers write instead of numbers, and what makes
// a citation impossible (a year the law does not have, an article past its last, a title
// that belongs to another law). Metadata only: no provision text is needed or invented.
import { escapeRegExp } from './cell-text.ts';
import type { Law } from '#domain/schema/index.ts';

export interface CatalogueAlias {
  alias: string;
  /** Matches the name as written: "UU" also as "Undang-Undang", any spacing, any case. */
  pattern: RegExp;
  /** The laws that use the name: one, or several when the name is ambiguous ("KUHP"). */
  ids: string[];
}

export interface LawCatalogue {
  byId: ReadonlyMap<string, Law>;
  aliases: readonly CatalogueAlias[];
}

/** The id a law has in content/laws: kind, number, year ("uu-14-2008"; "uud-1945"). */
export function lawIdOf(kind: string, number: string, year: number | string): string {
  return [kind.toLowerCase(), number ? String(Number(number)) : '', String(year)].filter(Boolean).join('-');
}

/** The instrument level an id names, from its first part: "uu", "pp", "perki" … */
export function lawLevel(id: string): string {
  return id.split('-')[0]!;
}

const LEVEL_NAMES: Record<string, string> = {
  uud: 'UUD',
  uu: 'UU',
  perppu: 'Perppu',
  pp: 'PP',
  perpres: 'Perpres',
  perki: 'Perki',
  perda: 'Perda',
  pergub: 'Pergub',
};

/** "UU 7/1992" for a law the catalogue does not have, from its id alone ("uud-1946": "UUD 1946"). */
export function shortOfId(id: string): string {
  const [level, ...rest] = id.split('-');
  const name = LEVEL_NAMES[level!] ?? (level!.startsWith('permen') ? `Permen${level!.slice(6)}` : level!.toUpperCase());
  return rest.length === 2 ? `${name} ${rest[0]}/${rest[1]}` : `${name} ${rest.join('-')}`;
}

/** Undang-Undang level: an Undang-Undang, or a Perppu, which has its force. */
export function isStatute(id: string): boolean {
  return ['uu', 'perppu'].includes(lawLevel(id));
}

function aliasPattern(alias: string): RegExp {
  const words = alias.trim().split(/\s+/).map(escapeRegExp);
  const source = words.map((w) => (/^UU$/i.test(w) ? '(?:UU|Undang-Undang)' : w)).join(String.raw`\s+`);
  return new RegExp(String.raw`(?<![\w-])${source}(?![\w-])`, 'gi');
}

export function lawCatalogue(laws: Iterable<readonly [string, Law]>): LawCatalogue {
  const byId = new Map(laws);
  const byAlias = new Map<string, { alias: string; ids: string[] }>();
  for (const [id, law] of byId) {
    for (const alias of law.aliases) {
      const key = alias
        .toLowerCase()
        .replace(/undang-undang/g, 'uu')
        .replace(/\s+/g, ' ');
      const seen = byAlias.get(key) ?? { alias, ids: [] };
      seen.ids.push(id);
      byAlias.set(key, seen);
    }
  }
  // Longer names first, so "UU Perlindungan Data Pribadi" is found before any shorter name in it.
  const aliases = [...byAlias.values()]
    .sort((a, b) => b.alias.length - a.alias.length)
    .map(({ alias, ids }) => ({ alias, pattern: aliasPattern(alias), ids }));
  return { byId, aliases };
}

export const EMPTY_CATALOGUE: LawCatalogue = { byId: new Map(), aliases: [] };

/** Words of a title that say what it is about, for comparing a printed title with the catalogue's. */
const TITLE_FILLER = new Set(
  (
    'tentang atas dan yang serta atau di ke dari untuk dengan dalam oleh perubahan pertama kedua ketiga keempat ' +
    'undang-undang undang uu nomor no tahun republik indonesia negara pp peraturan pemerintah pengganti presiden'
  ).split(' '),
);

function titleWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .flatMap((w) => w.split('-'))
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !TITLE_FILLER.has(w));
}

export type DoubtReason = 'year' | 'article' | 'title';

export interface CitationDoubt {
  law: string;
  reason: DoubtReason;
  /** The article, for `article`; the printed title, for `title`; the year, for `year`. */
  detail: string;
  /** What the catalogue says instead: the article count, the law's title, its year. */
  known: string;
}

/**
 * The UUD has one year; a UUD of another year cannot be cited. (An Undang-Undang of another
 * year is simply another law, so only the UUD can be told apart this way.)
 */
export function yearDoubt(id: string, cat: LawCatalogue): CitationDoubt | null {
  if (lawLevel(id) !== 'uud' || cat.byId.has(id)) return null;
  const known = [...cat.byId].find(([, l]) => l.kind === 'UUD');
  return known ? { law: id, reason: 'year', detail: id.split('-')[1]!, known: String(known[1].year) } : null;
}

/**
 * A law to add to the catalogue: cited, not in it, and not a citation that cannot be right
 * (a UUD of another year is a doubt to fix, not a law to add). The one answer for the
 * citation reader, the check and the import command.
 */
export function missingFromCatalogue(id: string, cat: LawCatalogue): boolean {
  return !cat.byId.has(id) && !yearDoubt(id, cat);
}

/** An article past the law's last one ("Pasal 322" of a law of 286 articles). */
export function articleDoubt(id: string, article: string, cat: LawCatalogue): CitationDoubt | null {
  const count = cat.byId.get(id)?.articleCount;
  const n = parseInt(article, 10);
  return count && n > count ? { law: id, reason: 'article', detail: article, known: String(count) } : null;
}

/**
 * A printed title that shares no word with the catalogue's title or common names ("PP 61/2010
 * tentang Piutang Pegawai" when PP 61/2010 is on implementing UU 14/2008). Titles written
 * short ("tentang KIP") match through the common names; only a title with nothing in common
 * is doubted, so abbreviations and spelling variants are never reported.
 */
export function titleDoubt(id: string, printed: string, cat: LawCatalogue): CitationDoubt | null {
  const law = cat.byId.get(id);
  const words = titleWords(printed);
  if (!law || !words.length) return null;
  const known = [...new Set(titleWords([law.title, ...law.aliases, ...acronyms(law.title)].join(' ')))];
  // The same word, the same first five letters ("perlindungan"/"pelindungan" aside), a part
  // of a word ("Arsip" in "Kearsipan") or a word with more around it ("HAKI", "LPSK").
  const fits = (w: string) =>
    known.some((k) => k === w || k.slice(0, 5) === w.slice(0, 5) || (w.length >= 4 && k.includes(w)) || (k.length >= 3 && w.includes(k)));
  return words.some(fits) ? null : { law: id, reason: 'title', detail: printed, known: law.title };
}

/**
 * "Informasi dan Transaksi Elektronik" is written "ITE", "Standar Layanan Informasi Publik"
 * "SLIP": the initials of the title, and of each "tentang …" in it (an amendment's title
 * names the law it amends).
 */
function acronyms(title: string): string[] {
  return title.split(/\btentang\b/i).map((part) =>
    part
      .split(/[^A-Za-z]+/)
      .filter((w) => w.length > 2 && !TITLE_FILLER.has(w.toLowerCase()))
      .map((w) => w[0])
      .join(''),
  );
}
