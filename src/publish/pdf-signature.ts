// Electronic signatures in a signed decree (sk.pdf), checked offline: PAdES / CMS detached
// signatures as BSrE issues them. pkijs and asn1js read the CMS and validate the chain with
// Node's WebCrypto (ECDSA and RSA); the PDF itself is read only as far as a signature needs
// (its /ByteRange and /Contents), from the raw bytes, since a signature's offsets are bytes.
// Everything is judged at the signing time, so the result is the same on any later day and
// can be frozen with the version: a certificate that expires later does not change it.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { SignatureCheck } from '#domain/schema/index.ts';
import { parseCertificates, rootDigest } from '#content/certificates.ts';

pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: globalThis.crypto }));
const engine = pkijs.getCrypto(true);

const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  adbeRevocation: '1.2.840.113583.1.1.8',
  rsaEncryption: '1.2.840.113549.1.1.1',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
};
const HASH: Record<string, string> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};
const DN: Record<string, string> = { '2.5.4.3': 'CN', '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'ST' };

/** A root certificate the content trusts (content/trust/*.pem: PEM or DER bytes). */
export interface TrustRoot {
  file: string;
  der: Uint8Array;
}

/**
 * The roots a content tree trusts, as the checks take them, each with its SHA-256 (what a
 * frozen result records); with `only`, just the roots with those hashes.
 */
export function trustRoots(trust: readonly { name: string; pem: string }[], only?: readonly string[]): (TrustRoot & { sha256: string })[] {
  return trust
    .map((t) => {
      const der = new Uint8Array(Buffer.from(t.pem, 'latin1'));
      return { file: t.name, der, sha256: rootDigest(der) };
    })
    .filter((r) => !only || only.includes(r.sha256));
}

const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
// An exact copy: a Buffer's own .buffer is the whole shared pool.
const ab = (u: Uint8Array): ArrayBuffer => new Uint8Array(u).buffer;
const same = (a: ArrayBuffer | Uint8Array, b: ArrayBuffer | Uint8Array) =>
  Buffer.compare(
    Buffer.from(a instanceof Uint8Array ? a : new Uint8Array(a)),
    Buffer.from(b instanceof Uint8Array ? b : new Uint8Array(b)),
  ) === 0;
const digest = async (alg: string, data: Uint8Array) => new Uint8Array(await globalThis.crypto.subtle.digest(alg, ab(data)));

function dn(n: pkijs.RelativeDistinguishedNames): string {
  return n.typesAndValues.map((tv) => `${DN[tv.type] ?? tv.type}=${tv.value.valueBlock.value}`).join(', ');
}
function dnPart(n: pkijs.RelativeDistinguishedNames, oid: string): string | null {
  return n.typesAndValues.find((tv) => tv.type === oid)?.value.valueBlock.value ?? null;
}

/** A PDF date, "D:YYYYMMDDHHmmSS+07'00'", as an ISO instant; null where it is not one. */
export function pdfDate(s: string | null): string | null {
  const m = s && /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?/.exec(s);
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', se = '00', sign, oh = '00', om = '00'] = m;
  // Without a zone the instant is unknown by hours; near a certificate's validity edge that could flip a verdict.
  if (!sign) return null;
  const offset = (sign === '+' ? 1 : sign === '-' ? -1 : 0) * (Number(oh) * 60 + Number(om)) * 60_000;
  const t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se)) - offset;
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

interface RawSignature {
  byteRange: number[];
  /** The /Contents hex string: where its "<" and ">" are, and its bytes. */
  contents: { at: number; end: number; bytes: Uint8Array } | null;
  /** /M as written, where the dictionary has one. */
  m: string | null;
}

/**
 * Every signature dictionary in the file, found by its /ByteRange in the raw bytes (a
 * signature dictionary is never in an object stream: its offsets must be real), oldest first.
 * The /Contents string is the one inside the same dictionary: within the gap the range leaves.
 */
