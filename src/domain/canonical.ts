import { createHash } from 'node:crypto';

/**
 * Canonical JSON for frozen snapshots: object keys sorted by code point, strings in Unicode
 * NFC with "\n" line ends, two-space indentation and a final newline. Indented rather than
 * single-line (RFC 8785 style) so that a snapshot reads well in a pull request and in `git
 * diff`; still fully determined by the value, so the same register always hashes the same.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value, '$'), null, 2) + '\n';
}

function normalise(value: unknown, where: string): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').normalize('NFC');
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${where} is not a finite number`);
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => normalise(v, `${where}[${i}]`));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      // undefined means "absent" in the data model; JSON has no such value.
      if (v === undefined) continue;
      out[key.normalize('NFC')] = normalise(v, `${where}.${key}`);
    }
    return out;
  }
  throw new TypeError(`canonicalJson: ${where} has unsupported type ${typeof value}`);
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** True when `raw` is exactly the canonical form of what it parses to. */
export function isCanonical(raw: string, parsed: unknown): boolean {
  return canonicalJson(parsed) === raw;
}
