import { z } from 'zod';
import { slug, text } from './common.ts';

/** A work unit (unit kerja) that owns entries. Optional: the seed names none. */
export const unitSchema = z.strictObject({
  name: text,
  parent: slug.optional(),
  description: text.optional(),
});

export type Unit = z.infer<typeof unitSchema>;
