import { createHash } from 'node:crypto';

/** The CSP source that allows one inline script by its exact text (Astro.csp.insertScriptHash). */
export function inlineScriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
