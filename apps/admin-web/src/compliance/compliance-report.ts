import { isIsoDate, jstDate, type IsoDate, type Locale } from '@juki/policies';
import type { ComplianceReportQuery, ComplianceStatus } from '../graphql/generated/graphql';

/**
 * The compliance page's pure parts (第6条第3項第2号): grouping the report by chapter (章) of the
 * guidelines, counting statuses, the as-of date, and the CSV as a downloadable Blob (BOM kept).
 */
export type ComplianceCheckRow = ComplianceReportQuery['complianceReport'][number];

export interface ChapterGroup {
  /** The chapter as the API names it (from the article index of @juki/policies), e.g. `第4章 住民基本台帳カードの管理`. */
  readonly chapter: string;
  readonly checks: readonly ComplianceCheckRow[];
}

export type StatusCounts = Readonly<Record<ComplianceStatus, number>>;

const CHAPTER_NUMBER = /^第(\d+)章/;

/** Chapter order: 第1章, 第2章 … by number; anything else (附則) after them. */
function chapterRank(chapter: string): number {
  const match = CHAPTER_NUMBER.exec(chapter);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

/** The checks grouped by chapter, chapters in the guidelines' order, checks in the report's order. */
export function groupByChapter(checks: readonly ComplianceCheckRow[]): ChapterGroup[] {
  const groups = new Map<string, ComplianceCheckRow[]>();
  for (const check of checks) {
    const chapter = check.chapter ?? '附則';
    const group = groups.get(chapter) ?? [];
    group.push(check);
    groups.set(chapter, group);
  }
  return [...groups.entries()]
    .map(([chapter, rows]) => ({ chapter, checks: rows }))
    .sort((a, b) => chapterRank(a.chapter) - chapterRank(b.chapter) || a.chapter.localeCompare(b.chapter));
}

/** How many checks are compliant, in violation, and not evaluable. */
export function statusCounts(checks: readonly { readonly status?: ComplianceStatus | null }[]): StatusCounts {
  const counts = { COMPLIANT: 0, VIOLATION: 0, NOT_EVALUABLE: 0 };
  for (const check of checks) if (check.status) counts[check.status] += 1;
  return counts;
}

/** English names of the guidelines' chapters; the guidelines themselves are Japanese (shown as they are in ja). */
const CHAPTERS_EN: Readonly<Record<string, string>> = {
  '第1章 総則': 'Chapter 1: General provisions',
  '第2章 責任体制': 'Chapter 2: Responsibilities',
  '第3章 本人確認情報等の管理': 'Chapter 3: Management of identification information',
  '第4章 住民基本台帳カードの管理': 'Chapter 4: Management of Basic Resident Register cards',
  '第5章 システムの管理': 'Chapter 5: Management of the system',
  '第6章 指定施設の管理': 'Chapter 6: Management of designated facilities',
  '第7章 事務の委託': 'Chapter 7: Outsourcing',
  '第8章 委任': 'Chapter 8: Delegation',
  附則: 'Supplementary provisions',
};

export function chapterLabel(chapter: string, locale: Locale): string {
  return locale === 'en' ? (CHAPTERS_EN[chapter] ?? chapter) : chapter;
}

/** Today in Japan: the report's default as-of date. */
export function todayInJapan(now: Date = new Date()): IsoDate {
  return jstDate(now);
}

/** An as-of date the page may ask for: a calendar date, not after today (the records of the future do not exist yet). */
export function validAsOf(value: string, today: IsoDate): value is IsoDate {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isIsoDate(value) && value <= today;
}

/**
 * The CSV as the API wrote it, as a Blob: a JavaScript string is encoded as UTF-8, so the leading U+FEFF
 * becomes the byte order mark EF BB BF that Excel needs to read the file as UTF-8.
 */
export function csvBlob(content: string, contentType = 'text/csv; charset=utf-8'): Blob {
  return new Blob([content.startsWith('\uFEFF') ? content : `\uFEFF${content}`], { type: contentType });
}

/** Saves the CSV through a temporary object URL and a download link (no navigation, nothing leaves the machine). */
export function downloadCsv(file: { readonly fileName: string; readonly content: string; readonly contentType?: string }): void {
  const url = URL.createObjectURL(csvBlob(file.content, file.contentType));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
