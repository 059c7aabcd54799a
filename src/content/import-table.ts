// Importing a DIK table as public bodies publish it (the seed's text table, spreadsheet and
// Word tables, HTML tables, headers repeated on every page, cells with lists) into entry data.
// Every cell that cannot be read is reported with its row and column, and every row of the
// source that did not become an entry is listed with the reason: nothing is dropped silently.
import { cleanCell } from '#domain/cell-text.ts';
import { parseBasis } from '#domain/citation-parse.ts';
import { EMPTY_CATALOGUE, type LawCatalogue } from '#domain/law-catalogue.ts';
import { readPeriodText } from '#domain/period.ts';
import type { ExemptionData } from '#domain/schema/index.ts';
import { CHECK, IMPORT } from '#domain/strings.ts';
import { readTableFile, readTableText, type SourceTable, type TableFormat, type TableRow } from './table-sources.ts';

export interface ImportIssue {
  row: number;
  column: string;
  severity: 'unread' | 'note';
  message: string;
}

export interface ImportedEntry {
  /** Source row (line, sheet row or table row) where the entry starts. */
  row: number;
  number: number;
  data: ExemptionData;
}

/** A row of the source, after the column headers, that is not part of any entry. */
export interface SkippedRow {
  row: number;
  reason: string;
  /** What the row says, shortened, so the editor recognises it. */
  text: string;
}

export interface ImportResult {
  entries: ImportedEntry[];
  issues: ImportIssue[];
  format: TableFormat;
  /** Which sheet or table the rows were read from, when the file has several. */
  part?: string;
  columns: Record<Column, number | null>;
  /** Headers of the columns that were not read (Penanggung Jawab, Keterangan …). */
  extraColumns: string[];
  /** Other sheets of the file that also hold a DIK table, not read. */
  unreadParts: string[];
  /** Rows after the column headers that hold anything (repeated headers aside): entries, their continuation lines, and skipped rows. */
  dataRows: number;
  /** Rows with no number that were added to the entry above them (a list that spills over lines). */
  continuationRows: number;
  skipped: SkippedRow[];
}

type Column = 'number' | 'title' | 'basis' | 'opened' | 'closed' | 'period';
const COLUMN_LABELS: Record<Column, string> = IMPORT.columns;

/** The row of column numbers some tables print under the headers ("1 2 3 4 5 6"). */
const isColumnNumbers = (r: string[]) => {
  const filled = r.map((c) => c.trim()).filter(Boolean);
  return filled.length >= 3 && filled.every((c, i) => c === String(i + 1));
};
/** An entry's number as printed: 1, 1., 1), 01, or a sub-number such as 1.a, 1a, 1.1. */
const ENTRY_NUMBER = /^\d+(?:[.)]|\.?[a-z][.)]?|\.\d+\.?)?$/i;

/**
 * Column headers by their words, as registers print them: "Informasi", "Jenis Informasi yang
 * Dikecualikan", "Judul Informasi", "Konten Informasi"; "Dasar Hukum (Pengecualian)", "Alasan /
 * Dasar Hukum …", "Dasar"; "Jangka Waktu", "Batas Waktu Pengecualian"; "Dibuka", "Akibat bila
 * informasi dibuka"; "Ditutup", "Manfaat bila informasi ditutup".
 */
const HEADER: Record<Column, RegExp> = {
  number: /^no\.?$/i,
  title: /^(?:(?:jenis|judul|konten|nama|daftar)\s+)?(?:klasifikasi\s+)?informasi\b(?!.*\b(?:dasar|konsekuensi|jangka|waktu)\b)/i,
  basis: /\bdasar\b(?:\s+hukum)?/i,
  opened: /\bdibuka\b/i,
  closed: /\bditutup\b/i,
  period: /\b(?:jangka|batas)\s+waktu\b/i,
};
const headerCell = (c: string) => c.replace(/\s+/g, ' ').trim();
const isHeader = (r: string[]) => r.some((c) => HEADER.title.test(headerCell(c))) && r.some((c) => HEADER.basis.test(headerCell(c)));
/**
 * The row under the headers that splits the consequence into "Dibuka" and "Ditutup" (also
 * "Akibat bila … dibuka"): short labels only, in two different cells, and nothing under the
 * Informasi header. A data row or a note that mentions "dibuka" and "ditutup" is none.
 */
function isSubHeader(r: string[], header: string[]): boolean {
  const title = header.findIndex((c) => HEADER.title.test(headerCell(c)));
  if (title >= 0 && headerCell(r[title] ?? '')) return false;
  const filled = r.map(headerCell).filter(Boolean);
  if (!filled.length || filled.some((c) => c.split(' ').length > 6)) return false;
  const opened = r.findIndex((c) => HEADER.opened.test(headerCell(c)));
  const closed = r.findIndex((c) => HEADER.closed.test(headerCell(c)));
  return opened >= 0 && closed >= 0 && opened !== closed;
}
/** One column for both halves of the consequence test, not split into Dibuka and Ditutup. */
const COMBINED = /\b(?:konsekuensi|pertimbangan)\b/i;

