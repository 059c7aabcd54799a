import { z } from 'zod';
import { isoDate, text, webUrl } from './common.ts';

/** `content/holidays/<year>.json`: national holidays and cuti bersama, with their source. */
export const holidaysSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  /** The decree that sets the list, and where its content was checked. */
  sources: z.array(z.strictObject({ title: text, url: webUrl.optional(), date: isoDate.optional(), note: text.optional() })).min(1),
  days: z.array(
    z.strictObject({
      date: isoDate,
      name: text,
      kind: z.enum(['libur-nasional', 'cuti-bersama']),
    }),
  ),
});

export type Holidays = z.infer<typeof holidaysSchema>;
