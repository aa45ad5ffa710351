import { parseIsoDate, type IsoDate } from '../calendar/calendar-date';

/** The eras (元号) of the modern calendar, from 明治. */
export const JAPANESE_ERAS = ['明治', '大正', '昭和', '平成', '令和'] as const;
export type JapaneseEra = (typeof JAPANESE_ERAS)[number];

export interface JapaneseEraYear {
  readonly era: JapaneseEra;
  /** The year of the era; its first year (元年) is 1. */
  readonly year: number;
}

/**
 * First day of each era (Gregorian), newest first, as `yyyymmdd` numbers so a date is placed with
 * integer comparisons only. 明治 starts on 1868-10-23 (明治元年9月8日), the start used by the Japanese
 * calendar of CLDR/ICU (`Intl.DateTimeFormat('ja-JP-u-ca-japanese')`), although the era was applied
 * retroactively from 1868-01-25 (慶応4年1月1日). Dates before it have no era here.
 */
const ERA_STARTS: readonly { readonly era: JapaneseEra; readonly key: number; readonly year: number }[] = [
  { era: '令和', key: 20190501, year: 2019 },
  { era: '平成', key: 19890108, year: 1989 },
  { era: '昭和', key: 19261225, year: 1926 },
  { era: '大正', key: 19120730, year: 1912 },
  { era: '明治', key: 18681023, year: 1868 },
];

/**
 * The era year of a Gregorian date, by integer arithmetic only (no Intl, no allocation): 1 for 元年,
 * 0 before 明治. Used on the hot path of the PIN check.
 */
export function eraYearNumber(year: number, month: number, day: number): number {
  const key = year * 10000 + month * 100 + day;
  for (const start of ERA_STARTS) {
    if (key >= start.key) return year - start.year + 1;
  }
  return 0;
}

/** The era and era year of a date, e.g. 2019-05-01 → 令和 1 (令和元年); undefined before 明治. */
export function japaneseEraYear(date: IsoDate): JapaneseEraYear | undefined {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError('not a calendar date (YYYY-MM-DD)');
  const key = parts.year * 10000 + parts.month * 100 + parts.day;
  const start = ERA_STARTS.find((s) => key >= s.key);
  return start ? { era: start.era, year: parts.year - start.year + 1 } : undefined;
}

/** 和暦 as written on Japanese forms: 令和元年, 平成31年. */
export function formatJapaneseEraYear({ era, year }: JapaneseEraYear): string {
  return `${era}${year === 1 ? '元' : String(year)}年`;
}
