/**
 * Small checks on record fields shared by the forms, cards and disposal rules. Internal: not exported
 * from the package barrel.
 */
import { isIsoDate } from '../calendar/calendar-date';

/** A whole number of at least `min` (NaN, Infinity, fractions and non-numbers are not). */
export function isWholeNumber(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}

/** Missing, not a string, or only whitespace. */
export function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim().length === 0;
}

export function isDate(value: unknown): value is string {
  return typeof value === 'string' && isIsoDate(value);
}

/** How a person's name or ID is compared: NFKC, trimmed, case-insensitive (全角/半角 alike). */
export function sameActor(a: string, b: string): boolean {
  return a.normalize('NFKC').trim().toLowerCase() === b.normalize('NFKC').trim().toLowerCase();
}

/** Shows a value received as a record field in a message, without letting a huge one through. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return text.length > 64 ? `${text.slice(0, 64)}…` : text;
}

/** `today` is passed in by the caller (rules never read the clock); a bad one is a programming error. */
export function requireToday(today: string): void {
  if (!isIsoDate(today)) throw new RangeError('today is not a calendar date (YYYY-MM-DD)');
}
