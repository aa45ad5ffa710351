import type { CsvColumn } from '../csv/ledger-csv';
import type { ComplianceReport } from './compliance-report';

/** One CSV row: a check, or one offender of a check (第6条第3項第2号: the council's compliance review). */
export interface ComplianceCsvRow {
  readonly chapter: string;
  readonly article: string;
  readonly checkId: string;
  readonly title: { readonly ja: string; readonly en: string };
  readonly status: string;
  readonly count: number;
  readonly reason: { readonly ja: string; readonly en: string } | null;
  readonly recordType: string | null;
  readonly recordId: string | null;
  readonly offender: { readonly ja: string; readonly en: string } | null;
}

const STATUS_JA: Readonly<Record<string, string>> = { COMPLIANT: '適合', VIOLATION: '違反', NOT_EVALUABLE: '評価不能' };

/**
 * The columns of the compliance report's CSV. The title, reason and description cells follow the header
 * language; the status is written as the code and, in Japanese, its label.
 */
export function complianceCsvColumns(language: 'ja' | 'en'): readonly CsvColumn<ComplianceCsvRow>[] {
  return [
    { header: { ja: '章', en: 'Chapter' }, value: (r) => r.chapter },
    { header: { ja: '条項', en: 'Article' }, value: (r) => r.article },
    { header: { ja: '確認項目ID', en: 'Check id' }, value: (r) => r.checkId },
    { header: { ja: '確認項目', en: 'Check' }, value: (r) => r.title[language] },
    { header: { ja: '状態', en: 'Status' }, value: (r) => (language === 'ja' ? (STATUS_JA[r.status] ?? r.status) : r.status) },
    { header: { ja: '件数', en: 'Count' }, value: (r) => r.count },
    { header: { ja: '理由', en: 'Reason' }, value: (r) => r.reason?.[language] ?? null },
    { header: { ja: '記録の種類', en: 'Record type' }, value: (r) => r.recordType },
    { header: { ja: '記録ID', en: 'Record id' }, value: (r) => r.recordId },
    { header: { ja: '内容', en: 'Description' }, value: (r) => r.offender?.[language] ?? null },
  ];
}

/** A row per check, followed by a row per offender listed for it (the report's offender pages). */
export function complianceCsvRows(report: ComplianceReport): ComplianceCsvRow[] {
  const rows: ComplianceCsvRow[] = [];
  for (const result of report.checks) {
    const base = {
      chapter: result.chapter,
      article: result.check.article,
      checkId: result.check.id,
      title: result.check.title,
      status: result.verdict.status,
      count: result.verdict.count,
      reason: result.verdict.reason?.message ?? null,
    };
    rows.push({ ...base, recordType: null, recordId: null, offender: null });
    for (const offender of result.offenders) rows.push({ ...base, recordType: offender.recordType, recordId: offender.recordId, offender: offender.description });
  }
  return rows;
}
