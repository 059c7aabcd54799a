// Importing a DIK table as public bodies publish it (the seed's text table, tab-separated or
// CSV exports of spreadsheets, headers repeated on every page, cells with lists) into entry
// data. Every cell that cannot be read is reported with its row and column.
import { parse as parseCsv } from 'csv-parse/sync';
import { cleanCell, parseBasis } from '#domain/citation-parse.ts';
import { readPeriodText } from '#domain/period.ts';
import type { ExemptionData } from '#domain/schema/index.ts';
import { IMPORT } from '#domain/strings.ts';

export interface ImportIssue {
  row: number;
  column: string;
  severity: 'unread' | 'note';
  message: string;
}

export interface ImportedEntry {
  /** Line (text/TSV) or record (CSV) number where the entry starts. */
  row: number;
  number: number;
  data: ExemptionData;
}

export interface ImportResult {
  entries: ImportedEntry[];
  issues: ImportIssue[];
  format: 'tsv' | 'csv';
  columns: Record<Column, number | null>;
}

type Column = 'number' | 'title' | 'basis' | 'opened' | 'closed' | 'period';
const COLUMN_LABELS: Record<Column, string> = IMPORT.columns;

/** Tab-separated when any line has a tab; otherwise CSV (comma or semicolon, as Excel writes). */
function rows(text: string): { cells: string[][]; format: 'tsv' | 'csv' } {
  const body = text.replace(/^\uFEFF/, '');
  if (/\t/.test(body)) return { cells: body.split(/\r?\n/).map((l) => l.split('\t')), format: 'tsv' };
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  return { cells: parseCsv(body, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][], format: 'csv' };
}

const isHeader = (r: string[]) => r.some((c) => /^\s*informasi\s*$/i.test(c)) && r.some((c) => /dasar hukum/i.test(c));
const isSubHeader = (r: string[]) => r.some((c) => /^\s*dibuka\s*$/i.test(c)) && r.some((c) => /^\s*ditutup\s*$/i.test(c));

function findColumns(header: string[], sub: string[] | undefined): Record<Column, number | null> {
  const find = (cells: string[] | undefined, re: RegExp) => {
    const i = cells?.findIndex((c) => re.test(c.trim())) ?? -1;
    return i >= 0 ? i : null;
  };
  return {
    number: find(header, /^no\.?$/i),
    title: find(header, /^informasi$/i),
    basis: find(header, /dasar hukum/i),
    opened: find(sub, /^dibuka$/i) ?? find(header, /^(konsekuensi )?(jika )?dibuka$/i),
    closed: find(sub, /^ditutup$/i) ?? find(header, /^(pertimbangan )?(jika )?ditutup$/i),
    period: find(header, /jangka waktu/i),
  };
}

export function importTable(text: string): ImportResult {
  const { cells, format } = rows(text);
  const issues: ImportIssue[] = [];
  const headerAt = cells.findIndex(isHeader);
  if (headerAt < 0) {
    return {
      entries: [],
      issues: [{ row: 1, column: '-', severity: 'unread', message: IMPORT.noHeader }],
      format,
      columns: { number: null, title: null, basis: null, opened: null, closed: null, period: null },
    };
  }
  const columns = findColumns(cells[headerAt]!, cells.slice(headerAt + 1, headerAt + 3).find(isSubHeader));
  for (const [k, i] of Object.entries(columns) as [Column, number | null][])
    if (i === null)
      issues.push({ row: headerAt + 1, column: COLUMN_LABELS[k], severity: 'unread', message: IMPORT.columnMissing(COLUMN_LABELS[k]) });

  // Group lines into records: a record starts at a row whose No cell is a number; rows with
  // an empty No continue the previous record (lists that spill over lines).
  const records: { row: number; cells: string[] }[] = [];
  for (let i = headerAt + 1; i < cells.length; i++) {
    const r = cells[i]!;
    if (isHeader(r) || isSubHeader(r)) continue;
    if (r.every((c) => !c.trim())) continue;
    const no = columns.number !== null ? (r[columns.number] ?? '').trim() : '';
    if (/^\d+\.?$/.test(no)) records.push({ row: i + 1, cells: [...r] });
    else if (records.length && !no) {
      const last = records.at(-1)!;
      r.forEach((c, j) => {
        if (c.trim()) last.cells[j] = `${last.cells[j] ?? ''}\n${c}`;
      });
    } else if (records.length) break; // Text after the table: place, date, signature.
  }

  const entries: ImportedEntry[] = [];
  for (const rec of records) {
    const cell = (c: Column) => (columns[c] === null ? '' : (rec.cells[columns[c]!] ?? ''));
    const problem = (column: Column, message: string, severity: ImportIssue['severity'] = 'unread') =>
      issues.push({ row: rec.row, column: COLUMN_LABELS[column], severity, message });
    const title = cleanCell(cell('title'));
    if (!title) problem('title', IMPORT.titleEmpty);
    const basis = parseBasis(cell('basis'));
    for (const u of basis.unread) problem('basis', IMPORT.basisUnread(u));
    for (const n of basis.notes) problem('basis', n, 'note');
    if (!basis.texts.length) problem('basis', IMPORT.basisEmpty);
    const opened = cleanCell(cell('opened'));
    const closed = cleanCell(cell('closed'));
    if (!opened) problem('opened', IMPORT.openedEmpty);
    if (!closed) problem('closed', IMPORT.closedEmpty);
    const periodText = cleanCell(cell('period'));
    const period = readPeriodText(periodText || '-');
    if (!periodText) problem('period', IMPORT.periodEmpty);
    else if (period.kind === 'unclear') problem('period', IMPORT.periodUnclear(periodText));
    const number = Number.parseInt(cell('number'), 10);
    entries.push({
      row: rec.row,
      number,
      data: {
        order: number,
        title,
        legalBasis: basis.citations,
        legalBasisText: basis.texts,
        consequence: { opened, closed },
        period,
        partial: false,
      },
    });
  }
  return { entries, issues, format, columns };
}
