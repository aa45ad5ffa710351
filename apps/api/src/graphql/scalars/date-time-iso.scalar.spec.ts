import { GraphQLError, Kind, printType } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { buildApiSchema } from '../build-api-schema';
import { DateTimeIsoScalar, isoInstant } from './date-time-iso.scalar';

/** A deterministic spread of instants (no clock, no Math.random): a 64-bit LCG over the valid range. */
function* instants(count: number): Generator<number> {
  let state = 0x2545f4914f6cdd1dn;
  for (let i = 0; i < count; i += 1) {
    state = (state * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    // Mostly around our times (1900–2100), some over the whole range of Date.
    const unit = Number(state >> 11n) / 2 ** 53;
    yield i % 4 === 0 ? Math.round((unit * 2 - 1) * 8.64e15) : Math.round(-2_208_988_800_000 + unit * 6_311_433_600_000);
  }
}

describe('isoInstant', () => {
  it('writes exactly what Date#toISOString writes', () => {
    const edges = [
      0, -1, 1, 999, 1000, -62_167_219_200_000, -62_167_219_200_001, 253_402_300_799_999, 253_402_300_800_000, 8.64e15, -8.64e15,
      Date.UTC(2000, 1, 29, 23, 59, 59, 999), Date.UTC(1900, 1, 28, 12), Date.UTC(2100, 2, 1), Date.UTC(1970, 0, 1), Date.UTC(2026, 10, 28, 11, 56, 24, 7),
      Date.UTC(1600, 1, 29), Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(0, 0, 1) - 1,
    ];
    for (const time of [...edges, ...instants(100_000)]) {
      const date = new Date(time);
      expect({ time, iso: isoInstant(date) }).toEqual({ time, iso: date.toISOString() });
    }
  });
});

describe('DateTimeIsoScalar (DateTimeISO)', () => {
  it('is graphql-scalars DateTimeISO in the schema: same name, description and SDL', () => {
    expect(DateTimeIsoScalar.name).toBe('DateTimeISO');
    expect(printType(DateTimeIsoScalar)).toBe(printType(GraphQLDateTimeISO));
    expect(DateTimeIsoScalar.extensions).toEqual(GraphQLDateTimeISO.extensions);
  });

  it('is the scalar of every instant of the API schema', async () => {
    const schema = await buildApiSchema();
    expect(schema.getType('DateTimeISO')).toBe(DateTimeIsoScalar);
    expect(schema.getType('DateTime')).toBeUndefined();
  });

  it('serialises like graphql-scalars: a Date, an ISO string, a number', () => {
    for (const value of [new Date(Date.UTC(2026, 3, 1, 0, 0, 0, 5)), new Date(-8.64e15), '2026-04-01T09:00:00+09:00', '2026-04-01T00:00:00.5Z', 1_700_000_000_000, 0]) {
      expect(DateTimeIsoScalar.serialize(value)).toBe(GraphQLDateTimeISO.serialize(value));
    }
    expect(DateTimeIsoScalar.serialize(new Date(Date.UTC(2026, 3, 1, 0, 0, 0, 5)))).toBe('2026-04-01T00:00:00.005Z');
  });

  it('refuses what graphql-scalars refuses, with the same error', () => {
    for (const value of [new Date(Number.NaN), 'not a date', '2026-02-30T00:00:00Z', true, {}, null]) {
      const theirs = ((): unknown => {
        try {
          return GraphQLDateTimeISO.serialize(value);
        } catch (error) {
          return error;
        }
      })();
      expect(theirs).toBeInstanceOf(GraphQLError);
      expect(() => DateTimeIsoScalar.serialize(value)).toThrow((theirs as GraphQLError).message);
    }
  });

  it('parses input exactly as graphql-scalars (value and literal), errors included', () => {
    expect(DateTimeIsoScalar.parseValue('2026-04-01T09:00:00+09:00')).toEqual(new Date(Date.UTC(2026, 3, 1)));
    expect(DateTimeIsoScalar.parseLiteral({ kind: Kind.STRING, value: '2026-04-01T00:00:00Z' })).toEqual(new Date(Date.UTC(2026, 3, 1)));
    for (const bad of ['2026-02-30T00:00:00Z', 'yesterday', 42]) {
      expect(() => DateTimeIsoScalar.parseValue(bad)).toThrow(GraphQLError);
      expect(() => DateTimeIsoScalar.parseValue(bad)).toThrow(((): string => {
        try {
          GraphQLDateTimeISO.parseValue(bad);
          return 'no error';
        } catch (error) {
          return (error as Error).message;
        }
      })());
    }
    expect(() => DateTimeIsoScalar.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow(GraphQLError);
  });
});
