import { z } from 'zod';
import { isoDate, prose, slug, text } from './common.ts';

/**
 * A structured legal citation: `UU 14/2008 Pasal 17 huruf h angka 3` is
 * `{ law: uu-14-2008, article: "17", letter: h, items: [3] }`. A citation of a whole law
 * (e.g. "UU Nomor 11 Tahun 2008") names only `law`. One citation per letter keeps every
 * reference checkable against content/laws.
 */
export const citationSchema = z
  .strictObject({
    law: slug,
    article: z
      .string()
      .regex(/^\d+[A-Z]?$/, { error: 'article' })
      .optional(),
    paragraph: z
      .string()
      .regex(/^\d+[a-z]?$/, { error: 'paragraph' })
      .optional(),
    letter: z
      .string()
      .regex(/^[a-z]$/, { error: 'letter' })
      .optional(),
    items: z.array(z.number().int().positive()).optional(),
  })
  .refine((c) => !(c.letter && !c.article), { error: 'letter-needs-article', path: ['letter'] })
  .refine((c) => !(c.items && !c.letter), { error: 'items-need-letter', path: ['items'] });

const anchorSchema = z.discriminatedUnion('kind', [
  /** Counted from the date of the decree that lists the entry. */
  z.strictObject({ kind: z.literal('decree') }),
  /** Counted from a stated date (e.g. the date of the document). */
  z.strictObject({ kind: z.literal('date'), date: isoDate }),
  /** Counted from an event whose date is not in the register. */
  z.strictObject({ kind: z.literal('event'), event: text }),
]);

/**
 * The exemption period. `text` is always the wording as the decree prints it; the other
 * fields are its reading. Two kinds keep apart what must not be confused: `vague` is wording
 * that was read and says no clear end ("Selama jangka waktu tertentu", "-"): a legal finding
 * (period-vague); `unclear` is wording no reading has been given yet: a note for the editor
 * (period-unread), never a finding about the body. Both are allowed so that a published
 * register can always be recorded faithfully.
 */
const periodBase = { text };
const simplePeriods = [
  z.strictObject({ kind: z.literal('indefinite'), ...periodBase }),
  z
    .strictObject({
      kind: z.literal('duration'),
      ...periodBase,
      years: z.number().int().nonnegative().optional(),
      months: z.number().int().nonnegative().optional(),
      from: anchorSchema,
    })
    .refine((p) => (p.years ?? 0) + (p.months ?? 0) > 0, { error: 'duration-empty', path: ['years'] }),
  z.strictObject({ kind: z.literal('until-date'), ...periodBase, date: isoDate }),
  z.strictObject({ kind: z.literal('until-event'), ...periodBase, event: text }),
  /** `party` absent where the wording names nobody ("Sampai ada persetujuan"). */
  z.strictObject({ kind: z.literal('until-consent'), ...periodBase, party: text.optional() }),
  z.strictObject({ kind: z.literal('while'), ...periodBase, condition: text }),
  /** "Sesuai ketentuan peraturan perundang-undangan": the period is the one other rules set. */
  z.strictObject({ kind: z.literal('by-rule'), ...periodBase, rule: text.optional() }),
  z.strictObject({ kind: z.literal('vague'), ...periodBase }),
  z.strictObject({ kind: z.literal('unclear'), ...periodBase }),
] as const;

export const simplePeriodSchema = z.discriminatedUnion('kind', [...simplePeriods]);

export const periodSchema = z.discriminatedUnion('kind', [
  ...simplePeriods,
  /** "5 tahun atau sampai …": every part applies; the period ends at the first that ends. */
  z.strictObject({
    kind: z.literal('mixed'),
    ...periodBase,
    parts: z.array(simplePeriodSchema).min(2),
  }),
]);

export const PERIOD_KINDS = [
  'indefinite',
  'duration',
  'until-date',
  'until-event',
  'until-consent',
  'while',
  'by-rule',
  'mixed',
  'vague',
  'unclear',
] as const;

/**
 * The frontmatter of `content/exemptions/<id>.mdx`. The id is the file name. Missing legal
 * bases and empty consequence texts are accepted here and reported by the validator's own
 * rules (basis-missing, consequence-missing), so the editor gets the legal reason, not only
 * "required".
 */
export const exemptionSchema = z.strictObject({
  /** Position in the register (Nomor urut). Gaps are allowed; numbers are assigned in order. */
  order: z.number().int().positive(),
  /** Informasi: what is exempted, clear and specific. */
  title: text,
  legalBasis: z.array(citationSchema).default([]),
  /** Dasar Hukum as printed, one line per list item in the decree. */
  legalBasisText: z.array(text).default([]),
  consequence: z
    .strictObject({
      /** Dibuka: the harm if the information were opened. */
      opened: prose.default(''),
      /** Ditutup: why closing protects a greater interest. */
      closed: prose.default(''),
    })
    .default({ opened: '', closed: '' }),
  period: periodSchema,
  unit: slug.optional(),
  /** Released with the exempt part blacked out (Perki 1/2021). */
  partial: z.boolean().default(false),
  partialNote: text.optional(),
});

export type Citation = z.infer<typeof citationSchema>;
export type Period = z.infer<typeof periodSchema>;
export type SimplePeriod = z.infer<typeof simplePeriodSchema>;
export type ExemptionData = z.infer<typeof exemptionSchema>;
