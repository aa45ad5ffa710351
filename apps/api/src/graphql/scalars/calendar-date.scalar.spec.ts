import { Kind } from 'graphql';
import { CalendarDateScalar } from './calendar-date.scalar';

describe('Date scalar', () => {
  it.each(['2002-08-05', '2007-04-01', '2024-02-29'])('accepts %s as given', (date) => {
    expect(CalendarDateScalar.parseValue(date)).toBe(date);
    expect(CalendarDateScalar.serialize(date)).toBe(date);
    expect(CalendarDateScalar.parseLiteral({ kind: Kind.STRING, value: date })).toBe(date);
  });

  it.each<unknown>(['2023-02-29', '2007-4-1', '2007-04-01T00:00:00Z', '', 20070401, null, new Date('2007-04-01')])(
    'refuses %p',
    (value) => {
      expect(() => CalendarDateScalar.parseValue(value)).toThrow(/YYYY-MM-DD/);
      expect(() => CalendarDateScalar.serialize(value)).toThrow(/YYYY-MM-DD/);
    },
  );

  it('refuses a literal that is not a string', () => {
    expect(() => CalendarDateScalar.parseLiteral({ kind: Kind.INT, value: '20070401' })).toThrow(/YYYY-MM-DD/);
  });
});
