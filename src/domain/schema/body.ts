import { z } from 'zod';
import { text, webUrl } from './common.ts';

/**
 * The public body (Badan Publik) that publishes the register. Contact fields are optional
 * because only what the source document prints may be recorded.
 */
export const bodySchema = z.strictObject({
  name: text,
  shortName: text.optional(),
  parent: text.optional(),
  address: text.optional(),
  phone: text.optional(),
  fax: text.optional(),
  email: z.email().optional(),
  website: webUrl.optional(),
  /** IANA time zone of the body, for "today" in expiry checks (Kupang: Asia/Makassar). */
  timeZone: text.default('Asia/Jakarta'),
  /** PPID contacts where known; the seed prints none separately from the body's own. */
  ppid: z
    .strictObject({
      name: text.optional(),
      phone: text.optional(),
      email: z.email().optional(),
      address: text.optional(),
    })
    .nullable()
    .default(null),
});

export type Body = z.infer<typeof bodySchema>;
