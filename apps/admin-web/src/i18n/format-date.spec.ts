import fc from 'fast-check';
import { formatIsoDate } from '@juki/policies';
import { formatDate, normaliseFirstEraYear } from './format-date';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Calendar dates from 1900 to 2100, built from parts so that each is valid by construction. */
const calendarDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(formatIsoDate);

function parts(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y ?? NaN, m: m ?? NaN, d: d ?? NaN };
}

function eraYear(n: number): string {
  return n === 1 ? '元' : String(n);
}

describe('formatDate', () => {
  it.each([
    ['2026-11-28', '2026年11月28日', '令和8年11月28日', '28 Nov 2026'],
    ['2019-05-01', '2019年5月1日', '令和元年5月1日', '1 May 2019'],
    ['2019-04-30', '2019年4月30日', '平成31年4月30日', '30 Apr 2019'],
    ['2020-01-01', '2020年1月1日', '令和2年1月1日', '1 Jan 2020'],
    ['1989-01-07', '1989年1月7日', '昭和64年1月7日', '7 Jan 1989'],
    ['1989-01-08', '1989年1月8日', '平成元年1月8日', '8 Jan 1989'],
    ['2002-08-05', '2002年8月5日', '平成14年8月5日', '5 Aug 2002'],
    ['2007-04-01', '2007年4月1日', '平成19年4月1日', '1 Apr 2007'],
    ['2024-02-29', '2024年2月29日', '令和6年2月29日', '29 Feb 2024'],
  ])('%s → %s / %s / %s', (iso, ja, jaEra, en) => {
    expect(formatDate(iso, 'ja')).toBe(ja);
    expect(formatDate(iso, 'ja', { era: false })).toBe(ja);
    expect(formatDate(iso, 'ja', { era: true })).toBe(jaEra);
    expect(formatDate(iso, 'en')).toBe(en);
  });

  it('ignores the era option in English', () => {
    expect(formatDate('2019-05-01', 'en', { era: true })).toBe('1 May 2019');
  });

  it.each([
    // Instants are shown as the calendar date in Japan (UTC+9), whatever the machine's time zone.
    ['2026-11-27T15:00:00.000Z', '2026年11月28日', '28 Nov 2026'],
    ['2026-11-27T14:59:59.999Z', '2026年11月27日', '27 Nov 2026'],
    ['2019-04-30T15:00:00.000Z', '2019年5月1日', '1 May 2019'],
  ])('the instant %s is %s in Japan', (instant, ja, en) => {
    expect(formatDate(new Date(instant), 'ja')).toBe(ja);
    expect(formatDate(new Date(instant), 'en')).toBe(en);
  });

  it('shows 令和元年 from the instant the era began in Japan', () => {
    expect(formatDate(new Date('2019-04-30T14:59:59Z'), 'ja', { era: true })).toBe('平成31年4月30日');
    expect(formatDate(new Date('2019-04-30T15:00:00Z'), 'ja', { era: true })).toBe('令和元年5月1日');
  });

  it.each(['2023-02-29', '2026-13-01', '2026-11-28T00:00:00Z', '28/11/2026', ''])('refuses %j', (value) => {
    expect(() => formatDate(value, 'ja')).toThrow(RangeError);
  });

  it('refuses an invalid Date', () => {
    expect(() => formatDate(new Date(Number.NaN), 'en')).toThrow(RangeError);
  });

  it('writes any calendar date as y年m月d日 in Japanese and d Mon y in English', () => {
    fc.assert(
      fc.property(calendarDate, (iso) => {
        const { y, m, d } = parts(iso);
        expect(formatDate(iso, 'ja')).toBe(`${y}年${m}月${d}日`);
        expect(formatDate(iso, 'en')).toBe(`${d} ${EN_MONTHS[m - 1]} ${y}`);
      }),
    );
  });

  it('counts Heisei and Reiwa years from their first days, with 元年 for the first', () => {
    fc.assert(
      fc.property(calendarDate, (iso) => {
        const { y, m, d } = parts(iso);
        const era = formatDate(iso, 'ja', { era: true });
        if (iso >= '2019-05-01') expect(era).toBe(`令和${eraYear(y - 2018)}年${m}月${d}日`);
        else if (iso >= '1989-01-08') expect(era).toBe(`平成${eraYear(y - 1988)}年${m}月${d}日`);
        else expect(era).toMatch(new RegExp(`^(明治|大正|昭和)(元|\\d+)年${m}月${d}日$`));
      }),
    );
  });

  it('shows an instant as its calendar date in Asia/Tokyo (checked against Intl time-zone data)', () => {
    const tokyoIsoDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (instant) => {
        const iso = tokyoIsoDate.format(instant);
        for (const locale of ['ja', 'en'] as const) {
          expect(formatDate(instant, locale)).toBe(formatDate(iso, locale));
          expect(formatDate(instant, locale, { era: true })).toBe(formatDate(iso, locale, { era: true }));
        }
      }),
    );
  });
});

describe('normaliseFirstEraYear', () => {
  const eraParts = (year: string): Intl.DateTimeFormatPart[] => [
    { type: 'era', value: '令和' },
    { type: 'year', value: year },
    { type: 'literal', value: '年' },
    { type: 'month', value: '5' },
    { type: 'literal', value: '月' },
    { type: 'day', value: '1' },
    { type: 'literal', value: '日' },
  ];
  const joined = (ps: readonly Intl.DateTimeFormatPart[]): string => ps.map((p) => p.value).join('');

  it.each([
    ['1', '令和元年5月1日'],
    ['01', '令和元年5月1日'],
    ['１', '令和元年5月1日'],
    ['元', '令和元年5月1日'],
    ['2', '令和2年5月1日'],
    ['11', '令和11年5月1日'],
    ['10', '令和10年5月1日'],
  ])('an engine that writes year %j gives %s', (year, expected) => {
    expect(joined(normaliseFirstEraYear(eraParts(year)))).toBe(expected);
  });

  it('leaves year 1 alone when there is no era (a Gregorian year 1 is not 元年)', () => {
    const gregorian = eraParts('1').filter((p) => p.type !== 'era');
    expect(joined(normaliseFirstEraYear(gregorian))).toBe('1年5月1日');
  });

  it('does not touch a day or month of 1', () => {
    const ps = normaliseFirstEraYear(eraParts('3'));
    expect(ps.find((p) => p.type === 'day')?.value).toBe('1');
  });
});
