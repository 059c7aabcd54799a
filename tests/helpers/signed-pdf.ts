// Signed PDFs for the signature tests, made the way a signing service makes them: a fictional
// CA made here with openssl (roots, signers, an expired signer, a timestamp authority), a PDF
// with a signature field whose /ByteRange and /Contents are filled after signing the bytes
// around the placeholder with `openssl cms` (detached, CAdES), and the variants an auditor
// must tell apart: tampered after signing, bytes appended after signing, an unknown root, an
// expired certificate, a timestamp token.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const latin1 = (s: string) => Buffer.from(s, 'latin1');
/** Room for the CMS: 8 KiB, 16,384 hex digits. */
const CONTENTS_BYTES = 8192;
const BR_PLACEHOLDER = '/ByteRange [0 0000000000 0000000000 0000000000]';

const EXT = `[v3_ca]
basicConstraints=critical,CA:TRUE
keyUsage=critical,keyCertSign,cRLSign
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid:always
[v3_signer]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,nonRepudiation
extendedKeyUsage=emailProtection
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid,issuer
[v3_tsa]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=critical,timeStamping
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid,issuer
`;
const CA_CNF = `[ca]
default_ca=fiktif
[fiktif]
dir=ca.db
database=ca.db/index.txt
serial=ca.db/serial
new_certs_dir=ca.db
default_md=sha256
policy=pol
unique_subject=no
copy_extensions=none
[pol]
commonName=supplied
organizationName=optional
countryName=optional
`;
const TS_CNF = `[tsa]
default_tsa=tsa1
[tsa1]
serial=tsa.serial
crypto_device=builtin
signer_digest=sha256
default_policy=1.3.6.1.4.1.99999.1
digests=sha256
accuracy=secs:1
ordering=no
tsa_name=yes
ess_cert_id_chain=no
ess_cert_id_alg=sha256
`;

export interface Pki {
  dir: string;
  /** The root the tests trust, and one they do not (PEM files). */
  root: string;
  otherRoot: string;
}

/** A signer: its certificate and key, and the chain it sends with the signature. */
export interface Signer {
  cert: string;
  key: string;
  chain: string[];
}

const NOW_START = '20250101000000Z';
const NOW_END = '20380101000000Z';

/**
 * A fictional PKI in `dir`: roots valid 2019-2039 (made with `openssl ca -selfsign`, since
 * openssl 3.0 cannot start a certificate in the past otherwise), a signer and a timestamp
 * authority under the trusted root, a signer under the other root, and a signer whose
 * certificate was valid only in 2020.
 */
export function makePki(dir: string): Pki & { signer: Signer; otherSigner: Signer; expiredSigner: Signer } {
  mkdirSync(join(dir, 'ca.db'), { recursive: true });
  writeFileSync(join(dir, 'ext.cnf'), EXT);
  writeFileSync(join(dir, 'ca.cnf'), CA_CNF);
  writeFileSync(join(dir, 'ts.cnf'), TS_CNF);
  writeFileSync(join(dir, 'ca.db/index.txt'), '');
  writeFileSync(join(dir, 'ca.db/serial'), '1000\n');
  writeFileSync(join(dir, 'tsa.serial'), '01\n');
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const csr = (name: string, subject: string) => {
    ssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', `${name}.key`);
    ssl('req', '-new', '-key', `${name}.key`, '-subj', subject, '-config', '/dev/null', '-out', `${name}.csr`);
  };
  const ca = (name: string, ext: string, start: string, end: string, issuer: string | null) =>
    ssl(
      'ca',
      '-batch',
      '-notext',
      '-preserveDN',
      '-config',
      'ca.cnf',
      '-extfile',
      'ext.cnf',
      '-extensions',
      ext,
      ...(issuer ? ['-cert', `${issuer}.pem`, '-keyfile', `${issuer}.key`] : ['-selfsign', '-keyfile', `${name}.key`]),
      '-startdate',
      start,
      '-enddate',
      end,
      '-in',
      `${name}.csr`,
      '-out',
      `${name}.pem`,
    );
  const cert = (name: string, subject: string, ext: string, issuer: string | null, start = NOW_START, end = NOW_END) => {
    csr(name, subject);
    ca(name, ext, start, end, issuer);
    return join(dir, `${name}.pem`);
  };
  const root = cert('akar', '/C=ID/O=Otoritas Sertifikat Fiktif/CN=Akar Fiktif G1', 'v3_ca', null, '20190101000000Z', '20390101000000Z');
  const otherRoot = cert('akar-lain', '/C=XX/O=Penyelenggara Lain/CN=Akar Lain', 'v3_ca', null, '20190101000000Z', '20390101000000Z');
  const subject = '/C=ID/O=Pemerintah Provinsi Fiktif/CN=Kepala Dinas Fiktif';
  const signer = (name: string, issuer: string, start?: string, end?: string): Signer => ({
    cert: cert(name, subject, 'v3_signer', issuer, start, end),
    key: join(dir, `${name}.key`),
    chain: [join(dir, `${issuer}.pem`)],
  });
  cert('tsa', '/C=ID/O=Otoritas Sertifikat Fiktif/CN=Stempel Waktu Fiktif', 'v3_tsa', 'akar');
  return {
    dir,
    root,
    otherRoot,
    signer: signer('penanda-tangan', 'akar'),
    otherSigner: signer('penanda-tangan-lain', 'akar-lain'),
    expiredSigner: signer('penanda-tangan-lama', 'akar', '20200101000000Z', '20210101000000Z'),
  };
}

