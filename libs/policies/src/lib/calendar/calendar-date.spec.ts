import fc from 'fast-check';
import { addDays, addYears, daysBetween, formatIsoDate, jstDate, jstDayNumber, parseIsoDate } from './calendar-date';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-13-01', false],
    ['2026-11-31', false],
    ['2026-1-01', false],
    ['', false],
  ])('%s is a date: %s', (value, ok) => {
    expect(parseIsoDate(value) !== undefined).toBe(ok);
  });

  it('Japan time is UTC+9 without daylight saving', () => {
    expect(jstDate(new Date('2026-11-27T15:00:00Z'))).toBe('2026-11-28');
    expect(jstDate(new Date('2026-11-27T14:59:59Z'))).toBe('2026-11-27');
  });

  it('property: jstDate agrees with Intl in Asia/Tokyo', () => {
    const fmt = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });
    fc.assert(
      fc.property(fc.date({ min: new Date('1960-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (d) => jstDate(d) === fmt.format(d)),
    );
  });

  it('property: addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const start = d.toISOString().slice(0, 10);
        return daysBetween(start, addDays(start, n)) === n;
      }),
    );
  });

  it('addYears moves 29 February to 28 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(formatIsoDate({ year: 987, month: 1, day: 2 })).toBe('0987-01-02');
  });

  describe('every valid Date, past the year 9999 too', () => {
    const anyDate = fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true });

    it('jstDate writes years outside 0000–9999 in the expanded form, and refuses an invalid Date', () => {
      expect(jstDate(new Date('9999-12-31T15:00:00Z'))).toBe('+010000-01-01');
      expect(jstDate(new Date(8.64e15))).toBe('+275760-09-13');
      expect(jstDate(new Date(-8.64e15))).toBe('-271821-04-20');
      expect(() => jstDate(new Date(Number.NaN))).toThrow(RangeError);
      expect(addYears('9999-03-01', 1)).toBe('+010000-03-01');
      expect(addYears('+010000-02-29', 1)).toBe('+010001-02-28');
    });

    it('property: jstDate agrees with toISOString of the instant 9 hours later (where it has 4-digit years), and day arithmetic is consistent', () => {
      fc.assert(
        fc.property(anyDate, fc.integer({ min: -3_000, max: 3_000 }), (d, years) => {
          const date = jstDate(d);
          const later = new Date(d.getTime() + 9 * 3_600_000);
          // toISOString writes the same expanded form (±YYYYYY-MM-DD…) outside 0000–9999.
          if (!Number.isNaN(later.getTime())) expect(date).toBe(later.toISOString().replace(/T.*$/, ''));
          expect(daysBetween(date, addDays(date, 1))).toBe(1);
          const moved = addYears(date, years);
          expect(addYears(moved, -years) === date || date.endsWith('-02-29')).toBe(true);
        }),
        { numRuns: 2_000 },
      );
    });
  });

  it('jstDayNumber counts the same days as daysBetween of jstDate, for every valid instant', () => {
    const instant = fc.integer({ min: -8.64e15, max: 8.64e15 }).map((t) => new Date(t));
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        expect(jstDayNumber(b) - jstDayNumber(a)).toBe(daysBetween(jstDate(a), jstDate(b)));
      }),
    );
    // Midnight in Japan is 15:00 UTC the day before.
    expect(jstDayNumber(new Date('2026-03-31T14:59:59.999Z')) + 1).toBe(jstDayNumber(new Date('2026-03-31T15:00:00.000Z')));
    expect(jstDayNumber(new Date('1970-01-01T00:00:00Z'))).toBe(0);
    expect(() => jstDayNumber(new Date(Number.NaN))).toThrow(RangeError);
  });
});
