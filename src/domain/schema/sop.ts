import { z } from 'zod';
import { isoDate, prose, slug, text } from './common.ts';

/**
 * A service-standard cell group (Mutu Baku): requirement (Kelengkapan/Syarat), time in working
 * days, and output. Every field may be unknown.
 */
const standardSchema = z.strictObject({
  requirement: text.nullable(),
  workingDays: z.number().int().nonnegative().nullable(),
  output: text.nullable(),
});

/**
 * The SOP as data. The extracted table of the seed lost its alignment, so each stage keeps
 * what is printed on its row (`printed`) apart from the project's reading of it (`reading`),
 * and each reading says where it comes from. A reading is never presented as the text.
 */
export const sopSchema = z.strictObject({
  title: text,
  /** The name the document gives itself, where one is printed. */
  name: text.nullable(),
  number: text.nullable(),
  /**
   * How often the SOP says the register is to be updated, in months, where it says so (the
   * seed's SOP does not: null). The site then warns when the register is past it.
   */
  updateEveryMonths: z.number().int().min(1).max(120).nullable().default(null),
  /** The header's fields as printed, for display verbatim. */
  header: z.array(z.strictObject({ label: text, value: prose })),
  created: isoDate.nullable(),
  revised: isoDate.nullable(),
  effective: isoDate.nullable(),
  approvedBy: z.strictObject({ name: text.nullable(), nip: text.nullable(), unit: text.nullable() }),
  legalBases: z.array(z.strictObject({ text, law: slug.optional() })),
  related: z.array(text),
  warning: text.nullable(),
  records: z.array(text),
  actors: z.array(z.strictObject({ id: slug, name: text, note: text.optional() })).min(1),
  /** Column headings of the service standard (Mutu Baku) as printed. */
  standardColumns: z.array(text),
  stages: z
    .array(
      z.strictObject({
        number: z.number().int().positive(),
        /** A stable key, used by decree cycle records. */
        key: z.enum(['request', 'validation', 'decree', 'update', 'documentation']),
        activity: text,
        /** Which actors carry out the stage; null where the source does not show it. */
        actors: z.array(slug).nullable(),
        printed: z.strictObject({ cells: z.array(prose), standard: standardSchema }),
        reading: standardSchema.extend({
          basis: z.enum(['printed', 'shifted-one-row', 'derived-from-total', 'unknown']),
        }),
      }),
    )
    .min(1),
  total: z.strictObject({ workingDays: z.number().int().positive(), printed: text }),
  /** How the table was read and why, in Indonesian, for display. */
  readingNote: z.array(text),
  source: text,
});

export type Sop = z.infer<typeof sopSchema>;
