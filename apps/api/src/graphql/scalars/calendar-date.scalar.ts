import { isIsoDate, type IsoDate } from '@juki/policies';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function calendarDate(value: unknown): IsoDate {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw new GraphQLError('Date must be a calendar date YYYY-MM-DD (e.g. 2007-04-01)', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * `Date`: a calendar date on the Japanese calendar, `YYYY-MM-DD`, as the guidelines count days (effective
 * dates, due dates). It stays a string end to end, so no time zone can shift it by a day.
 */
export const CalendarDateScalar = new GraphQLScalarType<IsoDate, IsoDate>({
  name: 'Date',
  description: 'A calendar date in Japan (JST), YYYY-MM-DD.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: calendarDate,
  parseValue: calendarDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) return calendarDate(undefined);
    return calendarDate(ast.value);
  },
});
