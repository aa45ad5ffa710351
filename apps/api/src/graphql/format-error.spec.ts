import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { formatApiError } from './format-error';

describe('formatApiError', () => {
  it('answers a request with more than 50 invalid variable values BAD_USER_INPUT (REQUEST.TOO_MANY_INPUT_ERRORS), never INTERNAL_SERVER_ERROR', async () => {
    const schema = buildSchema('enum Colour { RED GREEN } type Query { paint(colours: [Colour!]!): Int }');
    const server = new ApolloServer({ schema, formatError: formatApiError });
    await server.start();
    try {
      for (const count of [3, 60, 1_200]) {
        const response = await server.executeOperation({ query: 'query($c: [Colour!]!) { paint(colours: $c) }', variables: { c: Array.from({ length: count }, () => 'BLUE') } });
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        expect(errors.length).toBe(Math.min(count, 51));
        for (const error of errors) expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
        if (count > 50) {
          expect(errors[50]?.extensions).toMatchObject({ reason: 'REQUEST.TOO_MANY_INPUT_ERRORS', message: { ja: expect.any(String) as unknown, en: expect.any(String) as unknown } });
        }
      }
    } finally {
      await server.stop();
    }
  });
});
