import type { CsvColumn, CsvLanguage } from '@juki/domain';
import type { PrintedFormOutputType } from './forms.types';

/** One CSV row: the output record as the caller may see it (masked fields masked), with its section's name. */
export interface PrintedFormCsvRow {
  readonly output: PrintedFormOutputType;
  readonly sectionName: string | null;
}

const STATUS_JA: Readonly<Record<string, string>> = { OUTPUT: '出力のみ', STORED: '保管中', PARTLY_DISPOSED: '一部廃棄', DISPOSED: '廃棄済み' };

/** The columns of the printed-form ledger export (第10条第1項 items 1–6, storage and disposal totals); states in Japanese with Japanese headers. */
export function printedFormCsvColumns(language: CsvLanguage): readonly CsvColumn<PrintedFormCsvRow>[] {
  return [
  { header: { ja: '課', en: 'Section' }, value: (r) => r.sectionName },
  { header: { ja: '帳票の名称', en: 'Form name' }, value: (r) => r.output.formName },
  { header: { ja: '出力年月日', en: 'Output date' }, value: (r) => r.output.outputDate },
  { header: { ja: '使用目的', en: 'Purpose' }, value: (r) => r.output.purpose },
  { header: { ja: '申請者', en: 'Requester' }, value: (r) => r.output.requester },
  { header: { ja: '数量', en: 'Quantity' }, value: (r) => r.output.quantity },
  { header: { ja: 'その他必要な事項', en: 'Notes' }, value: (r) => r.output.notes },
  { header: { ja: '保管期間終了日', en: 'Keep until' }, value: (r) => r.output.keepUntil },
  { header: { ja: '廃棄期限', en: 'Disposal due' }, value: (r) => r.output.disposalDueDate },
  { header: { ja: '状態', en: 'Status' }, value: (r) => (r.output.status === null || language === 'en' ? r.output.status : (STATUS_JA[r.output.status] ?? r.output.status)) },
  { header: { ja: '保管数量', en: 'Stored' }, value: (r) => r.output.storedQuantity },
  { header: { ja: '廃棄数量', en: 'Disposed' }, value: (r) => r.output.disposedQuantity },
  { header: { ja: '廃棄期限超過日数', en: 'Days overdue' }, value: (r) => r.output.daysOverdue },
  ];
}
