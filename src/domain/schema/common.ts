import { z } from 'zod';

/**
 * Stable identifiers: lowercase words joined by hyphens. Ids appear in URLs and in frozen
 * snapshots, so they are restricted to a form that survives every filesystem and URL.
 */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'slug' });

/**
 * Control characters (other than tab and line breaks) are refused in every text: they are
 * invisible, break the XML feed and the CSV, and are never what a register prints.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
export const noControl = (s: string) => !CONTROL.test(s);

/**
 * Bounds on every text, so that no file (from a pull request, say) can make a page, the
 * archive or the search index unboundedly large. A register's longest real cells are a few
 * hundred characters; a decree's narrative may be longer.
 */
export const TEXT_MAX = 5_000;
export const PROSE_MAX = 50_000;

/** Bidirectional controls and zero-width characters: text that reads other than it is. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** The invisible characters in `s`, as code points ("U+202E"), each once. */
export function invisibleIn(s: string): string[] {
  return [...new Set(s.match(INVISIBLE) ?? [])].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Free text that may be empty (the halves of a consequence test, a narrative). */
export const prose = z.string().max(PROSE_MAX).refine(noControl, { error: 'control-char' });

/** Non-empty text; whitespace-only counts as empty because it renders as nothing. */
export const text = z.string().trim().min(1).max(TEXT_MAX).refine(noControl, { error: 'control-char' });

/** An address a reader can follow: http or https only (never javascript: or data:). */
export const webUrl = z.url({ protocol: /^https?$/, error: 'url' });

/** A calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date({ error: 'date' });

/**
 * A date known to day or only to month precision. Registers are signed "Kupang, Maret 2025":
 * the day is unknown and must stay unknown rather than be invented as the 1st.
 */
export const partialDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, { error: 'partial-date' })
  // "2025-04-31" has the right shape and is no day.
  .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isoDate.safeParse(v).success, { error: 'partial-date' });

export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { error: 'sha256' });
