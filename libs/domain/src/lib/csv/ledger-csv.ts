import { stringify } from 'csv-stringify/sync';

/**
 * CSV exports of the ledgers (第10条, 第10条の2, 第10条の3, 第12条第7号 …): UTF-8 with a byte-order mark and CRLF
 * line ends so that Excel on a city PC opens them in Japanese without an import dialog; Japanese headers
 * first (English headers on request). Quoting and escaping are csv-stringify's (RFC 4180).
 *
 * A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` so that a
 * spreadsheet never evaluates a value typed into a ledger as a formula (CSV injection, OWASP).
 */
export type CsvLanguage = 'ja' | 'en';
export type CsvCell = string | number | boolean | Date | null | undefined;

export interface CsvColumn<TRow> {
  readonly header: { readonly ja: string; readonly en: string };
  readonly value: (row: TRow) => CsvCell;
}

export const UTF8_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as text: dates as ISO-8601 (UTC, milliseconds), booleans as 1/0, null as an empty cell. */
export function csvCellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  if (typeof cell === 'boolean') return cell ? '1' : '0';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The whole file: BOM, one header row, one row per record, CRLF. */
export function ledgerCsv<TRow>(columns: readonly CsvColumn<TRow>[], rows: Iterable<TRow>, language: CsvLanguage = 'ja'): string {
  const records: string[][] = [columns.map((column) => column.header[language])];
  for (const row of rows) records.push(columns.map((column) => csvCellText(column.value(row))));
  return UTF8_BOM + stringify(records, { record_delimiter: 'windows', quoted_match: /[",\r\n]/ });
}

/** A file name for a ledger export: `<ledger>-<yyyymmdd>.csv` (ASCII, safe in a Content-Disposition header). */
export function ledgerCsvFileName(ledger: string, on: Date): string {
  const safe = ledger.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `${safe}-${on.toISOString().slice(0, 10).replace(/-/g, '')}.csv`;
}
