import fc from 'fast-check';
import { eraYearNumber, formatJapaneseEraYear, japaneseEraYear } from './japanese-era.util';

/** The oracle: ICU's Japanese calendar (tests may use Intl; the rule itself does not). */
const ICU = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
function icuEraYear(year: number, month: number, day: number): { era: string; year: number } {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  const parts = ICU.formatToParts(date);
  const era = parts.find((p) => p.type === 'era')?.value ?? '';
  const y = parts.find((p) => p.type === 'year')?.value ?? '';
  return { era, year: y === '元' ? 1 : Number(y) };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

describe('Japanese era years', () => {
  it.each([
    ['1868-10-22', undefined],
    ['1868-10-23', '明治元年'],
    ['1873-01-01', '明治6年'],
    ['1912-07-29', '明治45年'],
    ['1912-07-30', '大正元年'],
    ['1926-12-24', '大正15年'],
    ['1926-12-25', '昭和元年'],
    ['1989-01-07', '昭和64年'],
    ['1989-01-08', '平成元年'],
    ['2019-04-30', '平成31年'],
    ['2019-05-01', '令和元年'],
    ['2026-04-01', '令和8年'],
  ])('%s is %s', (date, expected) => {
    const era = japaneseEraYear(date);
    expect(era ? formatJapaneseEraYear(era) : undefined).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => japaneseEraYear('2023-02-29')).toThrow(RangeError);
  });

  it('agrees with Intl (ja-JP-u-ca-japanese) on every date from 明治 to 2100', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1868-10-23T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const expected = icuEraYear(y, m, day);
        const actual = japaneseEraYear(`${pad(y, 4)}-${pad(m)}-${pad(day)}`);
        expect(actual).toEqual(expected);
        expect(eraYearNumber(y, m, day)).toBe(expected.year);
      }),
      { numRuns: 2000 },
    );
  });

  it('has no era year before 明治', () => {
    expect(eraYearNumber(1868, 10, 22)).toBe(0);
    expect(eraYearNumber(1700, 1, 1)).toBe(0);
  });
});
