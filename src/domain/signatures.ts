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

/**
 * A certificate's name as a reader knows it: its common name, then its organisation, from a
 * distinguished name as the checks record it ("C=ID, O=…, CN=…"); the whole name otherwise.
 */
export function certificateName(dn: string): string {
  const parts = dn
    .split(', ')
    .filter((p) => /^(CN|O)=/.test(p))
    .reverse()
    .map((p) => p.slice(p.indexOf('=') + 1));
  return parts.join(', ') || dn;
}
