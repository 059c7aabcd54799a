import type { SignatureCheck } from './schema/index.ts';

/**
 * Two results that differ only in trust (the certificate's chain, the root, the verdict, a
 * timestamp's standing): what a root added or removed can change. Who signed, the signed
 * bytes and the ranges are facts of the file and never change.
 */
export function sameSignedFacts(a: readonly SignatureCheck[], b: readonly SignatureCheck[]): boolean {
  const facts = (c: SignatureCheck) => [
    c.signer,
    c.integrity,
    c.coverage,
    c.bytesAfter,
    c.digest,
    c.timestamp?.time ?? null,
    c.revocationEmbedded,
  ];
  return a.length === b.length && a.every((c, i) => JSON.stringify(facts(c)) === JSON.stringify(facts(b[i]!)));
}
