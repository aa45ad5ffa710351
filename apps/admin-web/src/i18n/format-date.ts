import { jstDate, parseIsoDate, type DateParts, type IsoDate, type Locale } from '@juki/policies';

export interface FormatDateOptions {
  /** Japanese only: show the Japanese era (和暦), e.g. 令和8年11月28日. English ignores it. */
  readonly era?: boolean;
}

/** Fixed abbreviations: engines disagree on some (ICU's en-GB writes "Sept"). */
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Year 1 as engines may write it: ASCII, full-width, or zero-padded. */
const FIRST_YEAR: ReadonlySet<string> = new Set(['1', '01', '１', '０１']);

const JAPANESE_ERA_FORMAT = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/**
 * Formats a date for display: ja `2026年11月28日`, ja with era `令和8年11月28日` (the first year of an
 * era as 元年: `令和元年5月1日`), en `28 Nov 2026`. A `Date` is an instant and is shown as its
 * calendar date in Japan; an IsoDate (`YYYY-MM-DD`) is already a calendar date and is shown as is.
 */
export function formatDate(date: Date | IsoDate, locale: Locale, options: FormatDateOptions = {}): string {
  const { year, month, day } = calendarDate(date);
  if (locale === 'en') return `${day} ${EN_MONTHS[month - 1]} ${year}`;
  if (!options.era) return `${year}年${month}月${day}日`;
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return normaliseFirstEraYear(JAPANESE_ERA_FORMAT.formatToParts(instant))
    .map((part) => part.value)
    .join('');
}

/**
 * The first year of a Japanese era is written 元年, not 1年. ICU gives 元 in recent versions, but older
 * engines give 1: this makes every engine agree.
 */
export function normaliseFirstEraYear(parts: readonly Intl.DateTimeFormatPart[]): Intl.DateTimeFormatPart[] {
  const hasEra = parts.some((p) => p.type === 'era');
  return parts.map((p) => (hasEra && p.type === 'year' && FIRST_YEAR.has(p.value) ? { ...p, value: '元' } : p));
}

function calendarDate(date: Date | IsoDate): DateParts {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('formatDate: invalid Date');
    return calendarDate(jstDate(date));
  }
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`formatDate: not a calendar date: ${JSON.stringify(date)}`);
  return parts;
}
