import fc from 'fast-check';
import { format, inspect } from 'node:util';
import { profileWith } from '../../testing';
import { articleExists } from '../articles/articles';
import { DEFAULT_PROFILE } from '../profiles/profile-history';
import { COMMON_PINS } from './common-pins.data';
import {
  checkPin,
  PIN_DATE_PATTERNS,
  PIN_REJECTION_REASONS,
  SecretPin,
  type PinCheckResult,
  type PinDatePattern,
  type PinRejectionReason,
} from './pin-check.rule';

const ALL_PINS = Array.from({ length: 10000 }, (_, i) => String(i).padStart(4, '0'));
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

// ---- An independent oracle, built from strings and Intl (the rule uses integer arithmetic) --------------

const ICU = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });

function icuEraYear(date: string): string | undefined {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(2000, m - 1, d));
  at.setUTCFullYear(y);
  const parts = ICU.formatToParts(at);
  const era = parts.find((p) => p.type === 'era')?.value;
  if (!era || !['明治', '大正', '昭和', '平成', '令和'].includes(era)) return undefined;
  const year = parts.find((p) => p.type === 'year')?.value ?? '';
  return pad(year === '元' ? 1 : Number(year));
}

function derivation(date: string, pattern: PinDatePattern): string | undefined {
  const [yyyy, mm, dd] = date.split('-') as [string, string, string];
  const yy = yyyy.slice(2);
  const ee = icuEraYear(date);
  const parts: Record<string, string | undefined> = { YYYY: yyyy, YY: yy, MM: mm, DD: dd, EE: ee };
  if (pattern === 'YYYY') return yyyy;
  const first = parts[pattern.slice(0, 2)];
  const second = parts[pattern.slice(2)];
  return first !== undefined && second !== undefined ? first + second : undefined;
}

function derivations(date: string): Set<string> {
  const out = new Set<string>();
  for (const p of PIN_DATE_PATTERNS) {
    const pin = derivation(date, p);
    if (pin !== undefined) out.add(pin);
  }
  return out;
}

const COMMON = new Set(COMMON_PINS);

function expectedReasons(pin: string, birthDate: string): PinRejectionReason[] {
  const found = new Set<PinRejectionReason>();
  if (derivations(birthDate).has(pin)) found.add('BIRTH_DATE');
  if (/^(\d)\1{3}$/.test(pin)) found.add('REPEATED');
  if ('01234567890123'.includes(pin) || '98765432109876'.includes(pin)) found.add('SEQUENCE');
  const abab = /^(\d)(\d)\1\2$/.exec(pin);
  const aabb = /^(\d)\1(\d)\2$/.exec(pin);
  if ((abab && abab[1] !== abab[2]) || (aabb && aabb[1] !== aabb[2])) found.add('PAIRS');
  if (COMMON.has(pin)) found.add('COMMON');
  return PIN_REJECTION_REASONS.filter((r) => found.has(r));
}

// -----------------------------------------------------------------------------------------------------