export function findSignatures(pdf: Uint8Array): RawSignature[] {
  const text = latin1(pdf);
  const seen = new Map<string, RawSignature>();
  // Bounded: a hostile file cannot make the pattern backtrack (four numbers fit in 100
  // characters), nor the search around each match run across the whole file, nor the matches
  // themselves be counted in hundreds of thousands.
  let matches = 0;
  for (const m of text.matchAll(/\/ByteRange\s{0,20}\[([^\]]{0,100})\]/g)) {
    if (++matches > MAX_BYTE_RANGES) throw new TooManySignatures();
    const br = m[1]!.trim().split(/\s+/).map(Number);
    const key = br.join(' ');
    // A later revision may write the same dictionary again; an unsigned field has zeros.
    if (seen.has(key) || (br.length === 4 && br[1] === 0 && br[2] === 0)) continue;
    // Only a signature dictionary counts: "/ByteRange" in a page's text is none.
    const before = text.slice(Math.max(0, m.index - DICT_WINDOW), m.index);
    const after = text.slice(m.index, m.index + DICT_WINDOW + CONTENTS_MAX);
    const from = before.lastIndexOf(' obj');
    const to = after.indexOf('endobj');
    const dict = (before.slice(from < 0 ? 0 : from) + after.slice(0, to < 0 ? DICT_WINDOW : to)).replace(/<[0-9A-Fa-f\s]{64,}>/g, '<>');
    if (!/\/Contents\s*</.test(dict) || !/\/Type\s*\/Sig\b|\/SubFilter\s*\//.test(dict)) continue;
    if (seen.size === MAX_SIGNATURES) throw new TooManySignatures();
    let contents: RawSignature['contents'] = null;
    if (br.length === 4 && br.every((n) => Number.isSafeInteger(n) && n >= 0)) {
      const at = br[0]! + br[1]!;
      const end = br[2]! - 1;
      const hex =
        end > at && end < pdf.length && pdf[at] === 0x3c && pdf[end] === 0x3e ? text.slice(at + 1, end).replace(/\s+/g, '') : null;
      if (hex !== null && /^[0-9A-Fa-f]*$/.test(hex))
        contents = { at, end, bytes: new Uint8Array(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex')) };
    }
    const mDate = /\/M\s*\(([^)]{0,64})\)/.exec(dict)?.[1] ?? null;
    seen.set(key, { byteRange: br, contents, m: mDate });
  }
  return [...seen.values()].sort((a, b) => (a.byteRange[2] ?? 0) + (a.byteRange[3] ?? 0) - ((b.byteRange[2] ?? 0) + (b.byteRange[3] ?? 0)));
}

/** More signatures than any decree carries: the file is refused rather than checked for long. */
export const MAX_SIGNATURES = 32;
/** "/ByteRange" written this often is no decree's; the file is refused before any work on it. */
const MAX_BYTE_RANGES = 1000;
/** How far around a /ByteRange its dictionary is looked for, and the largest signature it can hold. */
const DICT_WINDOW = 4096;
const CONTENTS_MAX = 256 * 1024;
/** More certificates than a signature's chain needs: the rest are not looked at. */
const MAX_CMS_CERTIFICATES = 20;
/** Issuer look-ups per chain: a loop of certificates in a hostile CMS ends here as untrusted. */
const MAX_ISSUER_LOOKUPS = 200;
export class TooManySignatures extends Error {}

/** Every signature in `pdf`, checked against the trusted roots. An empty list: the file has none. */
export async function checkPdfSignatures(pdf: Uint8Array, roots: readonly TrustRoot[]): Promise<SignatureCheck[]> {
  const trusted = roots.flatMap((r) => parseCertificates(r.der).map((cert) => ({ cert })));
  const dss = /\/DSS\s*(<<|\d+\s+\d+\s+R)/.test(latin1(pdf));
  const out: SignatureCheck[] = [];
  for (const raw of findSignatures(pdf)) out.push(await checkOne(pdf, raw, trusted, dss));
  return out;
}

async function checkOne(pdf: Uint8Array, raw: RawSignature, trusted: { cert: pkijs.Certificate }[], dss: boolean): Promise<SignatureCheck> {
  const br = raw.byteRange;
  const r: SignatureCheck = {
    signer: null,
    signingTime: null,
    signingTimeSource: null,
    timestamp: null,
    digest: '',
    integrity: 'unreadable',
    coverage: 'bad-range',
    bytesAfter: 0,
    certificate: 'unchecked',
    root: null,
    revocation: 'not-checked',
    revocationEmbedded: dss,
    verdict: 'unreadable',
  };
  const sane =
    br.length === 4 && br.every((n) => Number.isInteger(n) && n >= 0) && br[0] === 0 && !!raw.contents && br[2]! + br[3]! <= pdf.length;
  if (!sane || !raw.contents) {
    r.verdict = 'bad-range';
    return r;
  }
  r.bytesAfter = pdf.length - (br[2]! + br[3]!);
  r.coverage = r.bytesAfter === 0 ? 'whole-file' : 'appended';

  let sd: pkijs.SignedData;
  try {
    const asn = asn1js.fromBER(ab(raw.contents.bytes));
    if (asn.offset === -1) throw new Error(asn.result.error);
    const ci = new pkijs.ContentInfo({ schema: asn.result });
    if (ci.contentType !== OID.signedData) throw new Error(ci.contentType);
    sd = new pkijs.SignedData({ schema: ci.content });
  } catch {
    return r;
  }
  const si = sd.signerInfos[0];
  if (!si) return r;
  const certs = (sd.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  let signer: pkijs.Certificate | undefined;
  if (si.sid instanceof pkijs.IssuerAndSerialNumber) {
    const sid = si.sid;
    signer = certs.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber));
  } else {
    const keyId = (si.sid as asn1js.Constructed).valueBlock.value[0] as asn1js.OctetString | undefined;
    for (const c of certs)
      if (
        keyId &&
        same(await digest('SHA-1', c.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView), keyId.valueBlock.valueHexView)
      )
        signer = c;
  }
  const hash = HASH[si.digestAlgorithm.algorithmId];
  r.digest = hash ?? si.digestAlgorithm.algorithmId;
  const attrs = si.signedAttrs?.attributes ?? [];
  const attr = (oid: string) => attrs.find((a) => a.type === oid);
  const claimed = (attr(OID.signingTime)?.values[0] as { toDate?: () => Date } | undefined)?.toDate?.();
  r.revocationEmbedded ||= !!attr(OID.adbeRevocation) || (sd.crls ?? []).length > 0;
  if (signer)
    r.signer = {
      commonName: dnPart(signer.subject, OID.commonName),
      organization: dnPart(signer.subject, OID.organization),
      subject: dn(signer.subject),
      issuer: dn(signer.issuer),
      serial: Buffer.from(signer.serialNumber.valueBlock.valueHexView).toString('hex').toUpperCase(),
      validFrom: signer.notBefore.value.toISOString(),
      validUntil: signer.notAfter.value.toISOString(),
    };

  // The document digest and the signature over the signed attributes, apart: "the file was
  // changed" and "the signature is forged" are different findings.
  const signed = Buffer.concat([pdf.subarray(br[0], br[0]! + br[1]!), pdf.subarray(br[2], br[2]! + br[3]!)]);
  try {
    if (!hash || !signer || !si.signedAttrs) throw new Error('unsupported');
    const md = attr(OID.messageDigest)?.values[0] as asn1js.OctetString | undefined;
    if (!md) throw new Error('no messageDigest');
    const digestOk = same(await digest(hash, signed), md.valueBlock.valueHexView);
    const signatureOk = await engine.verifyWithPublicKey(
      si.signedAttrs.encodedValue,
      si.signature,
      signer.subjectPublicKeyInfo,
      si.signatureAlgorithm,
      si.signatureAlgorithm.algorithmId === OID.rsaEncryption ? hash : undefined,
    );
    r.integrity = !digestOk ? 'altered' : signatureOk ? 'intact' : 'invalid';
  } catch {
    r.integrity = 'unreadable';
  }

  // A timestamp token over the signature value: the only signing time the signer cannot choose.
  const token = si.unsignedAttrs?.attributes.find((a) => a.type === OID.timeStampToken);
  if (token)
    try {
      const tsd = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: token.values[0] }).content });
      const tst = pkijs.TSTInfo.fromBER(ab(tsd.encapContentInfo.eContent!.valueBlock.valueHexView));
      const value = ab(si.signature.valueBlock.valueHexView);
      const imprint = await tst.verify({ data: value });
      const verified = await tsd.verify({ signer: 0, data: value, extendedMode: true, checkChain: false }).catch(() => null);
      // A timestamp counts only from a time-stamping authority (its certificate says so) that
      // chains to a trusted root: the signer's own key cannot vouch for its own time.
      const tsa = verified?.signatureVerified === true ? verified.signerCertificate : undefined;
      const tsaCerts = (tsd.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
      const chained = !!tsa && hasKeyPurpose(tsa, TIME_STAMPING) && (await chainTo(tsa, tsaCerts, trusted, tst.genTime)).trusted;
      r.timestamp = { time: tst.genTime.toISOString(), valid: imprint && chained };
    } catch {
      r.timestamp = null;
    }

  const m = pdfDate(raw.m);
  const when = r.timestamp?.valid ? r.timestamp.time : (claimed?.toISOString() ?? m);
  r.signingTime = when;
  r.signingTimeSource = r.timestamp?.valid ? 'timestamp' : claimed ? 'cms' : m ? 'pdf' : null;

  if (signer && when) {
    const at = new Date(when);
    const inValidity = signer.notBefore.value <= at && at <= signer.notAfter.value;
    const chain = await chainTo(signer, certs, trusted, at);
    // As NSS (and so pdfsig) judge it: a signer outside its validity first, then the chain.
    r.certificate = !inValidity
      ? signer.notBefore.value > at
        ? 'not-yet-valid'
        : 'expired'
      : chain.trusted
        ? 'trusted'
        : chain.code === 8
          ? 'expired'
          : [60, 97, -1].includes(chain.code)
            ? 'untrusted'
            : 'failed';
    // The root by its name, not its file: what a reader can match against the authority's own.
    r.root = chain.root;
  }

  r.verdict =
    r.integrity === 'unreadable'
      ? 'unreadable'
      : r.integrity !== 'intact'
        ? 'invalid'
        : r.certificate === 'expired' || r.certificate === 'not-yet-valid'
          ? 'expired'
          : r.certificate === 'untrusted'
            ? 'untrusted'
            : r.certificate !== 'trusted'
              ? 'unchecked'
              : r.coverage === 'appended'
                ? 'valid-appended'
                : 'valid';
  return r;
}

