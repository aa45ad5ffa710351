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

/** Whether `year` (proleptic Gregorian, astronomical numbering) is a leap year. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month of any year (arithmetic: no Date, so no limit on the year). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? Number.NaN);
}

/**
 * `YYYY-MM-DD`; a year outside 0000–9999 in ISO 8601's expanded form (`+010000-01-01`, `-000001-12-31`),
 * the form `Date.prototype.toISOString` uses. JavaScript instants reach the years −271821 to 275760.
 */
export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  const mmdd = `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (year >= 0 && year <= 9999) return `${String(year).padStart(4, '0')}${mmdd}`;
  return `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}${mmdd}`;
}

/** Days since 1970-01-01 of a civil date (H. Hinnant's `days_from_civil`, exact for any integer year). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (H. Hinnant's `civil_from_days`). */
function civilFromDays(days: number): DateParts {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0000-01-01T00:00Z and 10000-01-01T00:00Z: between them `toISOString` gives `YYYY-MM-DD…` (the fast path). */
const FOUR_DIGIT_YEARS_FROM = -62_167_219_200_000;
const FOUR_DIGIT_YEARS_UNTIL = 253_402_300_800_000;

/**
 * The calendar date in Japan at the given instant — for every valid Date (years −271821 to 275760, the
 * expanded form outside 0000–9999); an invalid Date is a RangeError.
 */
export function jstDate(instant: Date): IsoDate {
  const shifted = instant.getTime() + JST_OFFSET_MS;
  if (Number.isNaN(shifted)) throw new RangeError('not a valid instant');
  if (shifted >= FOUR_DIGIT_YEARS_FROM && shifted < FOUR_DIGIT_YEARS_UNTIL) return new Date(shifted).toISOString().slice(0, 10);
  return formatIsoDate(civilFromDays(Math.floor(shifted / DAY_MS)));
}

/**
 * The day number (days since 1970-01-01) of the calendar date in Japan at the given instant:
 * `daysBetween(jstDate(a), jstDate(b)) === jstDayNumber(b) - jstDayNumber(a)`, by arithmetic, no text.
 * An invalid Date is a RangeError, as for `jstDate`.
 */
export function jstDayNumber(instant: Date): number {
  const shifted = instant.getTime() + JST_OFFSET_MS;
  if (Number.isNaN(shifted)) throw new RangeError('not a valid instant');
  return Math.floor(shifted / DAY_MS);
}

const ANY_YEAR_DATE = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})$/;

/** `parseIsoDate`, also accepting the expanded years `formatIsoDate` writes (computed dates, never input). */
function parseComputedDate(value: string): DateParts | undefined {
  const m = ANY_YEAR_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!Number.isSafeInteger(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function dayNumber(date: IsoDate): number {
  const parts = parseComputedDate(date);
  if (!parts) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  return daysFromCivil(parts.year, parts.month, parts.day);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(civilFromDays(dayNumber(date) + days));
}

/** Adds whole years, moving 29 February to 28 February in a common year (any year: arithmetic, no Date). */
export function addYears(date: IsoDate, years: number): IsoDate {
  const parts = parseComputedDate(date);
  if (!parts) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  const year = parts.year + years;
  return formatIsoDate({ year, month: parts.month, day: Math.min(parts.day, daysInMonth(year, parts.month)) });
}

/** Orders two dates (any year, expanded form included): negative, zero or positive. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return dayNumber(a) - dayNumber(b);
}
