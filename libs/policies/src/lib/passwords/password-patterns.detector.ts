import { daysInMonth } from '../calendar/calendar-date';
import { CHARACTER_ORDERS, KEYBOARD_RUNS } from './keyboard-layouts.data';

/**
 * Detectors of "regular" passwords (第21条第2項: 規則性のある記号及び番号): keyboard runs, repeated
 * characters or chunks, sequences, and dates. Each takes the folded password (see
 * password-text.util.ts) and runs in time linear or quadratic in its length, never more.
 */

const windowSetCache = new Map<string, ReadonlySet<string>>();

/** Every stretch of `length` code points of the strings, forwards and backwards. */
function windowsOf(name: string, sources: readonly string[], length: number): ReadonlySet<string> {
  const key = `${name}:${length}`;
  let set = windowSetCache.get(key);
  if (!set) {
    const windows = new Set<string>();
    for (const source of sources) {
      const chars = [...source];
      for (const seq of [chars, [...chars].reverse()]) {
        for (let i = 0; i + length <= seq.length; i++) windows.add(seq.slice(i, i + length).join(''));
      }
    }
    set = windows;
    windowSetCache.set(key, set);
  }
  return set;
}

function containsWindowOf(folded: string, windows: ReadonlySet<string>, length: number): boolean {
  if (length < 1) return false;
  const chars = [...folded];
  for (let i = 0; i + length <= chars.length; i++) {
    if (windows.has(chars.slice(i, i + length).join(''))) return true;
  }
  return false;
}

/** qwerty/JIS/kana-layout rows and columns, number row, keypads, forwards or backwards (qwer, 0987, 1qaz). */
export function hasKeyboardRun(folded: string, minLength: number): boolean {
  return containsWindowOf(folded, windowsOf('keyboard', KEYBOARD_RUNS, minLength), minLength);
}

/**
 * A stretch of `minLength` or more characters made of one unit repeated at least twice: aaaa, abab,
 * abcabc, passwordpassword.
 */
export function hasRepetition(folded: string, minLength: number): boolean {
  const chars = [...folded];
  const n = chars.length;
  for (let period = 1; period * 2 <= n; period++) {
    let run = 0; // consecutive k with chars[k] === chars[k + period]
    for (let k = 0; k + period < n; k++) {
      if (chars[k] === chars[k + period]) {
        run++;
        if (run + period >= Math.max(minLength, 2 * period)) return true;
      } else {
        run = 0;
      }
    }
  }
  return false;
}

/**
 * `minLength` or more characters in order: neighbouring code points up or down (abcd, 9876, ＡＢＣＤ
 * after NFKC) or the kana orders (あいうえ, いろはに).
 */
export function hasSequence(folded: string, minLength: number): boolean {
  if (minLength < 2) return minLength === 1 && folded.length > 0;
  const codes = [...folded].map((c) => c.codePointAt(0) as number);
  let run = 1;
  let delta = 0;
  for (let k = 1; k < codes.length; k++) {
    const d = (codes[k] as number) - (codes[k - 1] as number);
    if ((d === 1 || d === -1) && (run === 1 || d === delta)) {
      run++;
      delta = d;
    } else if (d === 1 || d === -1) {
      run = 2;
      delta = d;
    } else {
      run = 1;
    }
    if (run >= minLength) return true;
  }
  return containsWindowOf(folded, windowsOf('orders', CHARACTER_ORDERS, minLength), minLength);
}

const isValidDay = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
/** Years taken as four-digit years of a date. */
const isPlausibleYear = (year: number): boolean => year >= 1900 && year <= 2099;
/** A two-digit year: any, checked against a leap year so 29 February is accepted. */
const LEAP = 2000;

function eightDigitDate(s: string): boolean {
  const n = (a: number, b: number) => Number(s.slice(a, b));
  const ymd = isPlausibleYear(n(0, 4)) && isValidDay(n(0, 4), n(4, 6), n(6, 8));
  const dmy = isPlausibleYear(n(4, 8)) && isValidDay(n(4, 8), n(2, 4), n(0, 2));
  const mdy = isPlausibleYear(n(4, 8)) && isValidDay(n(4, 8), n(0, 2), n(2, 4));
  return ymd || dmy || mdy;
}

function sixDigitDate(s: string): boolean {
  const n = (a: number, b: number) => Number(s.slice(a, b));
  return isValidDay(LEAP, n(2, 4), n(4, 6)) || isValidDay(LEAP, n(2, 4), n(0, 2)) || isValidDay(LEAP, n(0, 2), n(2, 4));
}

/** a.b.c with one separator: Y-M-D (year of 2 or 4 digits), D-M-Y or M-D-Y. */
function separatedDate(a: string, b: string, c: string): boolean {
  const [x, y, z] = [Number(a), Number(b), Number(c)];
  const yearOk = (digits: string, value: number) => (digits.length === 4 && isPlausibleYear(value)) || digits.length === 2;
  const yearOf = (digits: string, value: number) => (digits.length === 4 ? value : LEAP);
  if (yearOk(a, x) && b.length <= 2 && c.length <= 2 && isValidDay(yearOf(a, x), y, z)) return true;
  if (yearOk(c, z) && a.length <= 2 && b.length <= 2) {
    if (isValidDay(yearOf(c, z), y, x) || isValidDay(yearOf(c, z), x, y)) return true;
  }
  return false;
}

const SEPARATED = /(?=(\d{1,4})([-/. ])(\d{1,2})\2(\d{1,4}))/g;
const ERA_INITIAL = /(?<![a-z])(?=[mtshr](\d{1,2})([-/. ]?)(\d{1,2})\2(\d{1,2})(?!\d))/g;
const KANJI_DATE = /(?:(\d{1,4}|元)年)?(\d{1,2})月(\d{1,2})日/g;

/**
 * Any date: 20240101, 01012024, 240101 (a six-digit number on its own), 2024-1-1, 1/1/24, 1.1.2024,
 * 2024年1月1日, 1月1日, 平成元年6月12日, H1.6.12, s600612 — the birth date's forms, for any date.
 */
export function hasDate(folded: string): boolean {
  for (const run of folded.match(/\d+/g) ?? []) {
    for (let i = 0; i + 8 <= run.length; i++) if (eightDigitDate(run.slice(i, i + 8))) return true;
    if (run.length === 6 && sixDigitDate(run)) return true;
  }
  for (const m of folded.matchAll(SEPARATED)) {
    if (separatedDate(m[1] ?? '', m[3] ?? '', m[4] ?? '')) return true;
  }
  for (const m of folded.matchAll(ERA_INITIAL)) {
    if (isValidDay(LEAP, Number(m[3]), Number(m[4]))) return true;
  }
  for (const m of folded.matchAll(KANJI_DATE)) {
    if (isValidDay(LEAP, Number(m[2]), Number(m[3]))) return true;
  }
  return false;
}