const der = (c: pkijs.Certificate) => new Uint8Array(c.toSchema().toBER(false));

/**
 * Does `leaf` chain to a trusted root at `at`? pkijs validates the last certificate it is
 * given and drops duplicates, so a CMS carrying the leaf twice could have it validate another
 * certificate instead: every copy of the leaf is removed from the others, and the path found
 * must hold the leaf itself, byte for byte, and end at a trusted root.
 */
async function chainTo(
  leaf: pkijs.Certificate,
  certs: readonly pkijs.Certificate[],
  trusted: readonly { cert: pkijs.Certificate }[],
  at: Date,
): Promise<{ trusted: boolean; code: number; root: string | null }> {
  const own = der(leaf);
  // pkijs follows issuers without remembering where it has been: a loop of certificates (A
  // issued by B, B by A) would run forever. The look-ups are counted, and cut.
  let lookups = 0;
  const findIssuer: pkijs.FindIssuerCallback = (certificate, engineOf, crypto) => {
    if (++lookups > MAX_ISSUER_LOOKUPS) throw new Error('issuer look-ups exceeded');
    return engineOf.defaultFindIssuer(certificate, engineOf, crypto);
  };
  const result = await new pkijs.CertificateChainValidationEngine({
    trustedCerts: trusted.map((t) => t.cert),
    certs: [...certs.filter((c) => !same(der(c), own)).slice(0, MAX_CMS_CERTIFICATES), leaf],
    checkDate: at,
    findIssuer,
  })
    .verify({}, engine)
    .catch((e: { resultCode?: number }) => ({ result: false, resultCode: e?.resultCode ?? -1, certificatePath: undefined }));
  const path: pkijs.Certificate[] = result.certificatePath ?? [];
  const top = path.at(-1);
  // The path begins with the leaf itself, byte for byte, and ends at a trusted root.
  const ok = result.result === true && !!path[0] && same(der(path[0]), own) && !!top && trusted.some((t) => same(der(t.cert), der(top)));
  return { trusted: ok, code: ok ? 0 : result.result ? -1 : (result.resultCode ?? -1), root: ok ? dn(top!.subject) : null };
}

/** Whether a certificate carries an extended key usage (for a timestamp authority: time stamping). */
function hasKeyPurpose(c: pkijs.Certificate, oid: string): boolean {
  const ext = c.extensions?.find((e) => e.extnID === '2.5.29.37');
  const purposes = (ext?.parsedValue as { keyPurposes?: string[] } | undefined)?.keyPurposes ?? [];
  return purposes.includes(oid);
}
