// The archive PDF's words: the cover with the decree's elements, the lampiran's columns, the
// stamp on every page and the document's metadata. Changing one changes every archive's
// bytes (not the frozen register.json or its hash, which the archive only carries).
import { DECREE_FACTS } from './labels.ts';

const REGISTER_NAME = 'Daftar Informasi yang Dikecualikan';

export const ARCHIVE = {
  /** The lampiran's column titles, in the decree's order (widths are the renderer's). */
  columns: [
    'No',
    'Informasi',
    'Dasar Hukum Pengecualian',
    'Konsekuensi jika Dibuka',
    'Pertimbangan jika Ditutup',
    'Jangka Waktu Pengecualian',
  ],
  /** The document's title lines under the letterhead, as the register prints them. */
  documentTitle: (body: string) => [REGISTER_NAME.toUpperCase(), body.toUpperCase()],
  /** In the gap left for the signature: this file is not the signed original. */
  signatureGap: '(tanda tangan pada naskah asli)',
  initialsTitle: 'PARAF HIERARKI',
  initialsRow: (position: string, initialed: boolean | null) =>
    `${position}: ${initialed === null ? 'paraf tidak diketahui' : initialed ? 'berparaf' : 'tanpa paraf'}`,
  narrativesTitle: 'URAIAN UJI KONSEKUENSI',
  narrativeOf: (n: number, title: string) => `No. ${n}. ${title}`,
  bullet: (text: string) => `• ${text}`,
  coverTitle: 'ARSIP VERSI DAFTAR INFORMASI YANG DIKECUALIKAN',
  facts: {
    ...DECREE_FACTS,
    inForceAssumed: (date: string) => `${date} (tanggal berlaku tidak tercantum; dianggap akhir bulan penetapan)`,
    signatory: 'Penandatangan',
    initialed: ' (berparaf)',
    entries: 'Jumlah entri',
    version: 'Versi',
    registerSha256: 'SHA-256 register.json',
    previousSha256: 'SHA-256 versi sebelumnya',
    firstVersion: '- (versi pertama)',
  },
  /** Printed under the cover's facts, one line each. */
  note: [
    'Lampiran ini disusun dari versi beku (register.json) yang dilampirkan pada berkas PDF ini beserta salinan CSV-nya.',
    'Setiap halaman mencantumkan nomor keputusan, versi, dan SHA-256 versi beku. Untuk memeriksa keaslian, hitung SHA-256',
    'lampiran register.json (misalnya: pdfdetach -saveall arsip.pdf; sha256sum register.json) dan bandingkan dengan angka di atas.',
  ],
  appendixTitle: (body: string) => `Lampiran: ${REGISTER_NAME} ${body}`,
  /** The stamp's parts, joined on every page's foot. */
  stamp: (numberLabel: string, version: string, sha256: string, page: number, pages: number) => [
    `Keputusan ${numberLabel}`,
    `Versi ${version}`,
    `SHA-256 ${sha256}`,
    `halaman ${page} dari ${pages}`,
  ],
  title: (body: string, placeDate: string, numberLabel: string) => `${REGISTER_NAME} ${body} (${placeDate}, ${numberLabel})`,
  subject: (version: string, sha256: string) => `Arsip versi ${version} register DIK; SHA-256 register.json ${sha256}`,
  keywords: [REGISTER_NAME, 'DIK', 'UU 14/2008', 'keterbukaan informasi publik'],
  registerAttachment: (version: string, sha256: string) => `Versi beku ${version} (SHA-256 ${sha256})`,
  csvAttachment: (version: string) => `Register versi ${version} sebagai CSV`,
} as const;
