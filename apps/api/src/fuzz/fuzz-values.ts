import fc from 'fast-check';
import { toGlobalId } from '../graphql/relay/global-id';

/**
 * The hostile corpus of the fuzz test: what an attacker or a broken client sends to a text field.
 * Every entry is sent to every text argument of every mutation (as well as random text).
 */
export const SQL_INJECTIONS = [
  "'; DROP TABLE staff; --",
  "' OR '1'='1",
  "' OR 1=1 --",
  '" OR ""="',
  "1; DELETE FROM audit_event; --",
  "'); UPDATE credential SET locked_at = NULL; --",
  "' UNION SELECT password_hash FROM credential --",
  "admin'--",
  "%' AND 1=0 UNION SELECT token_hash FROM session --",
  "\\'; SELECT SLEEP(5); --",
  "1' AND (SELECT COUNT(*) FROM sqlite_master) > 0 --",
  '`; DROP TABLE `audit_event`; --',
] as const;

export const HTML_INJECTIONS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(document.cookie)>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '<!--',
  '&lt;b&gt;&amp;',
  '<iframe src="//example.invalid"></iframe>',
] as const;

export const UNICODE_SAMPLES = [
  '千葉市住民基本台帳ネットワーク',
  'ｶﾀｶﾅ ＦＵＬＬＷＩＤＴＨ １２３４',
  '😀👩‍👩‍👧‍👦🇯🇵',
  'e\u0301\u0301\u0301',
  '\u202eevil\u202c',
  'zero\u200bwidth\ufeff',
  'a\ufe0f'.repeat(40),
  '\u0000nul',
  'bell\u0007 esc\u001b[31m',
  'line\r\nbreak\ttab',
  '\ud800',
  'lone \udfff tail',
  '\udc00\ud800',
  '𠮷野家',
  '\u3000\u3000',
  '  ',
  '',
] as const;

/** Type names a global id may claim (real record types and others). */
const ID_TYPES = ['Staff', 'OperatorIdCard', 'ApiClient', 'OrganisationUnit', 'AuditLegalHold', 'AuditEvent', 'LogonEvent', 'Nope', 'X'] as const;

/** Random ids: well-formed global ids of random rows and types, malformed base64, uuids, SQL. */
export const randomIdArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...ID_TYPES), fc.uuid()).map(([type, id]) => toGlobalId(type, id)),
  fc.constantFrom(...ID_TYPES).chain((type) => fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/).map((id) => toGlobalId(type, id))),
  fc.uuid(),
  fc.base64String({ maxLength: 300 }),
  fc.constant(btoa("Staff:' OR 1=1 --")),
  fc.constant(btoa('Staff:')),
  fc.constant(''),
  fc.constantFrom(...SQL_INJECTIONS),
);

/** Huge texts: up to 12,000 characters (within the 100 kB body limit once JSON-escaped, even as emoji). */
export const hugeTextArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1_000, max: 12_000 }).map((n) => 'A'.repeat(n)),
  fc.integer({ min: 65, max: 1_100 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 500, max: 3_000 }).map((n) => '😀'.repeat(n)),
  fc.integer({ min: 200, max: 2_000 }).map((n) => "'; DROP TABLE staff; --".repeat(Math.ceil(n / 24)).slice(0, n)),
);

/** Any text a field may receive. */
export const hostileTextArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SQL_INJECTIONS) },
  { weight: 2, arbitrary: fc.constantFrom(...HTML_INJECTIONS) },
  { weight: 3, arbitrary: fc.constantFrom(...UNICODE_SAMPLES) },
  { weight: 2, arbitrary: hugeTextArbitrary },
  { weight: 3, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 30 }) },
  { weight: 2, arbitrary: randomIdArbitrary },
);

export const INT32 = { min: -2_147_483_648, max: 2_147_483_647 } as const;

/** Ints in and at the bounds of 32 bits (all valid GraphQL Ints). */
export const intArbitrary: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 20 }),
  fc.constantFrom(0, -1, 1, 99, 100, 101, 9_999, 10_000, 10_001, INT32.max, INT32.min, INT32.max - 1),
  fc.integer(INT32),
);

/** Numbers a Float argument may receive (all finite: JSON has no NaN or Infinity). */
export const floatArbitrary: fc.Arbitrary<number> = fc.oneof(
  intArbitrary,
  fc.constantFrom(0.5, -0, 1e308, -1e308, 2 ** 53, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 5e-324, 1.0000001),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Values that are not of a scalar's type (each makes graphql-js refuse the variable). */
export const wrongTypeArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(2 ** 40),
  fc.constant(1.5),
  fc.constant(-1e300),
  fc.constant(true),
  fc.constant({ $where: 'sleep(1000)' }),
  fc.constant(['x']),
  fc.constant({}),
  fc.constant("'; DROP TABLE staff; --"),
  fc.integer(),
);

/** Instants as ISO strings: valid ones across (and beyond) the accepted range, and invalid ones. */
export const instantTextArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '0001-01-01T00:00:00Z',
      '0000-01-01T00:00:00Z',
      '1000-01-01T00:00:00Z',
      '1969-12-31T23:59:59.999Z',
      '9999-12-31T23:59:59.999Z',
      '2999-12-31T23:59:59.999Z',
      '3000-01-01T00:00:00Z',
      '2019-06-01T00:00:00Z',
      '2010-01-01T00:00:00+09:00',
      '2026-06-01T09:00:00+09:00',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2026-02-30T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-01-01T25:00:00Z',
      '+275760-09-13T00:00:00Z',
      '+010000-01-01T00:00:00Z',
      '2026-01-01',
      'yesterday',
      '',
      "2026-01-01T00:00:00Z'; DROP TABLE staff; --",
      '9999-99-99T99:99:99Z',
    ),
  },
);

/** Calendar dates as strings: valid ones (some before 明治 or after 9999 is impossible in 4 digits), and invalid ones. */
export const calendarDateTextArbitrary: fc.Arbitrary<string> = fc.oneof(
  // Mostly real dates (the call then reaches its resolver), sometimes edge cases and malformed text.
  {
    weight: 6,
    arbitrary: fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  },
  { weight: 1, arbitrary: fc.constantFrom('2026-02-29', '2024-02-29', '0000-01-01', '1868-01-24', '1868-01-25', '9999-12-31', '2026-1-1', '20260101', 'H30.4.1', '') },
);
