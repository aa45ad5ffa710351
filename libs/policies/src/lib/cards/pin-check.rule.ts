import type { IsoDate } from '../calendar/calendar-date';
import { violation, type Violation } from '../core/violation';
import type { MessageCode } from '../i18n/message-catalogue';
import type { PolicyProfile } from '../profiles/policy-profile';
import { DEFAULT_PROFILE } from '../profiles/profile-history';
import { COMMON_PINS } from './common-pins.data';
import { eraYearNumber } from './japanese-era.util';

/**
 * Why a resident-card PIN is refused (第10条の4第1号 暗証番号は誕生日等、容易に推測できるものを用いない).
 * The order is the order of the reasons in a result.
 */
export const PIN_REJECTION_REASONS = [
  'NOT_FOUR_DIGITS',
  'FULL_WIDTH_DIGITS',
  'BIRTH_DATE',
  'PERSONAL_DATE',
  'REPEATED',
  'SEQUENCE',
  'PAIRS',
  'COMMON',
  'REJECTED_BY_PROFILE',
] as const;
export type PinRejectionReason = (typeof PIN_REJECTION_REASONS)[number];

/**
 * The result of a PIN check. It is built from the reason codes alone — it holds nothing of the PIN, not
 * even which date pattern or which list entry matched — and is frozen and shared between calls.
 */
export interface PinCheckResult {
  readonly allowed: boolean;
  readonly reasons: readonly PinRejectionReason[];
  readonly violations: readonly Violation[];
}

export interface PinCheckOptions {
  /**
   * Other dates of the applicant that the PIN may not derive from (誕生日「等」: a wedding day, a
   * child's birthday), checked with the same patterns as the birth date.
   */
  readonly otherDates?: readonly IsoDate[];
}

/**
 * The four-digit derivations of a date that the PIN check rejects. YYYY is the Gregorian year, YY its
 * last two digits, MM and DD the zero-padded month and day, EE the zero-padded year of the Japanese era
 * the date falls in (元年 = 01; 明治 from 1868-10-23, 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08,
 * 令和 2019-05-01). Born 1990-03-15 (平成2年): 9003 0390 0315 1503 1990 9015 1590 0203 0302 0215 1502.
 */
export const PIN_DATE_PATTERNS = [
  'YYMM',
  'MMYY',
  'MMDD',
  'DDMM',
  'YYYY',
  'YYDD',
  'DDYY',
  'EEMM',
  'MMEE',
  'EEDD',
  'DDEE',
] as const;
export type PinDatePattern = (typeof PIN_DATE_PATTERNS)[number];

export const PIN_RULE_ID = 'art10-4.pinGuessability';

const REASON_CODES: Readonly<Record<PinRejectionReason, MessageCode>> = {
  NOT_FOUR_DIGITS: 'CARDS.PIN_NOT_FOUR_DIGITS',
  FULL_WIDTH_DIGITS: 'CARDS.PIN_FULL_WIDTH_DIGITS',
  BIRTH_DATE: 'CARDS.PIN_BIRTH_DATE',
  PERSONAL_DATE: 'CARDS.PIN_PERSONAL_DATE',
  REPEATED: 'CARDS.PIN_REPEATED',
  SEQUENCE: 'CARDS.PIN_SEQUENCE',
  PAIRS: 'CARDS.PIN_PAIRS',
  COMMON: 'CARDS.PIN_COMMON',
  REJECTED_BY_PROFILE: 'CARDS.PIN_REJECTED_BY_PROFILE',
};

// ---------------------------------------------------------------------------------------------------
// A wrapper that cannot leak the PIN
// ---------------------------------------------------------------------------------------------------

const REDACTED = '[PIN REDACTED]';
/** Node's util.inspect hook, by its registered name: no Node import in this pure library. */
const INSPECT_CUSTOM: unique symbol = Symbol.for('nodejs.util.inspect.custom');

let unwrap: (pin: SecretPin) => string = () => {
  throw new Error('SecretPin is not initialised');
};

/**
 * A PIN held so that it cannot be logged or serialised by accident: `String(pin)`, template strings,
 * `JSON.stringify`, `console.log`/`util.inspect` and structured logging all show `[PIN REDACTED]`. The
 * digits are in an ECMAScript private field and nothing outside this module can read them: the only
 * thing that can be done with a SecretPin is to pass it to {@link checkPin}. Wrap a PIN the moment it is
 * received and drop the reference after the check.
 */
export class SecretPin {
  readonly #digits: string;

  private constructor(digits: string) {
    this.#digits = digits;
    Object.freeze(this);
  }

  static of(digits: string): SecretPin {
    return new SecretPin(typeof digits === 'string' ? digits : '');
  }

  static {
    unwrap = (pin) => pin.#digits;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.toPrimitive](): string {
    return REDACTED;
  }

