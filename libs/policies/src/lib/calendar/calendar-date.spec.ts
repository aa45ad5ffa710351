import fc from 'fast-check';
import { addDays, addYears, daysBetween, formatIsoDate, jstDate, parseIsoDate } from './calendar-date';

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
});