function findColumns(header: string[], sub: string[] | undefined): Record<Column, number | null> {
  const find = (cells: string[] | undefined, re: RegExp) => {
    const i = cells?.findIndex((c) => re.test(headerCell(c))) ?? -1;
    return i >= 0 ? i : null;
  };
  return {
    number: find(header, HEADER.number),
    title: find(header, HEADER.title),
    basis: find(header, HEADER.basis),
    opened: find(sub, /^dibuka$/i) ?? find(sub, HEADER.opened) ?? find(header, HEADER.opened),
    closed: find(sub, /^ditutup$/i) ?? find(sub, HEADER.closed) ?? find(header, HEADER.closed),
    period: find(header, HEADER.period),
  };
}

/**
 * Columns the importer does not read, reported, never breaking the read: by their header
 * (Penanggung Jawab, Keterangan, Unit …), and, where a column without a header holds text in
 * any entry (a second column under one spanning header, a cell past the last header), by its
 * place: nothing in the table goes unmentioned.
 */
function otherColumns(
  header: string[],
  sub: string[] | undefined,
  columns: Record<Column, number | null>,
  records: { cells: string[] }[],
): string[] {
  const used = new Set(Object.values(columns).filter((i): i is number => i !== null));
  const width = Math.max(header.length, ...records.map((r) => r.cells.length));
  return Array.from({ length: width }, (_, i) => {
    if (used.has(i)) return [];
    const name = headerCell(header[i] ?? '') || headerCell(sub?.[i] ?? '');
    // A header over Dibuka and Ditutup ("Konsekuensi/Pertimbangan bagi Publik") is theirs.
    if (name) return sub && used.has(i + 1) && /konsekuensi|pertimbangan|akibat/i.test(name) ? [] : [name];
    return records.some((r) => headerCell(r.cells[i] ?? '')) ? [IMPORT.unnamedColumn(i + 1)] : [];
  }).flat();
}

/** A table given as text (the seed's text table, TSV, CSV, an HTML table). */
export interface ImportOptions {
  /** The catalogue of laws (content/laws): common names, and citations that cannot be right. */
  catalogue?: LawCatalogue;
}

export function importTable(text: string, options: ImportOptions = {}): ImportResult {
  return importRows(readTableText(text), options);
}

/** A table file as a body keeps it: .docx, .xlsx, .html, .csv, .tsv or .txt. The first table with column headers is read. */
export async function importFile(path: string, options: ImportOptions = {}): Promise<ImportResult> {
  const tables = await readTableFile(path);
  const table = tables.find((t) => t.rows.some((r) => isHeader(r.cells))) ?? tables[0]!;
  const result = importRows(table, options);
  // Other sheets with a DIK table are named, never silently left out.
  result.unreadParts = tables.filter((t) => t !== table && t.part && t.rows.some((r) => isHeader(r.cells))).map((t) => t.part!);
  return result;
}

const NO_COLUMNS: Record<Column, number | null> = { number: null, title: null, basis: null, opened: null, closed: null, period: null };