  [INSPECT_CUSTOM](): string {
    return REDACTED;
  }
}

// ---------------------------------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------------------------------

const BIT: Readonly<Record<PinRejectionReason, number>> = {
  NOT_FOUR_DIGITS: 1 << 0,
  FULL_WIDTH_DIGITS: 1 << 1,
  BIRTH_DATE: 1 << 2,
  PERSONAL_DATE: 1 << 3,
  REPEATED: 1 << 4,
  SEQUENCE: 1 << 5,
  PAIRS: 1 << 6,
  COMMON: 1 << 7,
  REJECTED_BY_PROFILE: 1 << 8,
};

/** A 10,000-entry membership table of four-digit strings (entries that are not four ASCII digits are ignored). */
function pinTable(pins: readonly string[]): Uint8Array {
  const table = new Uint8Array(10000);
  for (const p of pins) {
    const n = readAsciiPin(p);
    if (n >= 0) table[n] = 1;
  }
  return table;
}

function readAsciiPin(p: unknown): number {
  if (typeof p !== 'string' || p.length !== 4) return -1;
  let n = 0;
  for (let i = 0; i < 4; i++) {
    const c = p.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const COMMON_TABLE = pinTable(COMMON_PINS);
/** Keyed by the profile's list (configuration), never by a PIN. */
const PROFILE_TABLES = new WeakMap<readonly string[], Uint8Array>();

function profileTable(list: readonly string[]): Uint8Array | undefined {
  if (list.length === 0) return undefined;
  let table = PROFILE_TABLES.get(list);
  if (!table) {
    table = pinTable(list);
    PROFILE_TABLES.set(list, table);
  }
  return table;
}

const FULL_WIDTH_ZERO = 0xff10;
const FULL_WIDTH_FLAG = 1 << 16;

/** The PIN as 0–9999, with FULL_WIDTH_FLAG when a digit is full-width (０–９); -1 if not four digits. */
function readPin(pin: unknown): number {
  if (typeof pin !== 'string' || pin.length !== 4) return -1;
  let n = 0;
  let flags = 0;
  for (let i = 0; i < 4; i++) {
    const code = pin.charCodeAt(i);
    let digit = code - 48;
    if (digit < 0 || digit > 9) {
      digit = code - FULL_WIDTH_ZERO;
      if (digit < 0 || digit > 9) return -1;
      flags = FULL_WIDTH_FLAG;
    }
    n = n * 10 + digit;
  }
  return n | flags;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A YYYY-MM-DD date as the number yyyymmdd, or -1; char codes only (no regex, no Date). */
function dateKey(date: unknown): number {
  if (typeof date !== 'string' || date.length !== 10) return -1;
  if (date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
  let key = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = date.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    key = key * 10 + digit;
  }
  const year = Math.floor(key / 10000);
  const month = Math.floor(key / 100) % 100;
  const day = key % 100;
  if (month < 1 || month > 12 || day < 1) return -1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const dim = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day > dim ? -1 : key;
}

/** Whether the PIN (0–9999) is one of the {@link PIN_DATE_PATTERNS} of the date (yyyymmdd). */
function derivesFromDate(n: number, key: number): boolean {
  const y = Math.floor(key / 10000);
  const m = Math.floor(key / 100) % 100;
  const d = key % 100;
  const yy = y % 100;
  if (
    n === yy * 100 + m || // YYMM
    n === m * 100 + yy || // MMYY
    n === m * 100 + d || // MMDD
    n === d * 100 + m || // DDMM
    n === y || // YYYY
    n === yy * 100 + d || // YYDD
    n === d * 100 + yy // DDYY
  ) {
    return true;
  }
  const ee = eraYearNumber(y, m, d);
  if (ee < 1 || ee > 99) return false;
  return (
    n === ee * 100 + m || // EEMM
    n === m * 100 + ee || // MMEE
    n === ee * 100 + d || // EEDD
    n === d * 100 + ee // DDEE
  );
}

/** Four equal digits: 0000, 1111, …, 9999. */
function isRepeated(a: number, b: number, c: number, d: number): boolean {
  return a === b && b === c && c === d;
}

/**
 * Each digit one more (or one less) than the one before, counting round from 9 to 0 as in the digit row
 * of a keyboard or a phone: 0123 … 6789, 7890, 8901, 9012 and 9876 … 3210, 2109, 1098, 0987.
 */
function isSequence(a: number, b: number, c: number, d: number): boolean {
  const step = (b - a + 10) % 10;
  if (step !== 1 && step !== 9) return false;
  return (c - b + 10) % 10 === step && (d - c + 10) % 10 === step;
}

/** Two digits repeated as ABAB (1212) or doubled as AABB (1122); four equal digits are REPEATED instead. */
function isPairs(a: number, b: number, c: number, d: number): boolean {
  return (a === c && b === d && a !== b) || (a === b && c === d && a !== c);
}

const RESULTS = new Map<number, PinCheckResult>();

/** The frozen result of a set of reasons (a bit mask). Memoised by mask: at most 2⁹ results, no PIN. */
function resultFor(mask: number): PinCheckResult {
  const cached = RESULTS.get(mask);
  if (cached) return cached;
  const reasons = PIN_REJECTION_REASONS.filter((r) => (mask & BIT[r]) !== 0);
  const violations = reasons.map((r) => {
    const v = violation(PIN_RULE_ID, REASON_CODES[r]);
    Object.freeze(v.params);
    Object.freeze(v.message);
    return Object.freeze(v);
  });
  const built: PinCheckResult = Object.freeze({
    allowed: mask === 0,
    reasons: Object.freeze(reasons),
    violations: Object.freeze(violations),
  });
  RESULTS.set(mask, built);
  return built;
}

/**
 * Checks a four-digit resident-card PIN chosen by an applicant (第10条の4第1号) and says every reason it
 * is guessable:
 * - NOT_FOUR_DIGITS: not exactly four digits (nothing else is then checked);
 * - FULL_WIDTH_DIGITS: full-width digits (０–９) were typed. They are refused, not silently normalised —
 *   the card and its reader take ASCII digits, and a caller that passed the typed string on would set a
 *   different PIN from the one approved — but the digits are still checked below, so the applicant is
 *   told at once if the half-width PIN would be guessable too;
 * - BIRTH_DATE / PERSONAL_DATE: one of the {@link PIN_DATE_PATTERNS} of the birth date / of
 *   `options.otherDates`;
 * - REPEATED: four equal digits; SEQUENCE: ascending or descending by one, wrapping 9→0;
 *   PAIRS: ABAB or AABB;
 * - COMMON: in {@link COMMON_PINS}; REJECTED_BY_PROFILE: in `profile.pins.additionalRejectedPins`.
 *
 * The PIN can be neither logged nor kept through this function, by construction:
 * - the result depends on the set of reasons only: it is one of at most 2⁹ frozen objects, shared by
 *   every PIN with the same reasons, and holds no digit, pattern name or list position;
 * - nothing is stored: the only module state is the common-PIN table, result objects keyed by reason set,
 *   and tables of the profile's lists keyed by the list; there is no cache keyed by PIN;
 * - it never throws because of the PIN; it throws a RangeError with a fixed message (no value) when
 *   `birthDate` or an entry of `otherDates` is not a date, which is a programming error;
 * - a {@link SecretPin} may be passed instead of a string, so that the caller never holds a printable PIN.
 * The rule applies under every profile (a PIN is checked when chosen, always under the profile in force,
 * and never evaluated later), so `articlesNotInForce` is not consulted.
 */
export function checkPin(
  pin: string | SecretPin,
  birthDate: IsoDate,
  profile: PolicyProfile = DEFAULT_PROFILE,
  options: PinCheckOptions = {},
): PinCheckResult {
  const birthKey = dateKey(birthDate);
  if (birthKey < 0) throw new RangeError('checkPin: birthDate is not a calendar date (YYYY-MM-DD)');
  const otherKeys = options.otherDates;
  if (otherKeys) {
    for (const date of otherKeys) {
      if (dateKey(date) < 0) throw new RangeError('checkPin: otherDates holds a value that is not a calendar date');
    }
  }

  const read = readPin(pin instanceof SecretPin ? unwrap(pin) : pin);
  if (read < 0) return resultFor(BIT.NOT_FOUR_DIGITS);

  let mask = (read & FULL_WIDTH_FLAG) !== 0 ? BIT.FULL_WIDTH_DIGITS : 0;
  const n = read & 0xffff;
  const a = Math.floor(n / 1000);
  const b = Math.floor(n / 100) % 10;
  const c = Math.floor(n / 10) % 10;
  const d = n % 10;

  if (derivesFromDate(n, birthKey)) mask |= BIT.BIRTH_DATE;
  if (otherKeys) {
    for (const date of otherKeys) {
      if (derivesFromDate(n, dateKey(date))) {
        mask |= BIT.PERSONAL_DATE;
        break;
      }
    }
  }
  if (isRepeated(a, b, c, d)) mask |= BIT.REPEATED;
  if (isSequence(a, b, c, d)) mask |= BIT.SEQUENCE;
  if (isPairs(a, b, c, d)) mask |= BIT.PAIRS;
  if (COMMON_TABLE[n] === 1) mask |= BIT.COMMON;
  const extra = profileTable(profile.pins.additionalRejectedPins);
  if (extra && extra[n] === 1) mask |= BIT.REJECTED_BY_PROFILE;

  return resultFor(mask);
}
