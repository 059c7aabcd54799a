import { z } from 'zod';
import { citationSchema, periodSchema } from './exemption.ts';
import { isoDate, partialDate, prose, sha256Hex, slug, text, webUrl } from './common.ts';
import { letterheadSchema } from './body.ts';

export const DECREE_KINDS = ['penetapan', 'pemutakhiran', 'perubahan-klasifikasi'] as const;

const signatorySchema = z.strictObject({
  name: text,
  position: text,
  /** Pangkat/golongan as printed, e.g. "Pembina Utama Muda (IV/c)". */
  rank: text.nullable().default(null),
  /** NIP exactly as printed, spaces included. */
  nip: text.nullable().default(null),
});

/** Paraf hierarki: the officials who initialled the decree before signature. */
const initialSchema = z.strictObject({
  position: text,
  /** true where the document shows the initial; null where it cannot be seen. */
  initialed: z.boolean().nullable(),
});

const isoInstant = z.iso.datetime({ offset: true });

/**
 * One electronic signature in sk.pdf as checked offline (src/publish/pdf-signature.ts): who
 * signed, when they say they did, whether the signed bytes are intact and cover the file,
 * and whether the certificate chains to a root in content/trust at the signing time.
 */
export const signatureCheckSchema = z.strictObject({
  signer: z
    .strictObject({
      commonName: text.nullable(),
      organization: text.nullable(),
      subject: text,
      issuer: text,
      serial: z.string().regex(/^[0-9A-F]+$/),
      validFrom: isoInstant,
      validUntil: isoInstant,
    })
    .nullable(),
  signingTime: isoInstant.nullable(),
  signingTimeSource: z.enum(['timestamp', 'cms', 'pdf']).nullable(),
  timestamp: z.strictObject({ time: isoInstant, valid: z.boolean() }).nullable(),
  digest: z.string(),
  integrity: z.enum(['intact', 'altered', 'invalid', 'unreadable']),
  coverage: z.enum(['whole-file', 'appended', 'bad-range']),
  bytesAfter: z.number().int().nonnegative(),
  certificate: z.enum(['trusted', 'untrusted', 'expired', 'not-yet-valid', 'failed', 'unchecked']),
  /** The trusted root the chain ends at, by its name (subject). */
  root: text.nullable(),
  revocation: z.literal('not-checked'),
  revocationEmbedded: z.boolean(),
  verdict: z.enum(['valid', 'valid-appended', 'invalid', 'untrusted', 'unchecked', 'expired', 'bad-range', 'unreadable']),
});

/**
 * The elements of a decree as established. These are copied into the frozen snapshot and
 * may not change afterwards (the validator compares them).
 */
export const decreeCoreSchema = z.strictObject({
  /** null where the source does not say whether it is a first establishment or an update. */
  kind: z.enum(DECREE_KINDS).nullable(),
  /** Decree number; null where none is printed. Never invented. */
  number: text.nullable(),
  title: text,
  place: text.nullable(),
  /** Date of signature, to the precision printed ("2025-03" for "Maret 2025"). */
  date: partialDate,
  /** Effective date where stated; null means the document states none. */
  effective: partialDate.nullable().default(null),
  signatory: signatorySchema,
  initials: z.array(initialSchema).default([]),
  /** The decree whose register this one replaces. */
  supersedes: slug.nullable().default(null),
});

/**
 * Dates of an update cycle (SOP stages): when it started and when each stage was completed.
 * A missing date is unknown, never zero.
 */
export const cycleSchema = z.strictObject({
  start: isoDate.nullable().default(null),
  request: isoDate.nullable().default(null),
  validation: isoDate.nullable().default(null),
  decree: isoDate.nullable().default(null),
  update: isoDate.nullable().default(null),
  documentation: isoDate.nullable().default(null),
});

/** `content/decrees/<id>/decree.json`: the core plus annotations that may be added later. */
export const decreeSchema = decreeCoreSchema.extend({
  /** Dates of the SOP stages of the cycle that produced this decree, where recorded. */
  cycle: cycleSchema.nullable().default(null),
  jdih: z
    .strictObject({
      url: webUrl.optional(),
      documentType: text.optional(),
      subject: text.optional(),
    })
    .nullable()
    .default(null),
  /** Editorial notes about the source (what is printed, what is missing). */
  notes: z.array(text).default([]),
  /**
   * Corrections of what was published about this version (a wrong date on the page, a
   * misread field), each dated. The frozen register never changes: a correction of its
   * content is a new decree. Each one is an event of the publication log.
   */
  corrections: z.array(z.strictObject({ date: isoDate, note: text })).default([]),
  /**
   * A version withdrawn before it came into force (a decree revoked before its effective
   * day): it then never comes into force. A register already in force is replaced by a new
   * decree, not withdrawn; the check refuses that.
   */
  withdrawn: z.strictObject({ date: isoDate, reason: text }).nullable().default(null),
  /**
   * The letterhead printed on this decree's register (copied from body.json when the decree is
   * made): the archive PDF sets it, so a later change of letterhead never alters an old
   * version's archive. May be added later where it was not recorded; never changed.
   */
  letterhead: letterheadSchema.nullable().default(null),
  register: z.strictObject({
    /** SHA-256 of the bytes of register.json in this folder. */
    sha256: sha256Hex,
  }),
  /**
   * The scanned signed decree, published byte for byte, and its electronic signatures as
   * `npm run sk` checked them (null: not checked yet; []: the file carries none). Frozen once
   * recorded: judged at the signing time, the result does not change with the day.
   */
  sk: z
    .strictObject({
      file: z.literal('sk.pdf'),
      sha256: sha256Hex,
      signatures: z.array(signatureCheckSchema).nullable().default(null),
      /** The roots (content/trust/, by name and SHA-256) the signatures were checked against. */
      trust: z.array(z.strictObject({ name: text, sha256: sha256Hex })).optional(),
    })
    .optional(),
});

/** One entry as frozen in a version: the full text, and its number in that version. */
export const snapshotEntrySchema = z.strictObject({
  number: z.number().int().positive(),
  id: slug,
  title: text,
  legalBasis: z.array(citationSchema),
  legalBasisText: z.array(text),
  consequence: z.strictObject({ opened: prose, closed: prose }),
  period: periodSchema,
  unit: slug.nullable(),
  partial: z.boolean(),
  partialNote: text.nullable(),
  /** The MDX body (consequence-test reasoning) as written, or "" where there is none. */
  narrative: prose,
});

export const REGISTER_FORMAT = 'ppid-dik/register/1';

/** `content/decrees/<id>/register.json`: the frozen register, canonical JSON. */
export const registerSnapshotSchema = z.strictObject({
  format: z.literal(REGISTER_FORMAT),
  decreeId: slug,
  body: z.strictObject({ name: text }),
  decree: decreeCoreSchema,
  /** SHA-256 of the superseded decree's register.json: the hash chain. */
  previousSha256: sha256Hex.nullable(),
  entries: z.array(snapshotEntrySchema),
});

export type DecreeCore = z.infer<typeof decreeCoreSchema>;
export type SignatureCheck = z.infer<typeof signatureCheckSchema>;
export type Cycle = z.infer<typeof cycleSchema>;
export type Decree = z.infer<typeof decreeSchema>;
export type SnapshotEntry = z.infer<typeof snapshotEntrySchema>;
export type RegisterSnapshot = z.infer<typeof registerSnapshotSchema>;
