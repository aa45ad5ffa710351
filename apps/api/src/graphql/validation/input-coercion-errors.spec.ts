import { GraphQLDateTimeISO } from 'graphql-scalars';
import { buildSchema, graphql, GraphQLError, type GraphQLFormattedError } from 'graphql';
import { redactInputError } from './input-coercion-errors';

const SDL = `
  scalar DateTimeISO
  enum CardLossKind { LOST STOLEN }
  input HoldInput { reason: String! coversFrom: DateTimeISO }
  type Query { ok: Boolean }
  type Mutation {
    signIn(password: String!, returnToken: Boolean): Boolean
    purge(before: DateTimeISO!, maxEvents: Int): Boolean
    report(kind: CardLossKind): Boolean
    hold(input: HoldInput!): Boolean
  }
`;

const schema = buildSchema(SDL);
Object.assign(schema.getType('DateTimeISO') as object, {
  parseValue: GraphQLDateTimeISO.parseValue.bind(GraphQLDateTimeISO),
  parseLiteral: GraphQLDateTimeISO.parseLiteral.bind(GraphQLDateTimeISO),
});

/** graphql-js's own error for a request, and as Apollo would code it. */
async function firstError(source: string, variableValues?: Record<string, unknown>): Promise<{ formatted: GraphQLFormattedError; error: GraphQLError }> {
  const result = await graphql({ schema, source, ...(variableValues ? { variableValues } : {}) });
  const error = result.errors?.[0];
  if (!error) throw new Error('expected an error');
  // Apollo codes variable coercion errors BAD_USER_INPUT and validation errors GRAPHQL_VALIDATION_FAILED.
  const code = result.data === undefined && error.nodes?.[0]?.kind === 'VariableDefinition' ? 'BAD_USER_INPUT' : 'GRAPHQL_VALIDATION_FAILED';
  return { formatted: { ...error.toJSON(), extensions: { code } }, error };
}

const SECRET = 'hunter2-TOPSECRET-4711';

describe('redactInputError: graphql-js refusals of input, without the value', () => {
  it.each<[string, string, Record<string, unknown>, string, string, Record<string, unknown>]>([
    ['a password sent as a number', 'mutation($password: String!) { signIn(password: $password) }', { password: 4711 }, 'password', 'INPUT.WRONG_TYPE', { expected: 'String' }],
    ['a password sent as an object', 'mutation($password: String!) { signIn(password: $password) }', { password: { secret: SECRET } }, 'password', 'INPUT.WRONG_TYPE', { expected: 'String' }],
    ['a boolean sent as a string', 'mutation($t: Boolean) { signIn(password: "x", returnToken: $t) }', { t: SECRET }, 't', 'INPUT.WRONG_TYPE', { expected: 'Boolean' }],
    ['an Int beyond 32 bits', 'mutation($n: Int) { purge(before: "2000-01-01T00:00:00Z", maxEvents: $n) }', { n: 2 ** 40 }, 'n', 'INPUT.OUT_OF_RANGE', { min: -2147483648, max: 2147483647 }],
    ['an Int that is a fraction', 'mutation($n: Int) { purge(before: "2000-01-01T00:00:00Z", maxEvents: $n) }', { n: 1.5 }, 'n', 'INPUT.WRONG_TYPE', { expected: 'Int' }],
    ['an unknown enum value', 'mutation($k: CardLossKind) { report(kind: $k) }', { k: SECRET }, 'k', 'INPUT.UNKNOWN_ENUM_VALUE', { expected: 'CardLossKind' }],
    ['an invalid date', 'mutation($b: DateTimeISO!) { purge(before: $b) }', { b: `2026-02-30T00:00:00Z${SECRET}` }, 'b', 'INPUT.NOT_A_DATE', {}],
    ['a missing variable', 'mutation($password: String!) { signIn(password: $password) }', {}, 'password', 'INPUT.REQUIRED', {}],
    ['a null for a non-null variable', 'mutation($password: String!) { signIn(password: $password) }', { password: null }, 'password', 'INPUT.REQUIRED', {}],
    ['an input object without a required field', 'mutation($i: HoldInput!) { hold(input: $i) }', { i: { coversFrom: '2020-01-01T00:00:00Z' } }, 'i.reason', 'INPUT.REQUIRED', {}],
    ['an input object that is a string', 'mutation($i: HoldInput!) { hold(input: $i) }', { i: SECRET }, 'i', 'INPUT.WRONG_TYPE', { expected: 'HoldInput' }],
    ['a field of an input object of the wrong type', 'mutation($i: HoldInput!) { hold(input: $i) }', { i: { reason: 12_345_678 } }, 'i', 'INPUT.WRONG_TYPE', { expected: 'HoldInput' }],
  ])('%s', async (_name, source, variables, field, reason, params) => {
    const { formatted, error } = await firstError(source, variables);
    expect(JSON.stringify(formatted)).toMatch(/got invalid value|was not provided|must not be null/);
    const redacted = redactInputError(formatted, error);
    expect(redacted?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason,
      message: { ja: expect.any(String), en: redacted?.message },
      article: '第24条',
      params: { field, ...params, fields: field, violations: reason },
    });
    const text = JSON.stringify(redacted);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('4711');
    expect(text).not.toContain('12345678');
  });

  it.each<[string, string, string]>([
    ['a literal of the wrong type', `mutation { signIn(password: 4711) }`, 'INPUT.WRONG_TYPE'],
    ['an unknown enum literal', `mutation { report(kind: TOPSECRET) }`, 'INPUT.UNKNOWN_ENUM_VALUE'],
    ['an invalid date literal', `mutation { purge(before: "${SECRET}") }`, 'INPUT.NOT_A_DATE'],
    ['an Int literal beyond 32 bits', `mutation { purge(before: "2000-01-01T00:00:00Z", maxEvents: 47114711471147) }`, 'INPUT.OUT_OF_RANGE'],
  ])('%s in the query itself', async (_name, source, reason) => {
    const { formatted, error } = await firstError(source);
    expect(formatted.message).toMatch(/TOPSECRET|4711/);
    const redacted = redactInputError(formatted, error);
    expect(redacted?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(redacted?.extensions?.['reason']).toBe(reason);
    expect((redacted?.extensions?.['params'] as Record<string, unknown>)['field']).toMatch(/^literal@\d+:\d+$/);
    expect(JSON.stringify(redacted)).not.toMatch(/TOPSECRET|4711/);
  });

  it('leaves every other error to the caller', async () => {
    const { formatted, error } = await firstError('mutation { nope }');
    expect(redactInputError(formatted, error)).toBeNull();
    expect(redactInputError({ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }, new Error('x'))).toBeNull();
    expect(redactInputError({ message: 'x', extensions: { code: 'FORBIDDEN' } }, new GraphQLError('x'))).toBeNull();
  });
});
