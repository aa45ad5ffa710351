import type { IsoDate } from '../calendar/calendar-date';

/**
 * The bounds of what the API accepts (第24条): each one no larger than the column that stores the value,
 * so that no input can reach the database in a shape it refuses. Shared with the console (client-side
 * checks give the same answer before a request is sent).
 */
export const INPUT_LIMITS = {
  /** Any text argument without a tighter bound of its own (a safety net against huge strings). */
  maxText: 10_000,
  /** An operator ID-card number (varchar(32) on the card; 64 kept as entered in the logon history, 第19条の2第2項). */
  maxCardNumber: 64,
  /**
   * A card number as typed at sign-in: longer than any card number, yet recorded (cut to 64) in the logon
   * history like every attempt (第19条の2第2項); only a runaway length is refused unrecorded.
   */
  maxSignInCardNumber: 256,
  /** A password as typed (argon2id never sees more: `MAX_PASSWORD_INPUT`); 第21条第2項 sets the real maximum. */
  maxPassword: 1024,
  /** A resident-card PIN as typed (第10条の4: four digits; anything longer is refused unread). */
  maxPin: 32,
  /** Display names (API clients, people) — varchar(100). */
  maxName: 100,
  /** A user id / employee number — varchar(32). */
  maxUserId: 32,
  /** Names given to the password check (kanji, kana, romaji…). */
  maxNames: 10,
  /** A record type name (PascalCase, varchar(64)). */
  maxRecordType: 64,
  /** An operation name such as `Mutation.signIn` (varchar(100)). */
  maxOperation: 100,
  /** A legal hold's case reference (a short code). */
  maxCaseReference: 40,
  /** A legal hold's reason (varchar(500)). */
  maxReason: 500,
  /** A scope name `<integrationScope>:read|write`. */
  maxScope: 64,
  /** Scopes given to one API client. */
  maxScopes: 32,
  /**
   * The earliest and latest instant accepted. Nothing in Juki-Net predates 1970; the year 2999 leaves the
   * rules' calendar arithmetic (a keeping period of years added to a date, 第19条第1項) well inside the
   * four-digit years of IsoDate and of MariaDB's DATETIME (up to 9999).
   */
  earliestInstant: '1970-01-01T00:00:00.000Z',
  latestInstant: '2999-12-31T23:59:59.999Z',
  /** The earliest and latest calendar date accepted (明治 onwards: the Japanese era calendar starts there). */
  earliestDate: '1868-01-25' as IsoDate,
  latestDate: '2999-12-31' as IsoDate,
} as const;

/** How many characters (Unicode code points) a text has — what a varchar(n) of MariaDB's utf8mb4 counts. */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** Whether a text is well-formed UTF-16: no lone surrogate (which no database column can store). */
export function isWellFormedText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit >= 0xdc00) return false;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (next < 0xdc00 || next > 0xdfff) return false;
    i++;
  }
  return true;
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** Whether a text contains a C0/C1 control character or DEL (TAB, LF and CR allowed when `allowLineBreaks`). */
export function hasControlCharacters(text: string, options: { readonly allowLineBreaks?: boolean } = {}): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x20 && unit < 0x7f) continue;
    if (unit > 0x9f) continue;
    if (options.allowLineBreaks && (unit === TAB || unit === LF || unit === CR)) continue;
    return true;
  }
  return false;
}

/** Whether a text is empty once white space is trimmed. */
export function isBlank(text: string): boolean {
  return text.trim().length === 0;
}
