// A DIK table as public bodies keep it: a Word document (.docx), a workbook (.xlsx), a table
// copied from a PPID web page (.html), a CSV or TSV saved by Excel, LibreOffice or Google
// Sheets (quoted cells with line breaks, ";" or ",", BOM, CRLF), or the text table of the
// seed. Each becomes rows of plain-text cells, every row with the number an editor finds it
// under in the source (the line of a text file, the row of a sheet, the row of a table), so
// that the importer can name any row it did not turn into an entry.
import { badUtf8 } from './utf8.ts';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { parse as parseHtml } from 'parse5';
import { IMPORT } from '#domain/strings.ts';

export type TableFormat = 'tsv' | 'csv' | 'xlsx' | 'docx' | 'html';

export interface TableRow {
  /** 1-based: the line (text, TSV, CSV: where the record starts), the sheet row (xlsx) or the table row (docx, HTML). */
  source: number;
  cells: string[];
}

export interface SourceTable {
  format: TableFormat;
  rows: TableRow[];
  /** Where the rows come from when the file holds several: "lembar DIK", "tabel 2 dari 3". */
  part?: string;
}

/** The tables of a file, at least one: one for text formats, one per sheet (xlsx); docx and HTML tables follow each other as one. */
export async function readTableFile(path: string): Promise<SourceTable[]> {
  const bytes = readFileSync(path);
  const ext = extname(path).toLowerCase();
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": xlsx and docx are zip archives
  if (ext === '.xlsx' || (zip && ext !== '.docx' && bytes.includes('xl/'))) return readXlsx(bytes);
  if (ext === '.docx' || zip) return [await readDocx(bytes)];
  return [readTableText(decodeText(bytes))];
}

/**
 * Text as saved by a spreadsheet or an editor: UTF-8, or UTF-16 where Excel's "Unicode text"
 * wrote it (it starts with a byte-order mark).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const bad = badUtf8(bytes);
  if (bad) throw new Error(IMPORT.notUtf8(bad.line, bad.offset + 1));
  return new TextDecoder('utf-8').decode(bytes);
}

/** A table in text: an HTML table, tab-separated (with or without quoted cells) or CSV. */
export function readTableText(text: string): SourceTable {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (/<table[\s>]/i.test(body) && /<t[dh][\s>]/i.test(body)) return htmlTable(body, 'html');
  if (/\t/.test(body)) {
    // A spreadsheet quotes a cell that holds a tab, a quote or a line break; then a record
    // spans several lines, and only a CSV reader with the tab as separator keeps it whole.
    // Without such a cell (the seed's text table), every line is a row.
    if (/(^|\t)"/m.test(body)) return { format: 'tsv', rows: delimited(body, '\t') };
    return { format: 'tsv', rows: body.split('\n').map((line, i) => ({ source: i + 1, cells: line.split('\t') })) };
  }
  const firstLine = body.split('\n', 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  return { format: 'csv', rows: delimited(body, delimiter) };
}

function delimited(body: string, delimiter: string): TableRow[] {
  const records = parseCsv(body, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  // csv-parse counts the line where a record ends; the editor looks for where it starts.
  let next = 1;
  return records.map(({ record, info }) => {
    const row = { source: next, cells: record };
    next = info.lines + 1;
    return row;
  });
}

async function readXlsx(bytes: Buffer): Promise<SourceTable[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  if (!workbook.worksheets.length) return [{ format: 'xlsx', rows: [] }];
  return workbook.worksheets.map((sheet) => {
    const rows: TableRow[] = [];
    // Every row, blank ones too: a blank row ends an entry (see the importer).
    for (let number = 1; number <= sheet.rowCount; number++) {
      const cells: string[] = [];
      sheet.getRow(number).eachCell({ includeEmpty: true }, (cell, col) => {
        // A merged range holds its text in its first cell; the others would repeat it.
        cells[col - 1] = cell.isMerged && cell.master.address !== cell.address ? '' : xlsxText(cell);
      });
      rows.push({ source: number, cells: Array.from(cells, (c) => c ?? '') });
    }
    return { format: 'xlsx', rows, part: sheet.name };
  });
}

/** A cell's text as the sheet shows it: a date as a date (2025-12-31), never "Wed Dec 31 …"; an error (#N/A) as its code. */
function xlsxText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v && typeof v === 'object' && 'error' in v) return String(v.error);
  return cell.text.replace(/\r\n?/g, '\n');
}

async function readDocx(bytes: Buffer): Promise<SourceTable> {
  // Mammoth writes the document as HTML: tables stay tables, paragraphs and list items stay
  // apart, which is what a cell with a list needs.
  const { value } = await mammoth.convertToHtml({ buffer: bytes });
  return htmlTable(value, 'docx');
}

type Node = { nodeName: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };

/**
 * Every row of every table in the document, in order, each cell in the column it stands in:
 * a cell spanning columns (colspan) or rows (rowspan, a header over "Dibuka" and "Ditutup")
 * leaves empty cells where it reaches, so the columns line up as on the page.
 */
function htmlTable(html: string, format: 'html' | 'docx'): SourceTable {
  const rows: TableRow[] = [];
  let covered: number[] = []; // per column: rows below still covered by a rowspan
  const span = (cell: Node, name: string) => Math.min(50, Math.max(1, Number(cell.attrs?.find((a) => a.name === name)?.value ?? 1) || 1));
  const visit = (node: Node) => {
    if (node.nodeName === 'table') covered = [];
    if (node.nodeName === 'tr') {
      const cells: string[] = [];
      let col = 0;
      const skipCovered = () => {
        while ((covered[col] ?? 0) > 0) {
          cells[col] = '';
          covered[col]!--;
          col++;
        }
      };
      for (const cell of node.childNodes ?? []) {
        if (cell.nodeName !== 'td' && cell.nodeName !== 'th') continue;
        skipCovered();
        const [cols, rowsDown] = [span(cell, 'colspan'), span(cell, 'rowspan')];
        for (let k = 0; k < cols; k++) {
          cells[col + k] = k === 0 ? cellText(cell) : '';
          if (rowsDown > 1) covered[col + k] = rowsDown - 1;
        }
        col += cols;
      }
      for (let c = col; c < covered.length; c++) {
        if ((covered[c] ?? 0) > 0) {
          cells[c] = '';
          covered[c]!--;
        }
      }
      rows.push({ source: rows.length + 1, cells: Array.from(cells, (c) => c ?? '') });
      return;
    }
    for (const child of node.childNodes ?? []) visit(child);
  };
  visit(parseHtml(html) as unknown as Node);
  return { format, rows };
}

const BLOCKS = new Set(['p', 'div', 'li', 'br', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table']);

/** A cell's text as a reader sees it: one line per paragraph, list item or line break. */
function cellText(cell: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeName === '#text') out += (node.value ?? '').replace(/\s+/g, ' ');
    else if (node.nodeName === 'script' || node.nodeName === 'style') return;
    else {
      if (BLOCKS.has(node.nodeName)) out += '\n';
      for (const child of node.childNodes ?? []) walk(child);
      if (BLOCKS.has(node.nodeName)) out += '\n';
    }
  };
  for (const child of cell.childNodes ?? []) walk(child);
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}
