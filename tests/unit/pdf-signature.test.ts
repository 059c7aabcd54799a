// Electronic signatures on a signed decree, checked offline, and each verdict cross-checked
// with Debian's pdfsig (poppler with NSS) on the same file, trusting the same root: valid,
// tampered after signing, bytes appended after signing, an unknown root, an expired
// certificate, a timestamp token, and a file with no signature at all.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pkijs from 'pkijs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkPdfSignatures, findSignatures, pdfDate, TooManySignatures } from '#publish/pdf-signature.ts';
import type { SignatureCheck } from '#domain/schema/index.ts';
import { appended, ecKey, makePki, nssDb, selfSignedCert, signPdf, tampered, unsignedPdf } from '../helpers/signed-pdf.ts';
import { REPO } from '../helpers/content.ts';

let dir: string;
let nss: string;
const files: Record<string, string> = {};
let roots: { file: string; der: Uint8Array }[];
let pki: ReturnType<typeof makePki>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ppid-ttd-'));
  pki = makePki(join(dir, 'pki'));
  roots = [{ file: 'akar.pem', der: new Uint8Array(readFileSync(pki.root)) }];
  nss = nssDb(join(dir, 'nss'), [pki.root]);
  const save = (name: string, bytes: Buffer) => {
    files[name] = join(dir, `${name}.pdf`);
    writeFileSync(files[name]!, bytes);
  };
  const valid = signPdf(unsignedPdf(), pki.signer, join(dir, 'kerja-sah'));
  save('sah', valid);
  save('diubah', tampered(valid));
  save('ditambah', appended(valid));
  save('akar-tak-dikenal', signPdf(unsignedPdf(), pki.otherSigner, join(dir, 'kerja-lain')));
  save('kedaluwarsa', signPdf(unsignedPdf(), pki.expiredSigner, join(dir, 'kerja-lama')));
  save('stempel-waktu', signPdf(unsignedPdf(), pki.signer, join(dir, 'kerja-ts'), { timestamp: pki }));
  save('tanpa-tanda-tangan', unsignedPdf());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What pdfsig says of each signature: its three verdict lines and the signer's name. */
