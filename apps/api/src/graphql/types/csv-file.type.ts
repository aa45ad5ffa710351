import { ledgerCsv, ledgerCsvFileName, type CsvColumn, type CsvLanguage } from '@juki/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum CsvLanguageEnum {
  ja = 'ja',
  en = 'en',
}
registerEnumType(CsvLanguageEnum, { name: 'CsvLanguage', description: 'The language of a CSV export’s header row (Japanese by default).' });

/**
 * A ledger export as a file: UTF-8 with a BOM and CRLF (Excel opens it in Japanese), headers in the chosen
 * language. A value type: the rows in it were read under the caller's row filter and field access, exactly
 * as the same ledger's connection would return them (masked fields stay masked).
 */
@ObjectType('CsvFile', { description: 'A CSV export of a ledger (UTF-8 with BOM, CRLF, Japanese headers by default).', simpleResolvers: true })
export class CsvFileType {
  @Field(() => String, { description: 'A suggested file name, e.g. `printed-forms-20261128.csv`.' })
  fileName!: string;

  @Field(() => String, { description: 'Always `text/csv; charset=utf-8`.' })
  contentType!: string;

  @Field(() => Int, { description: 'How many records (rows after the header).' })
  rowCount!: number;

  @Field(() => String, { description: 'The file content, starting with U+FEFF.' })
  content!: string;

  static of<TRow>(ledger: string, columns: readonly CsvColumn<TRow>[], rows: readonly TRow[], now: Date, language: CsvLanguage = 'ja'): CsvFileType {
    const file = new CsvFileType();
    file.fileName = ledgerCsvFileName(ledger, now);
    file.contentType = 'text/csv; charset=utf-8';
    file.rowCount = rows.length;
    file.content = ledgerCsv(columns, rows, language);
    return file;
  }
}
