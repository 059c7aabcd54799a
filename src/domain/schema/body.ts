import { z } from 'zod';
import { text, webUrl } from './common.ts';

/**
 * The public body (Badan Publik) that publishes the register. Contact fields are optional
 * because only what the source document prints may be recorded.
 */
/** A letterhead (kop surat) as printed: heading lines (the last one the body, in bold), then contact lines. */
export const letterheadSchema = z.strictObject({
  heading: z.array(text).min(1).max(4),
  contact: z.array(text).max(4).default([]),
});

export const bodySchema = z.strictObject({
  name: text,
  shortName: text.optional(),
  parent: text.optional(),
  address: text.optional(),
  phone: text.optional(),
  fax: text.optional(),
  email: z.email().optional(),
  website: webUrl.optional(),
  /**
   * The region the body serves, by its name as its documents give it ("Provinsi Nusa
   * Tenggara Timur"), and its Kemendagri code where recorded. A catalogue groups bodies by it.
   */
  region: z
    .strictObject({
      name: text,
      code: z
        .string()
        .regex(/^\d{2}(\.\d{2}){0,3}$/, { error: 'region-code' })
        .nullable()
        .default(null),
    })
    .nullable()
    .default(null),
  /**
   * The letterhead (kop surat) as printed on the register, for the archive PDF: the heading
   * lines (the government, then the body, which is set in bold) and the contact lines under
   * them, each exactly as printed. Null where it is not known: the archive then prints none.
   */
  letterhead: letterheadSchema.nullable().default(null),
  /**
   * Words the body's own documents misspell, as printed → as meant ("penyalagunaan" →
   * "penyalahgunaan"). The texts stay verbatim; public pages mark each such word "[sic]".
   */
  sic: z.record(z.string().regex(/^\S+$/u, { error: 'sic' }).max(60), text).default({}),
  /** IANA time zone of the body, for "today" in expiry checks (Kupang: Asia/Makassar). */
  timeZone: text.default('Asia/Jakarta'),
  /**
   * PPID contacts and service channels where known; the seed prints none separately from the
   * body's own. What is absent is not shown (never invented); the fields are here so a body
   * can fill them.
   */
  ppid: z
    .strictObject({
      name: text.optional(),
      phone: text.optional(),
      email: z.email().optional(),
      address: text.optional(),
      /** Office hours of the information desk, as published ("Senin–Jumat 08.00–15.00 WITA"). */
      hours: text.optional(),
      /** The request form, the objection form and the Daftar Informasi Publik, where online. */
      requestForm: webUrl.optional(),
      objectionForm: webUrl.optional(),
      publicInfoList: webUrl.optional(),
    })
    .nullable()
    .default(null),
});

export type Body = z.infer<typeof bodySchema>;