function pdfsig(file: string): { signature: string; certificate: string | null; total: boolean; name: string | null }[] | 'none' {
  let out: string;
  try {
    out = execFileSync('pdfsig', ['-nssdir', nss, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    // pdfsig exits non-zero when a file has no signature at all.
    out = `${(e as { stdout?: string }).stdout ?? ''}${(e as { stderr?: string }).stderr ?? ''}`;
  }
  if (/does not contain any signatures/.test(out)) return 'none';
  return out
    .split(/^Signature #\d+:$/m)
    .slice(1)
    .map((block) => ({
      signature: /Signature Validation: (.+)$/m.exec(block)?.[1]?.trim() ?? '',
      certificate: /Certificate Validation: (.+)$/m.exec(block)?.[1]?.trim() ?? null,
      total: /^\s*- Total document signed$/m.test(block),
      name: /Signer Certificate Common Name: (.+)$/m.exec(block)?.[1]?.trim() ?? null,
    }));
}

/** Our verdict in pdfsig's words (NSS's), to compare line by line. */
function asPdfsig(c: SignatureCheck) {
  const signature =
    c.integrity === 'altered' ? 'Digest Mismatch.' : c.integrity === 'invalid' ? 'Signature is Invalid.' : 'Signature is Valid.';
  const certificate =
    c.integrity !== 'intact'
      ? null // pdfsig says nothing of the certificate once the signature fails
      : { trusted: 'Certificate is Trusted.', untrusted: "Certificate issuer isn't Trusted.", expired: 'Certificate has Expired' }[
          c.certificate as 'trusted' | 'untrusted' | 'expired'
        ];
  return { signature, certificate, total: c.coverage === 'whole-file', name: c.signer?.commonName ?? null };
}

const check = async (name: string) => checkPdfSignatures(new Uint8Array(readFileSync(files[name]!)), roots);

describe('signatures on sk.pdf', () => {
  const matrix: [string, SignatureCheck['verdict'], Partial<SignatureCheck>][] = [
    [
      'sah',
      'valid',
      {
        integrity: 'intact',
        coverage: 'whole-file',
        certificate: 'trusted',
        root: 'C=ID, O=Otoritas Sertifikat Fiktif, CN=Akar Fiktif G1',
      },
    ],
    ['diubah', 'invalid', { integrity: 'altered', coverage: 'whole-file' }],
    ['ditambah', 'valid-appended', { integrity: 'intact', coverage: 'appended', certificate: 'trusted' }],
    ['akar-tak-dikenal', 'untrusted', { integrity: 'intact', certificate: 'untrusted', root: null }],
    ['kedaluwarsa', 'expired', { integrity: 'intact', certificate: 'expired' }],
    ['stempel-waktu', 'valid', { integrity: 'intact', certificate: 'trusted', signingTimeSource: 'timestamp' }],
  ];

  it.each(matrix)('%s: our verdict is %s, and pdfsig says the same', async (name, verdict, fields) => {
    const [ours, ...more] = await check(name);
    expect(more).toEqual([]);
    expect(ours!.verdict).toBe(verdict);
    expect(ours).toMatchObject(fields);
    expect(ours!.revocation).toBe('not-checked');
    const theirs = pdfsig(files[name]!);
    expect(theirs).not.toBe('none');
    expect([asPdfsig(ours!)]).toEqual(theirs);
  });

  it('names the signer, the signing time and the certificate as signed', async () => {
    const [c] = await check('sah');
    expect(c!.signer).toMatchObject({
      commonName: 'Kepala Dinas Fiktif',
      organization: 'Pemerintah Provinsi Fiktif',
      subject: 'C=ID, O=Pemerintah Provinsi Fiktif, CN=Kepala Dinas Fiktif',
      issuer: 'C=ID, O=Otoritas Sertifikat Fiktif, CN=Akar Fiktif G1',
      validFrom: '2025-01-01T00:00:00.000Z',
    });
    expect(c!.digest).toBe('SHA-256');
    // The claimed time is the CMS signingTime, made moments ago.
    expect(c!.signingTimeSource).toBe('cms');
    expect(Math.abs(Date.parse(c!.signingTime!) - Date.now())).toBeLessThan(10 * 60_000);
    const [ts] = await check('stempel-waktu');
    expect(ts!.timestamp).toMatchObject({ valid: true });
    expect(ts!.signingTime).toBe(ts!.timestamp!.time);
    // A timestamp authority no trusted root vouches for gives no signing time.
    const [untrustedTs] = await checkPdfSignatures(new Uint8Array(readFileSync(files['stempel-waktu']!)), []);
    expect(untrustedTs!.timestamp).toMatchObject({ valid: false });
    expect(untrustedTs!.signingTimeSource).toBe('cms');
    expect((await check('ditambah'))[0]!.bytesAfter).toBeGreaterThan(100);
  });

  it('a file without a signature has none, as pdfsig says; an empty signature field is no signature', async () => {
    const scan = join(REPO, 'tests/fixtures/versions/content/decrees/fiktif-2025-09/sk.pdf');
    expect(await checkPdfSignatures(new Uint8Array(readFileSync(scan)), roots)).toEqual([]);
    expect(pdfsig(scan)).toBe('none');
    expect(await check('tanpa-tanda-tangan')).toEqual([]);
  });

  it('with no trusted root, every signature is untrusted; nothing is trusted by default', async () => {
    const c = await checkPdfSignatures(new Uint8Array(readFileSync(files.sah!)), []);
    expect(c.map((x) => [x.verdict, x.certificate])).toEqual([['untrusted', 'untrusted']]);
  });

  it('the same file gives the same result on any later day: it is judged at its signing time', async () => {
    const today = await check('kedaluwarsa');
    const valid = await check('sah');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // Years later, the signer's certificate has long expired: the frozen result stands.
      vi.setSystemTime(new Date('2045-06-01T00:00:00Z'));
      expect(await check('sah')).toEqual(valid);
      expect(await check('kedaluwarsa')).toEqual(today);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a forged signer certificate is never trusted, even sent twice beside a real certificate', async () => {
    // Self-signed, in the official's name. pkijs drops duplicate certificates and validates
    // the last one it is given: a CMS carrying the forgery twice and then a real certificate
    // once had it validate the real one instead.
    const forgedKey = ecKey(dir, 'palsu');
    const forgedCert = selfSignedCert(dir, 'palsu', '/C=ID/O=Pemerintah Provinsi Fiktif/CN=Kepala Dinas Fiktif');
    const signed = signPdf(unsignedPdf(), { cert: forgedCert, key: forgedKey, chain: [] }, join(dir, 'kerja-palsu'));
    const [plain] = await checkPdfSignatures(new Uint8Array(signed), roots);
    expect(plain!.verdict).toBe('untrusted');
    const [raw] = findSignatures(new Uint8Array(signed));
    const sd = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(new Uint8Array(raw!.contents!.bytes).buffer).content });
    const cert = (f: string) =>
      pkijs.Certificate.fromBER(
        new Uint8Array(Buffer.from(readFileSync(f, 'latin1').split('-----')[2]!.replace(/\s+/g, ''), 'base64')).buffer,
      );
    sd.certificates = [cert(forgedCert), cert(forgedCert), cert(pki.signer.cert)];
    const cms = Buffer.from(
      new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: sd.toSchema(true) }).toSchema().toBER(false),
    );
    const attacked = Buffer.from(signed);
    attacked.write(
      cms
        .toString('hex')
        .toUpperCase()
        .padEnd(raw!.contents!.end - raw!.contents!.at - 1, '0'),
      raw!.contents!.at + 1,
      'latin1',
    );
    const [c] = await checkPdfSignatures(new Uint8Array(attacked), roots);
    expect(c!.integrity).toBe('intact');
    expect([c!.verdict, c!.certificate, c!.root]).toEqual(['untrusted', 'untrusted', null]);
  });

  it('hostile files end quickly and claim nothing: a /ByteRange left open, "/ByteRange" in page text, too many signatures', async () => {
    const open = Buffer.concat([unsignedPdf(), Buffer.from(`/ByteRange [${' '.repeat(50_000)}`)]);
    expect(await checkPdfSignatures(new Uint8Array(open), roots)).toEqual([]);
    const phantom = unsignedPdf('Lihat /ByteRange [0 10 20 30] pada contoh');
    expect(findSignatures(new Uint8Array(phantom))).toEqual([]);
    const many = Buffer.from(
      Array.from({ length: 40 }, (_, i) => `${i + 10} 0 obj\n<< /Type /Sig /ByteRange [0 1 2 ${i + 3}] /Contents <00> >>\nendobj\n`).join(
        '',
      ),
    );
    expect(() => findSignatures(new Uint8Array(many))).toThrow(TooManySignatures);
    // Dictionaries never closed, many of them: each is looked for within a window, not the file.
    const unclosed = Buffer.from(`1 0 obj <<${'/ByteRange [0 1 2 3]\n'.repeat(900)}`);
    expect(findSignatures(new Uint8Array(unclosed))).toEqual([]);
    expect(() => findSignatures(new Uint8Array(Buffer.from('/ByteRange [0 1 2 3]\n'.repeat(5000))))).toThrow(TooManySignatures);
  });

  // A reviewer saw pkijs's path building run on without end for such a loop; this one ends even
  // without the guard on issuer look-ups, which stays as the bound.
  it('a loop of certificates in the signature (A issued by B, B by A) ends as untrusted', async () => {
    const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const csr = (name: string, subject: string) =>
      ssl('req', '-new', '-key', `${name}.key`, '-subj', subject, '-config', '/dev/null', '-out', `${name}.csr`);
    const issue = (name: string, caCert: string, caKey: string, out: string, ext = '') =>
      ssl(
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        caCert,
        '-CAkey',
        caKey,
        '-set_serial',
        `0x${(Math.random() * 1e9) | 0}`,
        '-days',
        '3650',
        '-out',
        out,
        ...(ext ? ['-extfile', ext, '-extensions', 'v3'] : []),
      );
    writeFileSync(join(dir, 'ca.ext'), '[v3]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign\n');
    for (const [name, subject] of [
      ['x', '/CN=Lingkar X'],
      ['y', '/CN=Lingkar Y'],
      ['daun', '/CN=Kepala Dinas Fiktif'],
    ] as const) {
      ecKey(dir, name);
      csr(name, subject);
    }
    selfSignedCert(dir, 'x', '/CN=Lingkar X');
    selfSignedCert(dir, 'y', '/CN=Lingkar Y');
    issue('x', 'y-diri.pem', 'y.key', 'a.pem', 'ca.ext'); // subject X, issued by Y
    issue('y', 'x-diri.pem', 'x.key', 'b.pem', 'ca.ext'); // subject Y, issued by X
    issue('daun', 'x-diri.pem', 'x.key', 'daun.pem');
    const pdf = signPdf(
      unsignedPdf(),
      { cert: join(dir, 'daun.pem'), key: join(dir, 'daun.key'), chain: [join(dir, 'a.pem'), join(dir, 'b.pem')] },
      join(dir, 'kerja-lingkar'),
    );
    const [c] = await checkPdfSignatures(new Uint8Array(pdf), roots);
    expect(c!.integrity).toBe('intact');
    expect(c!.verdict).toBe('untrusted');
  });

  it('reads what it needs from the raw bytes, and refuses a range that is not the signature', async () => {
    const bytes = readFileSync(files.sah!);
    const [raw] = findSignatures(new Uint8Array(bytes));
    expect(raw!.byteRange[0]).toBe(0);
    expect(raw!.byteRange[2]! + raw!.byteRange[3]!).toBe(bytes.length);
    expect(pdfDate("D:20261120100000+08'00'")).toBe('2026-11-20T02:00:00.000Z');
    // Without a zone the instant is unknown, not guessed as UTC.
    expect(pdfDate('D:20261120100000')).toBeNull();
    // A range whose gap is not a hex string: never read as a signature.
    const shifted = Buffer.from(
      bytes.toString('latin1').replace(/\/ByteRange \[0 (\d+)/, (_m, n) => `/ByteRange [0 ${Number(n) - 1}`),
      'latin1',
    );
    const [bad] = await checkPdfSignatures(new Uint8Array(shifted), roots);
    expect(bad!.verdict).toBe('bad-range');
  });
});
