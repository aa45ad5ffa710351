/**
 * Calendar dates (YYYY-MM-DD) and Japan Standard Time. The guidelines count days on the Japanese
 * calendar; Japan has had no daylight saving since 1951, so JST is a fixed UTC+09:00.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Parses a YYYY-MM-DD date, refusing impossible dates such as 2023-02-29. */
export function parseIsoDate(value: string): DateParts | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar date in Japan at the given instant. */
export function jstDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + JST_OFFSET_MS).toISOString().slice(0, 10);
}

function dayNumber(date: IsoDate): number {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  return Date.UTC(parts.year, parts.month - 1, parts.day) / DAY_MS;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Adds whole years, moving 29 February to 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  const year = parts.year + years;
  return formatIsoDate({ year, month: parts.month, day: Math.min(parts.day, daysInMonth(year, parts.month)) });
}
