import type { Citation, Law, LawArticle, LawItem, LawLetter } from '#domain/schema/index.ts';
import { CHECK, PROVISION } from '#domain/strings.ts';

export interface ResolvedCitation {
  citation: Citation;
  law: Law;
  article: LawArticle | null;
  letter: LawLetter | null;
  items: LawItem[];
}

export type CitationLookup =
  { ok: true; value: ResolvedCitation } | { ok: false; part: 'law' | 'paragraph' | 'letter' | 'items'; message: string; hint: string };

/**
 * Resolves a structured citation against the laws in content/laws, saying which part does
 * not exist and what does, so "huruf k" gets "Pasal 17 has huruf a–j" rather than "invalid".
 */
export function resolveCitation(c: Citation, laws: ReadonlyMap<string, Law>): CitationLookup {
  const law = laws.get(c.law);
  if (!law) {
    const known = [...laws.entries()].map(([id, l]) => `${id} (${l.short})`).join(', ');
    return {
      ok: false,
      part: 'law',
      ...CHECK.citation.lawUnknown(c.law, known),
    };
  }
  if (!c.article) return { ok: true, value: { citation: c, law, article: null, letter: null, items: [] } };
  // The catalogue holds the text of the articles the register needs (Pasal 17, 20 …); any
  // other article is taken as cited, with no text to show. An article past the law's last
  // one is a finding of its own (citation-impossible), not an unknown reference.
  const article = law.articles.find((a) => a.number === c.article);
  if (!article) return { ok: true, value: { citation: c, law, article: null, letter: null, items: [] } };
  if (c.paragraph && !article.paragraphs.some((p) => p.number === c.paragraph)) {
    return {
      ok: false,
      part: 'paragraph',
      ...CHECK.citation.paragraphUnknown(
        law.short,
        article.number,
        c.paragraph,
        article.paragraphs.map((p) => p.number),
      ),
    };
  }
  if (!c.letter) return { ok: true, value: { citation: c, law, article, letter: null, items: [] } };
  const letter = article.letters.find((l) => l.letter === c.letter);
  if (!letter) {
    const letters = article.letters.map((l) => l.letter);
    return {
      ok: false,
      part: 'letter',
      ...CHECK.citation.letterUnknown(law.short, article.number, c.letter, letters),
    };
  }
  const items: LawItem[] = [];
  for (const n of c.items ?? []) {
    const item = letter.items.find((i) => i.number === n);
    if (!item) {
      return {
        ok: false,
        part: 'items',
        ...CHECK.citation.itemUnknown(law.short, article.number, letter.letter, n, letter.items.length),
      };
    }
    items.push(item);
  }
  return { ok: true, value: { citation: c, law, article, letter, items } };
}

/** "Pasal 17 huruf h angka 3 UU 14/2008", or "UU 11/2008" for a whole law. */
export function formatCitation(c: Citation, law: Pick<Law, 'short'> | undefined): string {
  const parts: string[] = [];
  if (c.article) parts.push(PROVISION.article(c.article));
  if (c.paragraph) parts.push(PROVISION.paragraph(c.paragraph));
  if (c.letter) parts.push(PROVISION.letter(c.letter));
  if (c.items?.length) parts.push(PROVISION.items(c.items));
  parts.push(law?.short ?? c.law);
  return parts.join(' ');
}

/** The Pasal 17 letters an entry cites, given which law and article are the exemption grounds. */
export function exemptionLetters(citations: readonly Citation[], laws: ReadonlyMap<string, Law>): string[] {
  const out: string[] = [];
  for (const c of citations) {
    const law = laws.get(c.law);
    if (law?.exemptionArticle && c.article === law.exemptionArticle && c.letter && !out.includes(c.letter)) out.push(c.letter);
  }
  return out.sort();
}

/** One provision's wording, or what is known of it. */
export interface ProvisionText {
  label: string;
  text: string | null;
  summary?: string;
  verified: boolean;
}

/** The texts of a citation as the public reads them: the letter and its (cited) items, the paragraph, or the article. */
export function provisionTexts(c: Citation, laws: ReadonlyMap<string, Law>): ProvisionText[] {
  const r = resolveCitation(c, laws);
  if (!r.ok) return [];
  const { law, article, letter, items } = r.value;
  if (!article) return [];
  if (letter) {
    const out: ProvisionText[] = [
      {
        label: `${PROVISION.article(article.number)} ${PROVISION.letter(letter.letter)} ${law.short}`,
        text: letter.text,
        summary: letter.summary,
        verified: letter.verified,
      },
    ];
    // Where no item is cited, all the letter's items belong to its text.
    const shown = items.length ? items : letter.items;
    for (const i of shown) out.push({ label: PROVISION.items([i.number]), text: i.text, summary: i.summary, verified: i.verified });
    return out;
  }
  const paragraph = c.paragraph ? article.paragraphs.find((p) => p.number === c.paragraph) : undefined;
  if (paragraph)
    return [
      {
        label: `${PROVISION.article(article.number)} ${PROVISION.paragraph(paragraph.number)} ${law.short}`,
        text: paragraph.text,
        summary: paragraph.summary,
        verified: paragraph.verified,
      },
    ];
  return [
    {
      label: `${PROVISION.article(article.number)} ${law.short}`,
      text: article.text,
      summary: article.summary,
      verified: article.verified,
    },
  ];
}

/** The one wording a quotation of the citation shows: the cited item's, else the first text (letter, paragraph or article). */
export function quotedProvision(c: Citation, laws: ReadonlyMap<string, Law>): ProvisionText | undefined {
  const texts = provisionTexts(c, laws);
  return c.items?.length ? texts.at(-1) : texts[0];
}