describe('checkPin (第10条の4第1号: 暗証番号は誕生日等、容易に推測できるものを用いない)', () => {
  describe('誕生日: every derivation of a birth date is refused', () => {
    // Born 1990-03-15, 平成2年.
    it.each([
      ['YYMM', '9003'],
      ['MMYY', '0390'],
      ['MMDD', '0315'],
      ['DDMM', '1503'],
      ['YYYY', '1990'],
      ['YYDD', '9015'],
      ['DDYY', '1590'],
      ['EEMM', '0203'],
      ['MMEE', '0302'],
      ['EEDD', '0215'],
      ['DDEE', '1502'],
    ])('%s: %s for 1990-03-15', (_pattern, pin) => {
      const result = checkPin(pin, '1990-03-15');
      expect(result.allowed).toBe(false);
      expect(result.reasons).toContain('BIRTH_DATE');
    });

    it.each([
      // 昭和64年 ends on 1989-01-07; 平成元年 begins on 1989-01-08
      ['1989-01-07', '6407', true],
      ['1989-01-08', '6407', false],
      ['1989-01-08', '0801', true],
      // 平成31年4月30日, then 令和元年5月1日
      ['2019-04-30', '3104', true],
      ['2019-04-30', '0431', true],
      ['2019-04-30', '3130', true],
      ['2019-04-30', '3031', true],
      ['2019-04-30', '0104', false],
      ['2019-05-01', '0105', true],
      // 昭和元年 (1926-12-25) and 大正15年 (1926-12-24)
      ['1926-12-25', '0112', true],
      ['1926-12-24', '1512', true],
      ['1926-12-24', '0112', false],
      // 29 February
      ['2000-02-29', '0229', true],
      ['2000-02-29', '2902', true],
      ['2000-02-29', '1202', true], // 平成12年: EEMM
      ['2000-02-29', '2903', false],
    ])('born %s: %s refused as a birth-date PIN = %s', (birthDate, pin, refused) => {
      expect(checkPin(pin, birthDate).reasons.includes('BIRTH_DATE')).toBe(refused);
    });

    it('refuses every derivation for random birth dates 1900–2026 (fast-check, Intl as oracle)', () => {
      fc.assert(
        fc.property(
          fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }),
          fc.constantFrom(...PIN_DATE_PATTERNS),
          (d, pattern) => {
            const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
            const pin = derivation(date, pattern);
            if (pin === undefined) return; // no era before 明治
            const result = checkPin(pin, date);
            expect(result.allowed).toBe(false);
            expect(result.reasons).toContain('BIRTH_DATE');
          },
        ),
        { numRuns: 3000 },
      );
    });

    it('等: other dates of the applicant are refused as PERSONAL_DATE', () => {
      fc.assert(
        fc.property(
          fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }),
          fc.constantFrom(...PIN_DATE_PATTERNS),
          (d, pattern) => {
            const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
            const pin = derivation(date, pattern) as string;
            expect(checkPin(pin, '1900-06-06', DEFAULT_PROFILE, { otherDates: ['1901-07-07', date] }).reasons).toContain(
              'PERSONAL_DATE',
            );
          },
        ),
        { numRuns: 500 },
      );
      expect(checkPin('0707', '1900-06-06').reasons).not.toContain('PERSONAL_DATE');
    });
  });

  describe('容易に推測できるもの: repeats, sequences, pairs, common PINs', () => {
    it.each<[string, PinRejectionReason[]]>([
      ['1111', ['REPEATED', 'COMMON']],
      ['0000', ['REPEATED', 'COMMON']],
      ['6666', ['REPEATED', 'COMMON']],
      ['1234', ['SEQUENCE', 'COMMON']],
      ['4321', ['SEQUENCE', 'COMMON']],
      ['3456', ['SEQUENCE']],
      ['9876', ['SEQUENCE']],
      ['7890', ['SEQUENCE']],
      ['8901', ['SEQUENCE']],
      ['9012', ['SEQUENCE']],
      ['2109', ['SEQUENCE']],
      ['0987', ['SEQUENCE']],
      ['1212', ['PAIRS', 'COMMON']],
      ['3737', ['PAIRS']],
      ['1122', ['PAIRS', 'COMMON']],
      ['5588', ['PAIRS']],
      ['2580', ['COMMON']],
      ['4649', ['COMMON']],
      ['1221', ['COMMON']],
      ['1357', ['COMMON']],
      ['5847', []],
      ['3719', []],
      ['1235', []],
      ['2468', ['COMMON']],
    ])('%s (born 1965-11-03) → %j', (pin, reasons) => {
      const result = checkPin(pin, '1965-11-03');
      expect(result.reasons).toEqual(reasons);
      expect(result.allowed).toBe(reasons.length === 0);
      expect(result.violations.map((v) => v.code)).toEqual(reasons.map((r) => `CARDS.PIN_${r}`));
    });

    it('holds the twenty most frequent PINs of the DataGenetics study', () => {
      const top20 = '1234 1111 0000 1212 7777 1004 2000 4444 2222 6969 9999 3333 5555 6666 1122 1313 8888 4321 2001 1010';
      for (const pin of top20.split(' ')) expect(checkPin(pin, '1965-11-03').reasons).toContain('COMMON');
      expect(COMMON_PINS.length).toBeGreaterThanOrEqual(50);
      expect(COMMON_PINS.every((p) => /^\d{4}$/.test(p))).toBe(true);
      expect(new Set(COMMON_PINS).size).toBe(COMMON_PINS.length);
    });

    it('adds the PINs the profile rejects (第24条)', () => {
      const profile = profileWith({ pins: { additionalRejectedPins: ['5847', 'bad', '１２３４'] } });
      expect(checkPin('5847', '1965-11-03', profile).reasons).toEqual(['REJECTED_BY_PROFILE']);
      expect(checkPin('5847', '1965-11-03').allowed).toBe(true);
      expect(checkPin('3719', '1965-11-03', profile).allowed).toBe(true);
    });
  });

  describe('four ASCII digits', () => {
    it.each(['', '123', '12345', '12a4', ' 123', '123 ', '１２３', '١٢٣٤', '12.4', '-123', '+123', '1e34'])(
      '%j is not four digits',
      (pin) => {
        const result = checkPin(pin, '1965-11-03');
        expect(result.reasons).toEqual(['NOT_FOUR_DIGITS']);
        expect(result.allowed).toBe(false);
      },
    );

    it('is not fooled by a value that is not a string', () => {
      expect(checkPin(1234 as unknown as string, '1965-11-03').reasons).toEqual(['NOT_FOUR_DIGITS']);
      expect(checkPin(undefined as unknown as string, '1965-11-03').reasons).toEqual(['NOT_FOUR_DIGITS']);
    });

    it.each<[string, PinRejectionReason[]]>([
      ['１２３４', ['FULL_WIDTH_DIGITS', 'SEQUENCE', 'COMMON']],
      ['５８４７', ['FULL_WIDTH_DIGITS']],
      ['5８47', ['FULL_WIDTH_DIGITS']],
      ['１１０３', ['FULL_WIDTH_DIGITS', 'BIRTH_DATE']],
    ])('full-width %s is refused and its digits are still checked → %j', (pin, reasons) => {
      expect(checkPin(pin, '1965-11-03').reasons).toEqual(reasons);
    });
  });

  describe('exhaustively: all 10,000 PINs against an independent oracle', () => {
    it.each(['1990-03-15', '1965-11-03', '1989-01-07', '1989-01-08', '2019-05-01', '1926-12-25', '1912-07-30', '2000-02-29', '1900-01-01'])(
      'born %s',
      (birthDate) => {
        const mismatches: string[] = [];
        let refused = 0;
        for (const pin of ALL_PINS) {
          const result = checkPin(pin, birthDate);
          const expected = expectedReasons(pin, birthDate);
          if (result.reasons.join() !== expected.join() || result.allowed !== (expected.length === 0)) {
            mismatches.push(`${pin}: ${result.reasons.join()} ≠ ${expected.join()}`);
          }
          if (!result.allowed) refused++;
        }
        expect(mismatches).toEqual([]);
        // A sanity bound: the rule refuses a few hundred PINs, not a large part of the space.
        expect(refused).toBeGreaterThanOrEqual(240);
        expect(refused).toBeLessThan(400);
      },
    );
  });

  describe('the PIN can be neither logged nor kept (by construction)', () => {
    const strings = (value: unknown, out: string[] = []): string[] => {
      if (typeof value === 'string') out.push(value);
      else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          out.push(k);
          strings(v, out);
        }
      }
      return out;
    };

    it.each(['1990-03-15', '2019-05-01', '1965-11-03'])(
      'born %s: no result for any of the 10,000 PINs contains the PIN, and results depend only on the reasons',
      (birthDate) => {
        const byReasons = new Map<string, PinCheckResult>();
        const leaks: string[] = [];
        for (const pin of ALL_PINS) {
          for (const input of [pin, SecretPin.of(pin)]) {
            const result = checkPin(input, birthDate);
            if (JSON.stringify(result).includes(pin) || strings(result).some((s) => s.includes(pin))) leaks.push(pin);
            if (inspect(result, { depth: 10 }).includes(pin)) leaks.push(pin);
            const key = result.reasons.join();
            const first = byReasons.get(key);
            if (first === undefined) byReasons.set(key, result);
            else if (first !== result) leaks.push(`${pin}: a result object of its own`);
          }
        }
        expect(leaks).toEqual([]);
        for (const result of byReasons.values()) {
          expect(Object.isFrozen(result)).toBe(true);
          expect(Object.isFrozen(result.reasons)).toBe(true);
          expect(Object.isFrozen(result.violations)).toBe(true);
          for (const v of result.violations) {
            expect(Object.isFrozen(v)).toBe(true);
            expect(v.params).toEqual({});
            expect(articleExists(v.article)).toBe(true);
          }
        }
      },
    );

    it('SecretPin shows nothing of the PIN, however it is printed', () => {
      const pin = SecretPin.of('4821');
      const shownAs = [
        String(pin),
        `${pin}`,
        `${pin as unknown as string}` + '',
        JSON.stringify(pin),
        JSON.stringify({ pin }),
        inspect(pin),
        inspect({ nested: { pin } }, { depth: 5, showHidden: true }),
        format('%s %o %O %j', pin, pin, pin, pin),
        Object.keys(pin).join(),
        inspect(structuredClone(pin)),
      ];
      for (const text of shownAs) expect(text).not.toContain('4821');
      expect(String(pin)).toBe('[PIN REDACTED]');
      expect(Object.isFrozen(pin)).toBe(true);
    });

    it('checks a SecretPin exactly as the string it holds', () => {
      for (const pin of ['1234', '5847', '0315', '１２３４', '12a']) {
        expect(checkPin(SecretPin.of(pin), '1990-03-15')).toBe(checkPin(pin, '1990-03-15'));
      }
    });

    it('never throws because of the PIN; a bad birth date throws a message without the value', () => {
      for (const pin of ['', 'abcd', '12345', '\u0000\u0000\u0000\u0000']) expect(() => checkPin(pin, '1990-03-15')).not.toThrow();
      for (const bad of ['1990-02-30', '19900315', '', '1990-3-15', '1990-13-01']) {
        let error: unknown;
        try {
          checkPin('4821', bad);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(RangeError);
        expect(String(error)).not.toContain('4821');
        if (bad.length > 0) expect(String(error)).not.toContain(bad);
      }
      expect(() => checkPin('4821', '1990-03-15', DEFAULT_PROFILE, { otherDates: ['1990-02-30'] })).toThrow(RangeError);
    });
  });
});