type Obj = { num: number; body: string };

/** Objects, then a classic xref table and trailer: a whole file, or an incremental update after `base`. */
function section(base: Buffer, objs: Obj[], trailer: string): Buffer {
  const parts: Buffer[] = [base];
  let pos = base.length;
  const at = new Map<number, number>();
  for (const o of objs) {
    const b = latin1(`${o.num} 0 obj\n${o.body}\nendobj\n`);
    at.set(o.num, pos);
    parts.push(b);
    pos += b.length;
  }
  const entry = (off: number) => `${String(off).padStart(10, '0')} 00000 n \n`;
  let xref = 'xref\n';
  if (trailer.includes('/Prev')) for (const o of [...objs].sort((a, b) => a.num - b.num)) xref += `${o.num} 1\n${entry(at.get(o.num)!)}`;
  else {
    const max = Math.max(...objs.map((o) => o.num));
    xref += `0 ${max + 1}\n0000000000 65535 f \n`;
    for (let n = 1; n <= max; n++) xref += entry(at.get(n)!);
  }
  parts.push(latin1(`${xref}trailer\n${trailer}\nstartxref\n${pos}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const PAGE = (contents: string) =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${contents} /Resources << /Font << /F1 6 0 R >> >> /Annots [5 0 R] >>`;

/** A one-page decree with an empty signature field, ready to sign. */
export function unsignedPdf(text = 'Keputusan Kepala Dinas Fiktif Nomor 001/2026'): Buffer {
  const content = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`;
  const objs: Obj[] = [
    { num: 1, body: '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> >>' },
    { num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { num: 3, body: PAGE('4 0 R') },
    { num: 4, body: `<< /Length ${content.length} >>\nstream\n${content}\nendstream` },
    { num: 5, body: '<< /Type /Annot /Subtype /Widget /FT /Sig /T (Tanda tangan) /Rect [0 0 0 0] /F 132 /P 3 0 R /V 7 0 R >>' },
    { num: 6, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
    {
      num: 7,
      body:
        `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached\n${BR_PLACEHOLDER}\n` +
        `/Contents <${'0'.repeat(CONTENTS_BYTES * 2)}>\n/M (D:20261120100000+08'00') /Reason (Penetapan) >>`,
    },
  ];
  return section(
    Buffer.concat([latin1('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), latin1('\n')]),
    objs,
    '<< /Size 8 /Root 1 0 R >>',
  );
}

/**
 * Signs the placeholder: the byte range is everything but the /Contents hex string, written
 * over the placeholder at the same width; the detached CMS (`openssl cms -sign -cades`)
 * goes into the hex string. With `timestamp`, an RFC 3161 token from the fictional TSA over
 * the signature value is added as an unsigned attribute.
 */
export function signPdf(pdf: Buffer, signer: Signer, work: string, opts: { timestamp?: Pki } = {}): Buffer {
  const brAt = pdf.lastIndexOf(latin1(BR_PLACEHOLDER));
  const lt = pdf.lastIndexOf(latin1('/Contents <0000')) + '/Contents '.length;
  const gt = pdf.indexOf(0x3e, lt);
  const br = [0, lt, gt + 1, pdf.length - (gt + 1)];
  const out = Buffer.from(pdf);
  out.write(`/ByteRange [${br.join(' ')}]`.padEnd(BR_PLACEHOLDER.length, ' '), brAt, 'latin1');
  mkdirSync(work, { recursive: true });
  const tbs = join(work, 'bertanda.bin');
  const sig = join(work, 'tanda.p7s');
  const chain = join(work, 'rantai.pem');
  writeFileSync(tbs, Buffer.concat([out.subarray(0, br[1]), out.subarray(br[2]!, br[2]! + br[3]!)]));
  writeFileSync(chain, signer.chain.map((c) => readFileSync(c, 'latin1')).join(''));
  execFileSync('openssl', [
    'cms',
    '-sign',
    '-binary',
    '-outform',
    'DER',
    '-nosmimecap',
    '-md',
    'sha256',
    '-cades',
    '-signer',
    signer.cert,
    '-inkey',
    signer.key,
    ...(signer.chain.length ? ['-certfile', chain] : []),
    '-in',
    tbs,
    '-out',
    sig,
  ]);
  let der: Buffer = readFileSync(sig);
  if (opts.timestamp) der = withTimestamp(der, opts.timestamp, work);
  if (der.length > CONTENTS_BYTES) throw new Error('CMS larger than its placeholder');
  out.write(der.toString('hex').toUpperCase(), lt + 1, 'latin1');
  return out;
}

function withTimestamp(cms: Buffer, pki: Pki, work: string): Buffer {
  const ci = pkijs.ContentInfo.fromBER(new Uint8Array(cms).buffer);
  const sd = new pkijs.SignedData({ schema: ci.content });
  const si = sd.signerInfos[0]!;
  const value = join(work, 'nilai-tanda.bin');
  writeFileSync(value, si.signature.valueBlock.valueHexView);
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: pki.dir, stdio: ['ignore', 'pipe', 'pipe'] });
  ssl('ts', '-query', '-data', value, '-sha256', '-cert', '-out', join(work, 'permintaan.tsq'));
  ssl(
    'ts',
    '-reply',
    '-config',
    'ts.cnf',
    '-queryfile',
    join(work, 'permintaan.tsq'),
    '-signer',
    'tsa.pem',
    '-inkey',
    'tsa.key',
    '-chain',
    'akar.pem',
    '-token_out',
    '-out',
    join(work, 'token.tst'),
  );
  const token = asn1js.fromBER(new Uint8Array(readFileSync(join(work, 'token.tst'))).buffer).result;
  si.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 1,
    attributes: [new pkijs.Attribute({ type: '1.2.840.113549.1.9.16.2.14', values: [token] })],
  });
  return Buffer.from(new pkijs.ContentInfo({ contentType: ci.contentType, content: sd.toSchema(true) }).toSchema().toBER(false));
}

/** The signed file with one byte of its page text changed, inside the signed range. */
export function tampered(pdf: Buffer): Buffer {
  const out = Buffer.from(pdf);
  const at = out.indexOf(latin1('001/2026')) + 2;
  out[at] = '9'.charCodeAt(0);
  return out;
}

/** The signed file with a real incremental update after it: a second content stream on the page. */
export function appended(pdf: Buffer): Buffer {
  const extra = 'BT /F1 14 Tf 72 700 Td (Ditambahkan sesudah ditandatangani) Tj ET';
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.toString('latin1'))![1]);
  return section(
    pdf,
    [
      { num: 3, body: PAGE('[4 0 R 8 0 R]') },
      { num: 8, body: `<< /Length ${extra.length} >>\nstream\n${extra}\nendstream` },
    ],
    `<< /Size 9 /Root 1 0 R /Prev ${prev} >>`,
  );
}

/**
 * An NSS database trusting `roots`, for `pdfsig -nssdir` (certutil, from libnss3-tools):
 * pdfsig judges the certificate against it, as our verifier judges it against content/trust.
 */
export function nssDb(dir: string, roots: string[]): string {
  mkdirSync(dir, { recursive: true });
  execFileSync('certutil', ['-N', '-d', `sql:${dir}`, '--empty-password']);
  roots.forEach((r, i) => execFileSync('certutil', ['-A', '-d', `sql:${dir}`, '-n', `akar-${i}`, '-t', 'C,C,C', '-i', r]));
  return `sql:${dir}`;
}

/** An EC P-256 key, `<name>.key` in `dir`. */
export function ecKey(dir: string, name: string): string {
  execFileSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', `${name}.key`], { cwd: dir });
  return join(dir, `${name}.key`);
}

/** A certificate signed by its own key `<name>.key` (which must exist), as `<name>-diri.pem`: no CA vouches for it. */
export function selfSignedCert(dir: string, name: string, subject: string): string {
  execFileSync(
    'openssl',
    ['req', '-x509', '-new', '-key', `${name}.key`, '-subj', subject, '-days', '3650', '-config', '/dev/null', '-out', `${name}-diri.pem`],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return join(dir, `${name}-diri.pem`);
}
