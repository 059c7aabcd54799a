// Certificates as content/trust keeps them (PEM, or DER), read with pkijs: the loader checks
// every root parses, and the signature checks take them from here.
import { createHash } from 'node:crypto';
import * as pkijs from 'pkijs';

/** Every certificate in PEM or DER bytes; throws on one that is not a certificate. */
export function parseCertificates(bytes: Uint8Array): pkijs.Certificate[] {
  const pem = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const ders = pem.includes('-----BEGIN CERTIFICATE-----')
    ? [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map(
        (m) => new Uint8Array(Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64')),
      )
    : [bytes];
  if (!ders.length) throw new Error('no certificate');
  // An exact copy: a Buffer's own .buffer is the whole shared pool.
  return ders.map((d) => pkijs.Certificate.fromBER(new Uint8Array(d).buffer));
}

/** Whether the bytes hold only certificates pkijs can read. */
export function readableCertificates(bytes: Uint8Array): boolean {
  try {
    return parseCertificates(bytes).length > 0;
  } catch {
    return false;
  }
}

/**
 * A root's identity as a frozen result records it: the SHA-256 of its certificates' own DER
 * bytes, so that an edited "Sumber:" line or a re-wrapped PEM is still the same root.
 */
export function rootDigest(bytes: Uint8Array): string {
  const hash = createHash('sha256');
  for (const c of parseCertificates(bytes)) hash.update(new Uint8Array(c.toSchema().toBER(false)));
  return hash.digest('hex');
}
