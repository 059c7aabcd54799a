import { z } from 'zod';
import { slug, text } from './common.ts';

/**
 * Statute texts are public, but not every text could be confirmed from a primary copy. A
 * provision with `verified: false` is shown as unverified; a provision whose wording is not
 * known at all has `text: null` and at most a `summary` in our own words.
 */
const provisionText = {
  text: text.nullable().default(null),
  summary: text.optional(),
  verified: z.boolean().default(true),
};

export const lawItemSchema = z.strictObject({
  number: z.number().int().positive(),
  ...provisionText,
});

export const lawLetterSchema = z.strictObject({
  letter: z.string().regex(/^[a-z]$/, { error: 'letter' }),
  /** A short name of the ground, for headings and charts. */
  short: text,
  ...provisionText,
  items: z.array(lawItemSchema).default([]),
  /** Pasal 20 ayat (1): exemptions on this ground are not permanent. */
  nonPermanent: z.boolean().default(false),
  /** Huruf j: the ground is another Undang-Undang, which must then be named. */
  requiresOtherLaw: z.boolean().default(false),
});

export const lawParagraphSchema = z.strictObject({
  number: z.string().regex(/^\d+[a-z]?$/),
  ...provisionText,
});

export const lawArticleSchema = z.strictObject({
  number: z.string().regex(/^\d+[A-Z]?$/, { error: 'article' }),
  ...provisionText,
  paragraphs: z.array(lawParagraphSchema).default([]),
  letters: z.array(lawLetterSchema).default([]),
});

/** Instrument levels, highest first (UU 12/2011 Pasal 7, plus the ones registers cite). */
export const LAW_KINDS = [
  'UUD',
  'UU',
  'Perppu',
  'PP',
  'Perpres',
  'Permen',
  'Perki',
  'Perda',
  'Pergub',
  'Kepgub',
  'Keputusan',
  'lainnya',
] as const;

export const lawSchema = z.strictObject({
  kind: z.enum(LAW_KINDS),
  /** The UUD has no number: "". */
  number: z.string().regex(/^\d*$/, { error: 'article' }),
  year: z.number().int().min(1945).max(2100),
  title: text,
  /** Short citation form, e.g. "UU 14/2008". */
  short: text,
  /**
   * Names registers use instead of the number ("UU KIP", "KUHAP"). A name two laws share
   * ("KUHP") is read as neither: the importer asks the editor which one is meant.
   */
  aliases: z.array(text).default([]),
  /**
   * How many articles the law has, where the catalogue knows it: a citation of an article
   * beyond it cannot be right. Articles inserted by amendments (Pasal 28A) count under their
   * number. Absent when not known; then no article is doubted.
   */
  articleCount: z.number().int().positive().optional(),
  /** The article whose letters are the exemption grounds (Pasal 17 of UU 14/2008). */
  exemptionArticle: z
    .string()
    .regex(/^\d+[A-Z]?$/, { error: 'article' })
    .optional(),
  articles: z.array(lawArticleSchema).default([]),
  source: text.optional(),
  related: z.array(slug).default([]),
});

export type Law = z.infer<typeof lawSchema>;
export type LawArticle = z.infer<typeof lawArticleSchema>;
export type LawLetter = z.infer<typeof lawLetterSchema>;
export type LawItem = z.infer<typeof lawItemSchema>;
