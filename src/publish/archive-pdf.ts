// The archive PDF of one version of the register. Everything that touches the PDF library
// lives in this module (the maintained fork @cantoo/pdf-lib, same API as pdf-lib, with
// PDF/A support), so the rest of the code never depends on it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@cantoo/fontkit';
import {
  AFRelationship,
  cleanText,
  lineSplit,
  numberToString as pdfNumber,
  PDFDocument,
  PDFHexString,
  PDFName,
  rgb,
  type PDFDict,
  type PDFFont,
  type PDFPage,
  type RGB,
} from '@cantoo/pdf-lib';
import { formatPartialDate, toUtc } from '#domain/dates.ts';
import { formatCitation } from '#domain/citation.ts';
import { shortOfId } from '#domain/law-catalogue.ts';
import { narrativeBlocks, parseNarrative, type Run } from '#domain/narrative.ts';
import { ARCHIVE, DECREE_FACTS, DECREE_KIND_LABELS, decreeNumberLabel, decreePlaceDate } from '#domain/strings.ts';
import { inForceFrom } from '#domain/register.ts';
import type { Body, RegisterSnapshot } from '#domain/schema/index.ts';

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700, style: 'normal' | 'italic' = 'normal') =>
  readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-${style}.woff`));
// Signs printed in letterheads and texts that Noto Sans lacks (☎ and the like).
const symbolsFile = () =>
  readFileSync(require.resolve('@fontsource/noto-sans-symbols-2/files/noto-sans-symbols-2-symbols-400-normal.woff'));

export interface ArchiveInput {
  snapshot: RegisterSnapshot;
  /** The exact bytes of register.json, attached as they are. */
  registerJson: string;
  registerSha256: string;
  csv: string;
  /** Shown on the cover; the version id is the decree id. */
  bodyName: string;
  /** The body's letterhead as printed; none is printed when it is absent or null. */
  letterhead?: Body['letterhead'];
}

// A4 landscape, in points.
const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = { x: 36, top: 40, bottom: 44 };
const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.3, 0.3, 0.3);
const LINE = rgb(0.55, 0.55, 0.55);
const HEAD_BG = rgb(0.92, 0.92, 0.92);

/** Width of the signature block (right) and of the narratives' text column, in points. */
const CLOSING_WIDTH = 300;
const NARRATIVE_WIDTH = 560;

/** The closing block's lines as printed under a register; `gap` is where the signature is. */
function closingBlock(d: RegisterSnapshot['decree']): { text: string; bold?: boolean; gap?: boolean }[] {
  const s = d.signatory;
  return [
    { text: decreePlaceDate(d) },
    { text: `${s.position},` },
    { text: '', gap: true },
    { text: s.name, bold: true },
    ...(s.rank ? [{ text: s.rank }] : []),
    ...(s.nip ? [{ text: DECREE_FACTS.nip(s.nip) }] : []),
  ];
}

/** Column layout of the register, as in the decree's lampiran. Widths are fractions. */
const COLUMN_WIDTHS = [0.045, 0.2, 0.2, 0.18, 0.18, 0.195] as const;
const COLUMNS = COLUMN_WIDTHS.map((width, i) => ({ title: ARCHIVE.columns[i]!, width }));

/**
 * Word widths, measured once per font and size. Shaping a string with fontkit is the
 * costliest step of the archive; a line's width is the sum of its words and spaces (kerning
 * across a space is negligible), so each distinct word is shaped only once. A width depends
 * only on the font file, which this module names (`customName`) one to one, so the cache
 * outlives a document: the ten archives of a build measure their shared words once.
 */
const widthCache = new Map<string, Map<string, number>>();
function measure(font: PDFFont, size: number, s: string): number {
  let m = widthCache.get(font.name);
  if (!m) widthCache.set(font.name, (m = new Map()));
  const key = `${size}|${s}`;
  let w = m.get(key);
  if (w === undefined) {
    if (m.size > 200_000) m.clear();
    m.set(key, (w = font.widthOfTextAtSize(s, size)));
  }
  return w;
}

/**
 * Shapes text a word at a time. pdf-lib shapes every drawn line with fontkit (GSUB and GPOS)
 * and then keeps only the glyph ids; no substitution in Noto Sans crosses a space, so a
 * line's glyphs are its words' glyphs joined by the space glyph, and each distinct word is
 * shaped once. Glyphs enter the subset in the same order as before, so the bytes are the
 * same (tests/unit/pdf.test.ts compares against pdf-lib's own path). Returns the line's glyph
 * codes as hex, for the direct writer below.
 */
export function shapeByWord(font: PDFFont): (text: string) => string {
  const encode = font.encodeText.bind(font);
  const words = new Map<string, string>();
  const hex = (w: string) => {
    let h = words.get(w);
    if (h === undefined) words.set(w, (h = w ? encode(w).asString() : ''));
    return h;
  };
  const line = (text: string) => {
    // In reading order, so a glyph seen for the first time gets the same subset id.
    const [first = '', ...rest] = text.split(' ');
    let out = hex(first);
    for (const w of rest) out += hex(' ') + hex(w);
    return out;
  };
  font.encodeText = (text: string) => PDFHexString.of(line(text));
  return line;
}

/** A number as pdf-lib writes it: its own digits unless JavaScript would write an exponent. */
function numberToString(n: number): string {
  const s = String(n);
  return s.includes('e') ? pdfNumber(n) : s;
}

interface OperatorLike {
  copyBytesInto(buffer: Uint8Array, offset: number): number;
  sizeInBytes(): number;
  toString(): string;
}
/** An operator list entry that writes the given bytes (or ASCII text) as they are. */
class RawOperator implements OperatorLike {
  #bytes: Uint8Array | null;
  readonly text: string | null;
  constructor(content: string | Uint8Array) {
    this.text = typeof content === 'string' ? content : null;
    this.#bytes = typeof content === 'string' ? null : content;
  }
  bytes(): Uint8Array {
    return (this.#bytes ??= Buffer.from(this.text!, 'latin1'));
  }
  copyBytesInto(buffer: Uint8Array, offset: number): number {
    const b = this.bytes();
    buffer.set(b, offset);
    return b.length;
  }
  sizeInBytes(): number {
    return this.text?.length ?? this.#bytes!.length;
  }
  toString(): string {
    return this.text ?? Buffer.from(this.#bytes!).toString('latin1');
  }
}
type ContentStream = { operators: OperatorLike[]; push(...ops: OperatorLike[]): void; getUnencodedContents(): Uint8Array };
type PageInternals = { getContentStream(): ContentStream; contentStream?: ContentStream; lineHeight: number };

/**
 * A PDF name that stays out of pdf-lib's global pool of names. `PDFName.of` keeps every name
 * it ever made for the life of the process, and an archive makes a fresh font key per line
 * of text (about 150,000 for 10,000 entries): in a build's worker the pool grew by hundreds
 * of megabytes. The object is a PDFName in all but pooling, written the same way; only names
 * that need no escaping take this path.
 */
function unpooledName(name: string): PDFName {
  if (!/^[A-Za-z0-9._-]+$/.test(name)) return PDFName.of(name);
  const n = Object.create(PDFName.prototype) as PDFName;
  (n as unknown as { encodedName: string }).encodedName = `/${name}`;
  return n;
}

/**
 * Draws text and rules with the very bytes and side effects of pdf-lib's `page.drawText` and
 * `page.drawLine` (checked against them in tests/unit/pdf.test.ts), without their per-call
 * costs: about 20 argument checks, a linear search of the page's font keys and a dozen
 * operator objects per line. What pdf-lib does for a line of text, and this does in the same
 * order:
 * - adds the font to the page's resources under a fresh key drawn from the document's seeded
 *   random numbers (one per call, as pdf-lib does; the archive's bytes depend on the draws);
 * - cleans the text and splits it at line breaks as pdf-lib does;
 * - writes `q BT <colour> rg /<key> <size> Tf <line height> TL 1 0 0 1 <x> <y> Tm`, then
 *   `<glyphs> Tj T*` per line, then `ET Q`: one operator per line of the stream, numbers as
 *   pdf-lib formats them.
 * A rule is `q <colour> RG <width> w [] 0 d <start> m <start> m <end> l S Q`. Reaches into
 * pdf-lib's page internals, which is why it stays in this module.
 */
function pageWriter(doc: PDFDocument, hexOf: (font: PDFFont, text: string) => string) {
  const pages = new WeakMap<PDFPage, { fonts: PDFDict; keys: Set<string> }>();
  const colours = { rg: new Map<RGB, string>(), RG: new Map<RGB, string>() };
  const colour = (c: RGB, op: 'rg' | 'RG') => {
    let out = colours[op].get(c);
    if (out === undefined)
      colours[op].set(c, (out = `${numberToString(c.red)} ${numberToString(c.green)} ${numberToString(c.blue)} ${op}`));
    return out;
  };
  const push = (page: PDFPage, op: string) => (page as unknown as PageInternals).getContentStream().push(new RawOperator(op));
  return {
    text(page: PDFPage, text: string, x: number, y: number, size: number, font: PDFFont, color: RGB): void {
      let state = pages.get(page);
      if (!state) {
        const fonts = page.node.normalizedEntries().Font;
        pages.set(page, (state = { fonts, keys: new Set(fonts.keys().map(String)) }));
      }
      // PDFDict.uniqueKey, with the page's keys in a set instead of a list.
      let key: PDFName;
      do key = unpooledName(doc.context.addRandomSuffix(font.name, 10));
      while (state.keys.has(key.toString()));
      state.fonts.set(key, font.ref);
      state.keys.add(key.toString());
      let shown = '';
      for (const line of lineSplit(cleanText(text))) shown += `\n<${hexOf(font, line)}> Tj\nT*`;
      const lineHeight = (page as unknown as PageInternals).lineHeight;
      push(
        page,
        `q\nBT\n${colour(color, 'rg')}\n${key.toString()} ${numberToString(size)} Tf\n${numberToString(lineHeight)} TL\n` +
          `1 0 0 1 ${numberToString(x)} ${numberToString(y)} Tm${shown}\nET\nQ`,
      );
    },
    line(page: PDFPage, o: { start: { x: number; y: number }; end: { x: number; y: number }; thickness: number; color: RGB }): void {
      const start = `${numberToString(o.start.x)} ${numberToString(o.start.y)} m`;
      push(
        page,
        `q\n${colour(o.color, 'RG')}\n${numberToString(o.thickness)} w\n[] 0 d\n${start}\n${start}\n` +
          `${numberToString(o.end.x)} ${numberToString(o.end.y)} l\nS\nQ`,
      );
    },
  };
}

/**
 * Keeps a finished page's drawing as bytes instead of objects. pdf-lib holds every operator
 * of every page as objects until the document is saved: a 10,000-entry archive (1,300 pages)
 * then needs about 1 GB. A page whose rows are drawn is serialised once into the very bytes
 * pdf-lib would write (operators, each followed by a newline) and its operator list replaced
 * by one entry that writes them; the stamp drawn later is appended as before, so the saved
 * file is unchanged (tested against the uncompacted path). Reaches into pdf-lib's page
 * internals, which is why it stays in this module.
 */
function compactPage(page: PDFPage): void {
  const stream = (page as unknown as PageInternals).contentStream;
  if (!stream || stream.operators.length === 0) return;
  // The stream adds a newline after each operator; the last one is added back after ours.
  const ops = stream.operators;
  // Written by pageWriter alone (the usual page): its text, joined; otherwise pdf-lib's bytes.
  const texts = ops.every((o) => o instanceof RawOperator && o.text !== null) ? (ops as RawOperator[]).map((o) => o.text).join('\n') : null;
  stream.operators = [new RawOperator(texts ?? stream.getUnencodedContents().slice(0, -1))];
}

/** Breaks text into lines that fit `width` at `size`; words longer than a line are split. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  const space = measure(font, size, ' ');
  for (const paragraph of text.split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = measure(font, size, word);
      const candidate = line ? lineWidth + space + w : w;
      if (candidate <= width) {
        line = line ? `${line} ${word}` : word;
        lineWidth = candidate;
        continue;
      }
      if (line) lines.push(line);
      // A word wider than a line is cut where its characters' widths add up to the line: one
      // pass, each distinct character measured once, so a 100,000-character token (a pasted
      // hash, a URL) costs no more than as many short words. Measuring every prefix, as
      // before, took minutes for 4,000 characters.
      if (w <= width) {
        line = word;
        lineWidth = w;
        continue;
      }
      const chars = [...word];
      let start = 0;
      let sum = 0;
      for (const [i, ch] of chars.entries()) {
        const cw = measure(font, size, ch);
        if (sum + cw > width && i > start) {
          lines.push(chars.slice(start, i).join(''));
          start = i;
          sum = 0;
        }
        sum += cw;
      }
      line = chars.slice(start).join('');
      lineWidth = sum;
    }
    lines.push(line);
  }
  return lines;
}

/** A stretch of text in one font. */
interface Piece {
  text: string;
  font: PDFFont;
}
interface RichLine {
  pieces: { text: string; font: PDFFont; x: number }[];
  width: number;
}

const charsets = new WeakMap<PDFFont, Set<number>>();
function covers(font: PDFFont, ch: string): boolean {
  let set = charsets.get(font);
  if (!set) charsets.set(font, (set = new Set(font.getCharacterSet())));
  return set.has(ch.codePointAt(0)!);
}

/** Splits a piece where the main font lacks a character that the fallback font has. */
function withFallback(p: Piece, fallback: () => PDFFont): Piece[] {
  if ([...p.text].every((ch) => covers(p.font, ch))) return [p];
  const out: Piece[] = [];
  for (const ch of p.text) {
    const font = covers(p.font, ch) || !covers(fallback(), ch) ? p.font : fallback();
    const last = out.at(-1);
    if (last && last.font === font) last.text += ch;
    else out.push({ text: ch, font });
  }
  return out;
}

/**
 * Breaks styled text into lines that fit `width`: words never break between two pieces
 * ("**fik**tif" stays one word), and a word wider than a line is cut between characters.
 */
function layoutRich(pieces: readonly Piece[], size: number, width: number, space: number, fallback: () => PDFFont): RichLine[] {
  const words: Piece[][] = [];
  let word: Piece[] = [];
  for (const p of pieces)
    for (const tok of p.text.split(/(\s+)/)) {
      if (!tok) continue;
      if (/^\s+$/.test(tok)) {
        if (word.length) words.push(word);
        word = [];
      } else word.push(...withFallback({ text: tok, font: p.font }, fallback));
    }
  if (word.length) words.push(word);

  const lines: RichLine[] = [];
  let line: RichLine = { pieces: [], width: 0 };
  const place = (w: Piece[]) => {
    for (const p of w) {
      line.pieces.push({ ...p, x: line.width });
      line.width += measure(p.font, size, p.text);
    }
  };
  for (const w of words) {
    const ww = w.reduce((sum, p) => sum + measure(p.font, size, p.text), 0);
    if (line.pieces.length && line.width + space + ww <= width) {
      line.width += space;
      place(w);
      continue;
    }
    if (line.pieces.length) lines.push(line);
    line = { pieces: [], width: 0 };
    if (ww <= width) {
      place(w);
      continue;
    }
    for (const p of w)
      for (const ch of p.text) {
        const cw = measure(p.font, size, ch);
        if (line.width + cw > width && line.pieces.length) {
          lines.push(line);
          line = { pieces: [], width: 0 };
        }
        const last = line.pieces.at(-1);
        if (last && last.font === p.font) last.text += ch;
        else line.pieces.push({ text: ch, font: p.font, x: line.width });
        line.width += cw;
      }
  }
  if (line.pieces.length) lines.push(line);
  return lines;
}

/** PDF dates need a day and a time; a version's day is the day it is in force (UTC midnight). */
function versionDate(s: RegisterSnapshot): Date {
  return toUtc(inForceFrom(s.decree));
}

export async function renderArchivePdf(
  input: ArchiveInput,
  options: { shapeByWord?: boolean; compactPages?: boolean; directText?: boolean } = {},
): Promise<Uint8Array> {
  const { snapshot, registerSha256 } = input;
  const d = snapshot.decree;
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  // Fixed names instead of random suffixes, so the same register gives the same bytes.
  const regular = await doc.embedFont(fontFile(400), { subset: true, customName: 'NotoSans-Regular' });
  const bold = await doc.embedFont(fontFile(700), { subset: true, customName: 'NotoSans-Bold' });
  const shaped = new Map<PDFFont, (text: string) => string>();
  if (options.shapeByWord !== false) for (const f of [regular, bold]) shaped.set(f, shapeByWord(f));

  // The narratives, flattened for typesetting, and every text set with the styled-text path:
  // they decide which further fonts (italic, symbols) the archive needs at all.
  const narratives = snapshot.entries
    .filter((e) => e.narrative.trim())
    .map((e) => ({
      entry: e,
      blocks: narrativeBlocks(parseNarrative(e.narrative), (c) => ({ label: formatCitation(c, { short: shortOfId(c.law) }), text: null })),
    }));
  const runs = narratives.flatMap((n) => n.blocks.flatMap((b) => b.runs));
  const closingLines = closingBlock(d);
  const richTexts = [
    ...(input.letterhead ? [...input.letterhead.heading, ...input.letterhead.contact] : []),
    ...closingLines.map((l) => l.text),
    ...runs.map((r) => r.text),
  ];
  const italic = runs.some((r) => r.italic && !r.bold)
    ? await doc.embedFont(fontFile(400, 'italic'), { subset: true, customName: 'NotoSans-Italic' })
    : regular;
  const boldItalic = runs.some((r) => r.italic && r.bold)
    ? await doc.embedFont(fontFile(700, 'italic'), { subset: true, customName: 'NotoSans-BoldItalic' })
    : bold;
  const symbols = richTexts.some((t) => [...t].some((ch) => !covers(regular, ch)))
    ? await doc.embedFont(symbolsFile(), { subset: true, customName: 'NotoSansSymbols2-Regular' })
    : regular;
  const fallback = () => symbols;
  const fontOf = (r: Pick<Run, 'bold' | 'italic'>) => (r.bold ? (r.italic ? boldItalic : bold) : r.italic ? italic : regular);
  const writer = pageWriter(doc, (f, t) => shaped.get(f)?.(t) ?? f.encodeText(t).asString());
  const direct = options.directText !== false;
  const draw = (p: PDFPage, s: string, x: number, y: number, size: number, font: PDFFont, color: RGB) =>
    direct ? writer.text(p, s, x, y, size, font, color) : p.drawText(s, { x, y, size, font, color });
  const rule = (p: PDFPage, o: Parameters<typeof writer.line>[1]) => (direct ? writer.line(p, o) : p.drawLine(o));
  const drawRich = (p: PDFPage, line: RichLine, x: number, y: number, size: number, color = INK) =>
    line.pieces.forEach((piece) => draw(p, piece.text, x + piece.x, y, size, piece.font, color));
  const rich = (pieces: Piece[], size: number, width: number) => layoutRich(pieces, size, width, measure(regular, size, ' '), fallback);

  const numberLabel = decreeNumberLabel(d.number);
  const placeDate = decreePlaceDate(d);
  const stamp = (i: number, n: number) => ARCHIVE.stamp(numberLabel, snapshot.decreeId, registerSha256, i, n);
  const F = ARCHIVE.facts;

  const pages: PDFPage[] = [];
  const newPage = () => {
    const p = doc.addPage([PAGE.width, PAGE.height]);
    pages.push(p);
    return p;
  };
  const text = (p: PDFPage, s: string, x: number, y: number, size: number, font = regular, color = INK) =>
    draw(p, s, x, y, size, font, color);

  // Cover: the elements of the decree (PP 61/2010) and the identity of this version.
  const cover = newPage();
  let y = PAGE.height - MARGIN.top - 10;
  text(cover, ARCHIVE.coverTitle, MARGIN.x, y, 15, bold);
  y -= 22;
  text(cover, input.bodyName, MARGIN.x, y, 12, bold, MUTED);
  y -= 30;
  const facts: [string, string][] = [
    [F.title, d.title],
    [F.kind, d.kind ? (DECREE_KIND_LABELS[d.kind] ?? d.kind) : F.kindUnknown],
    [F.number, d.number ?? F.numberNone],
    [F.placeDate, placeDate],
    [F.inForceFrom, d.effective ? formatPartialDate(d.effective) : F.inForceAssumed(formatPartialDate(inForceFrom(d)))],
    [
      F.signatory,
      [d.signatory.name, d.signatory.position, d.signatory.rank, d.signatory.nip && F.nip(d.signatory.nip)].filter(Boolean).join(' · '),
    ],
    [F.initials, d.initials.length ? d.initials.map((i) => `${i.position}${i.initialed ? F.initialed : ''}`).join(', ') : '-'],
    [F.supersedes, d.supersedes ?? '-'],
    [F.entries, String(snapshot.entries.length)],
    [F.version, snapshot.decreeId],
    [F.registerSha256, registerSha256],
    [F.previousSha256, snapshot.previousSha256 ?? F.firstVersion],
  ];
  const labelWidth = 170;
  const valueWidth = PAGE.width - 2 * MARGIN.x - labelWidth;
  for (const [label, value] of facts) {
    const lines = wrapText(value, regular, 10, valueWidth);
    text(cover, label, MARGIN.x, y, 10, bold);
    lines.forEach((l, i) => text(cover, l, MARGIN.x + labelWidth, y - i * 14, 10));
    y -= lines.length * 14 + 6;
  }
  y -= 10;
  for (const l of ARCHIVE.note) {
    text(cover, l, MARGIN.x, y, 9, regular, MUTED);
    y -= 13;
  }

  // The register as a table, header row repeated on every page.
  const tableWidth = PAGE.width - 2 * MARGIN.x;
  const colX: number[] = [];
  COLUMNS.reduce((x, c) => (colX.push(x), x + c.width * tableWidth), MARGIN.x);
  const colW = COLUMNS.map((c) => c.width * tableWidth);
  const size = 8.5;
  const lead = 11;
  const pad = 4;
  const headLines = COLUMNS.map((c, i) => wrapText(c.title, bold, size, colW[i]! - 2 * pad));
  const headHeight = Math.max(...headLines.map((l) => l.length)) * lead + 2 * pad;

  let page: PDFPage = cover;
  let top = 0;
  const centred = (p: PDFPage, pieces: Piece[], size: number, y0: number, color = INK): number => {
    let yy = y0;
    for (const l of rich(pieces, size, tableWidth)) {
      drawRich(p, l, MARGIN.x + (tableWidth - l.width) / 2, yy, size, color);
      yy -= size * 1.35;
    }
    return yy;
  };
  /** A new page with the running header: the document's first page has the letterhead and title instead. */
  const startPage = (first = false): number => {
    // The page before is finished but for its stamp.
    if (options.compactPages !== false && pages.length) compactPage(pages.at(-1)!);
    page = newPage();
    let yy = PAGE.height - MARGIN.top;
    if (first) {
      const lh = input.letterhead;
      if (lh) {
        lh.heading.forEach((l, i) => {
          const last = i === lh.heading.length - 1;
          yy = centred(page, [{ text: l, font: last ? bold : regular }], last ? 14 : 12, yy);
        });
        for (const l of lh.contact) yy = centred(page, [{ text: l, font: regular }], 8.5, yy, MUTED);
        // The double rule under a kop surat.
        yy += 4;
        rule(page, { start: { x: MARGIN.x, y: yy }, end: { x: PAGE.width - MARGIN.x, y: yy }, thickness: 1.5, color: INK });
        rule(page, { start: { x: MARGIN.x, y: yy - 2.5 }, end: { x: PAGE.width - MARGIN.x, y: yy - 2.5 }, thickness: 0.5, color: INK });
        yy -= 18;
      }
      for (const l of ARCHIVE.documentTitle(input.bodyName)) yy = centred(page, [{ text: l, font: bold }], 11, yy);
      return yy + 4;
    }
    text(page, ARCHIVE.appendixTitle(input.bodyName), MARGIN.x, yy, 9, bold);
    text(page, placeDate, PAGE.width - MARGIN.x - regular.widthOfTextAtSize(placeDate, 9), yy, 9, regular, MUTED);
    return yy - 10;
  };
  const startTablePage = (first = false) => {
    let yy = startPage(first);
    page.drawRectangle({
      x: MARGIN.x,
      y: yy - headHeight,
      width: tableWidth,
      height: headHeight,
      color: HEAD_BG,
      borderColor: LINE,
      borderWidth: 0.5,
    });
    headLines.forEach((lines, i) => lines.forEach((l, j) => text(page, l, colX[i]! + pad, yy - pad - (j + 1) * lead + 2.5, size, bold)));
    for (let i = 1; i < COLUMNS.length; i++)
      rule(page, { start: { x: colX[i]!, y: yy }, end: { x: colX[i]!, y: yy - headHeight }, thickness: 0.5, color: LINE });
    top = yy - headHeight;
  };
  startTablePage(true);

  for (const e of snapshot.entries) {
    const cells = [
      [String(e.number)],
      wrapText(e.title, bold, size, colW[1]! - 2 * pad),
      e.legalBasisText.flatMap((t) => wrapText(e.legalBasisText.length > 1 ? ARCHIVE.bullet(t) : t, regular, size, colW[2]! - 2 * pad)),
      wrapText(e.consequence.opened, regular, size, colW[3]! - 2 * pad),
      wrapText(e.consequence.closed, regular, size, colW[4]! - 2 * pad),
      wrapText(e.period.text, regular, size, colW[5]! - 2 * pad),
    ];
    const titleLines = wrapText(e.title, bold, size, colW[1]! - 2 * pad).length;
    // A row taller than the room left continues on the next page, line by line.
    let offset = 0;
    const total = Math.max(...cells.map((c) => c.length));
    while (offset < total) {
      const room = Math.floor((top - MARGIN.bottom - 2 * pad) / lead);
      if (room < Math.min(3, total - offset)) {
        startTablePage();
        continue;
      }
      const take = Math.min(room, total - offset);
      const height = take * lead + 2 * pad;
      page.drawRectangle({ x: MARGIN.x, y: top - height, width: tableWidth, height, borderColor: LINE, borderWidth: 0.5 });
      for (let i = 1; i < COLUMNS.length; i++)
        rule(page, { start: { x: colX[i]!, y: top }, end: { x: colX[i]!, y: top - height }, thickness: 0.5, color: LINE });
      cells.forEach((lines, i) =>
        lines.slice(offset, offset + take).forEach((l, j) => {
          const isTitle = i === 1 && offset + j < titleLines;
          text(page, l, colX[i]! + pad, top - pad - (j + 1) * lead + 2.5, size, isTitle ? bold : regular);
        }),
      );
      top -= height;
      offset += take;
    }
  }

  // The decree's closing block as printed: place and date, position, (the signature on the
  // signed original), name, rank and NIP; then the initials of the hierarchy, where printed.
  const blockX = PAGE.width - MARGIN.x - CLOSING_WIDTH;
  const closing = closingLines.flatMap((l): (RichLine | 'gap')[] =>
    l.gap ? ['gap'] : rich([{ text: l.text, font: l.bold ? bold : regular }], 9.5, CLOSING_WIDTH),
  );
  const initials = d.initials.length ? [ARCHIVE.initialsTitle, ...d.initials.map((i) => ARCHIVE.initialsRow(i.position, i.initialed))] : [];
  // The hierarchy's initials sit at the left, beside the signature block, as on paper.
  const closingHeight =
    18 +
    Math.max(
      closing.reduce((h, l) => h + (l === 'gap' ? 42 : 13), 0),
      initials.length * 12,
    );
  let y2 = top - 18;
  if (y2 - closingHeight < MARGIN.bottom) y2 = startPage() - 14;
  initials.forEach((l, i) => text(page, l, MARGIN.x, y2 - i * 12, 8.5, i === 0 ? bold : regular));
  for (const l of closing) {
    if (l === 'gap') {
      text(page, ARCHIVE.signatureGap, blockX, y2 - 22, 8, regular, MUTED);
      y2 -= 42;
    } else {
      drawRich(page, l, blockX, y2, 9.5);
      y2 -= 13;
    }
  }

  // The narratives (the consequence-test reasoning under each entry), typeset: headings,
  // paragraphs, lists with their markers, table rows, and the provisions <Pasal> quotes.
  if (narratives.length) {
    let y3 = startPage() - 14;
    const room = (h: number) => {
      if (y3 - h < MARGIN.bottom) y3 = startPage() - 14;
    };
    y3 = centred(page, [{ text: ARCHIVE.narrativesTitle, font: bold }], 11, y3) - 6;
    for (const n of narratives) {
      const head = rich([{ text: ARCHIVE.narrativeOf(n.entry.number, n.entry.title), font: bold }], 10, NARRATIVE_WIDTH);
      room(head.length * 14 + 30);
      y3 -= 6;
      for (const l of head) {
        drawRich(page, l, MARGIN.x, y3, 10);
        y3 -= 14;
      }
      for (const b of n.blocks) {
        const indent = b.depth * 16;
        const markerWidth = b.marker ? 14 : 0;
        const quote = b.kind === 'quote' ? 16 : 0;
        const lines = rich(
          b.runs.map((r) => ({ text: r.text, font: fontOf(r) })),
          9.5,
          NARRATIVE_WIDTH - indent - markerWidth - quote,
        );
        y3 -= b.kind === 'heading' ? 6 : 3;
        lines.forEach((l, i) => {
          room(13);
          if (i === 0 && b.marker) text(page, b.marker, MARGIN.x + indent, y3, 9.5);
          drawRich(page, l, MARGIN.x + indent + markerWidth + quote, y3, 9.5, b.kind === 'quote' ? MUTED : INK);
          y3 -= 13;
        });
      }
    }
  }

  // The stamp on every page, now that the page count is known.
  pages.forEach((p, i) => {
    const parts = stamp(i + 1, pages.length);
    const line = parts.join('  ·  ');
    rule(p, {
      start: { x: MARGIN.x, y: MARGIN.bottom - 12 },
      end: { x: PAGE.width - MARGIN.x, y: MARGIN.bottom - 12 },
      thickness: 0.5,
      color: LINE,
    });
    text(p, line, MARGIN.x, MARGIN.bottom - 24, 7, regular, MUTED);
  });

  // Metadata from the decree, never from the build.
  const when = versionDate(snapshot);
  doc.setTitle(ARCHIVE.title(input.bodyName, placeDate, numberLabel), { showInWindowTitleBar: true });
  doc.setSubject(ARCHIVE.subject(snapshot.decreeId, registerSha256));
  doc.setKeywords([...ARCHIVE.keywords, snapshot.decreeId, registerSha256]);
  doc.setAuthor(input.bodyName);
  doc.setCreator('ppid-dik');
  doc.setProducer('ppid-dik (pdf-lib)');
  doc.setLanguage('id-ID');
  doc.setCreationDate(when);
  doc.setModificationDate(when);

  const attach = { creationDate: when, modificationDate: when, afRelationship: AFRelationship.Data };
  await doc.attach(new TextEncoder().encode(input.registerJson), 'register.json', {
    ...attach,
    mimeType: 'application/json',
    description: ARCHIVE.registerAttachment(snapshot.decreeId, registerSha256),
  });
  await doc.attach(new TextEncoder().encode(input.csv), 'dik.csv', {
    ...attach,
    mimeType: 'text/csv',
    description: ARCHIVE.csvAttachment(snapshot.decreeId),
  });

  doc.convertToPDFA({ conformance: '3B' });
  // The trailer /ID is random by default; derive it from the register so bytes repeat.
  const id = PDFHexString.of(registerSha256.slice(0, 32));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return doc.save({ useObjectStreams: false });
}