export function importRows(table: SourceTable, { catalogue = EMPTY_CATALOGUE }: ImportOptions = {}): ImportResult {
  const { format, part } = table;
  const rows = table.rows;
  const issues: ImportIssue[] = [];
  const headerAt = rows.findIndex((r) => isHeader(r.cells));
  const empty = {
    entries: [],
    format,
    part,
    columns: NO_COLUMNS,
    extraColumns: [],
    unreadParts: [],
    dataRows: 0,
    continuationRows: 0,
    skipped: [],
  };
  if (headerAt < 0) return { ...empty, issues: [{ row: 1, column: '-', severity: 'unread', message: IMPORT.noHeader }] };
  const header = rows[headerAt]!;
  const sub = rows.slice(headerAt + 1, headerAt + 3).find((r) => isSubHeader(r.cells, rows[headerAt]!.cells))?.cells;
  const columns = findColumns(header.cells, sub);
  // Dibuka and Ditutup printed as one column: its text goes to Dibuka, nothing is lost, and
  // every entry says that Ditutup is still to be written (the check requires both).
  const combined = columns.opened === null && columns.closed === null ? header.cells.findIndex((c) => COMBINED.test(headerCell(c))) : -1;
  if (combined >= 0) {
    columns.opened = combined;
    issues.push({ row: header.source, column: headerCell(header.cells[combined]!), severity: 'note', message: IMPORT.combinedConsequence });
  }
  for (const [k, i] of Object.entries(columns) as [Column, number | null][])
    if (i === null && !(k === 'closed' && combined >= 0))
      issues.push({ row: header.source, column: COLUMN_LABELS[k], severity: 'unread', message: IMPORT.columnMissing(COLUMN_LABELS[k]) });

  const repeats = [header.cells, ...(sub ? [sub] : [])];
  const { records, dataRows, continuationRows, skipped } = groupRecords(rows.slice(headerAt + 1), columns, repeats);
  const extraColumns = otherColumns(header.cells, sub, columns, records);
  // Plain numbers give the order as printed; sub-numbers (1.a, 1.b) the order of the rows.
  const plain = records.every((r) => /^\d+[.)]?$/.test(columns.number === null ? '' : (r.cells[columns.number] ?? '').trim()));

  const entries: ImportedEntry[] = [];
  for (const [index, rec] of records.entries()) {
    const cell = (c: Column) => (columns[c] === null ? '' : (rec.cells[columns[c]!] ?? ''));
    const problem = (column: Column, message: string, severity: ImportIssue['severity'] = 'unread') =>
      issues.push({ row: rec.row, column: COLUMN_LABELS[column], severity, message });
    const title = cleanCell(cell('title'));
    if (!title) problem('title', IMPORT.titleEmpty);
    const basis = parseBasis(cell('basis'), catalogue);
    for (const u of basis.unread) problem('basis', IMPORT.basisUnread(u));
    for (const n of basis.notes) problem('basis', n, 'note');
    for (const d of basis.doubts)
      problem('basis', IMPORT.citationDoubt(d.text, CHECK.entry.citationImpossible(d, catalogue.byId.get(d.law)?.short).message), 'note');
    for (const id of basis.uncatalogued) {
      const said = CHECK.entry.lawUncatalogued(id);
      problem('basis', `${said.message} ${said.hint}`, 'note');
    }
    if (!basis.texts.length) problem('basis', IMPORT.basisEmpty);
    const opened = cleanCell(cell('opened'));
    const closed = cleanCell(cell('closed'));
    if (!opened) problem('opened', IMPORT.openedEmpty);
    if (!closed) problem('closed', IMPORT.closedEmpty);
    const periodText = cleanCell(cell('period'));
    const period = readPeriodText(periodText || '-');
    if (!periodText) problem('period', IMPORT.periodEmpty);
    else if (period.kind === 'unclear') problem('period', IMPORT.periodUnclear(periodText));
    else if (period.kind === 'vague') problem('period', IMPORT.periodVague(periodText), 'note');
    const number = plain ? Number.parseInt(cell('number'), 10) : index + 1;
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
  return { entries, issues, format, part, columns, extraColumns, unreadParts: [], dataRows, continuationRows, skipped };
}

/**
 * Rows into records. With a No column, a record starts at a row whose No is a number, and a
 * row with an empty No continues the record above (a list that spills over lines); a row
 * whose No is not a number (a section heading, the place and date under the table) is
 * skipped and listed, and after it no row continues a record. Without a No column, every
 * row is a record.
 */
function groupRecords(rows: TableRow[], columns: Record<Column, number | null>, headers: string[][]) {
  // A header repeated on a new page is a copy of the one found: the same words in the same
  // columns. Comparing with it, not with the header words, keeps a data row whose title
  // starts with "Informasi …" from being taken for a header.
  const signature = (cells: string[]) => cells.map(headerCell).join('\t').replace(/\t+$/, '').toLowerCase();
  const repeated = new Set(headers.map(signature));
  const numberColumn = columns.number;
  const filled = (r: TableRow, c: Column) => columns[c] !== null && Boolean((r.cells[columns[c]!] ?? '').trim());
  const records: { row: number; cells: string[] }[] = [];
  const skipped: SkippedRow[] = [];
  let dataRows = 0;
  let continuationRows = 0;
  let open = false;
  for (const r of rows) {
    // A blank row or a repeated header ends a record: what follows continues nothing (the
    // place and date under a table are not part of its last entry).
    if (repeated.has(signature(r.cells)) || isColumnNumbers(r.cells) || r.cells.every((c) => !c.trim())) {
      open = false;
      continue;
    }
    dataRows++;
    const text = cleanCell(r.cells.filter((c) => c.trim()).join(' · ')).slice(0, 80);
    if (numberColumn === null) {
      records.push({ row: r.source, cells: [...r.cells] });
      continue;
    }
    const no = (r.cells[numberColumn] ?? '').trim();
    const group = !filled(r, 'basis') && !filled(r, 'opened') && !filled(r, 'closed') && !filled(r, 'period');
    if (ENTRY_NUMBER.test(no) && group) {
      // "1  Informasi kepegawaian" above 1.a, 1.b: a group's heading, not an entry.
      skipped.push({ row: r.source, text, reason: IMPORT.groupHeading });
      open = false;
    } else if (ENTRY_NUMBER.test(no)) {
      records.push({ row: r.source, cells: [...r.cells] });
      open = true;
    } else if (!no && open) {
      const last = records.at(-1)!;
      r.cells.forEach((c, j) => {
        if (c.trim()) last.cells[j] = `${last.cells[j] ?? ''}\n${c}`;
      });
      continuationRows++;
    } else {
      skipped.push({ row: r.source, text, reason: no ? IMPORT.notANumber(no) : IMPORT.noNumber });
      if (no) open = false;
    }
  }
  return { records, dataRows, continuationRows, skipped };
}
