import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { csvCellText, ledgerCsv, ledgerCsvFileName, UTF8_BOM, type CsvColumn } from './ledger-csv';

interface Row {
  readonly name: string;
  readonly quantity: number;
  readonly on: Date | null;
}
const COLUMNS: readonly CsvColumn<Row>[] = [
  { header: { ja: '帳票名', en: 'Form name' }, value: (row) => row.name },
  { header: { ja: '枚数', en: 'Quantity' }, value: (row) => row.quantity },
  { header: { ja: '出力日', en: 'Output date' }, value: (row) => row.on },
];

describe('ledgerCsv', () => {
  it('starts with a BOM, uses CRLF and Japanese headers by default', () => {
    const csv = ledgerCsv(COLUMNS, [{ name: '住民票写し', quantity: 3, on: new Date('2026-11-27T00:00:00Z') }]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('帳票名,枚数,出力日\r\n住民票写し,3,2026-11-27T00:00:00.000Z\r\n');
    expect(ledgerCsv(COLUMNS, [], 'en').slice(1)).toBe('Form name,Quantity,Output date\r\n');
  });

  it('neutralises spreadsheet formulas', () => {
    expect(csvCellText('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(csvCellText('+81')).toBe(`'+81`);
    expect(csvCellText('@SUM')).toBe(`'@SUM`);
    expect(csvCellText('住民票')).toBe('住民票');
    expect(csvCellText(null)).toBe('');
    expect(csvCellText(true)).toBe('1');
  });

  it('round-trips any text through a CSV parser (quotes, commas, line breaks)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.string({ unit: 'grapheme' }), quantity: fc.integer(), on: fc.constant(null) })), (rows) => {
        const csv = ledgerCsv(COLUMNS, rows);
        const parsed: string[][] = parse(csv.slice(1), { relax_column_count: false });
        expect(parsed).toHaveLength(rows.length + 1);
        rows.forEach((row, i) => expect(parsed[i + 1]).toEqual([csvCellText(row.name), String(row.quantity), '']));
      }),
    );
  });

  it('names the file by ledger and date', () => {
    expect(ledgerCsvFileName('printed-forms', new Date('2026-11-28T03:00:00Z'))).toBe('printed-forms-20261128.csv');
  });
});
