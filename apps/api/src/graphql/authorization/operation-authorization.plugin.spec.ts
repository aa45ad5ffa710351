import { ApolloServer } from '@apollo/server';
import type { Principal } from '@juki/domain';
import { buildSchema } from 'graphql';
import type { ApiContext } from '../api-context';
import { formatApiError } from '../format-error';
import * as authorization from './operation-authorization';
import { operationAuthorizationPlugin } from './operation-authorization.plugin';

const schema = buildSchema(`
  type Query { organisationUnits: Int, ruleCatalogue: [Rule!]! }
  type Rule { id: ID! }
`);

function context(principal: Principal): ApiContext {
  return { requestId: 'r', requestedAt: new Date('2026-11-28T03:00:00Z'), principal } as ApiContext;
}

const officer: Principal = { kind: 'STAFF', staffId: 's', sessionId: 'x', passwordChangeRequired: false, grants: [{ role: 'SYSTEM_OFFICER', effectiveFrom: '2025-04-01' }] };

describe('the authorization plugin', () => {
  let server: ApolloServer<ApiContext>;

  beforeAll(async () => {
    server = new ApolloServer<ApiContext>({ schema, plugins: [operationAuthorizationPlugin()], formatError: formatApiError });
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('refuses before execution with a coded, localized error and an HTTP status', async () => {
    const response = await server.executeOperation({ query: '{ organisationUnits }' }, { contextValue: context({ kind: 'ANONYMOUS' }) });
    expect(response.http.status).toBe(401);
    expect(response.body.kind === 'single' && response.body.singleResult).toEqual({
      errors: [
        {
          message: 'Sign in with your ID card and password.',
          extensions: {
            code: 'UNAUTHENTICATED',
            reason: 'PERMISSIONS.SIGN_IN_REQUIRED',
            message: { ja: 'IDカードとパスワードでサインインしてください。', en: 'Sign in with your ID card and password.' },
            article: '第19条第1項',
          },
        },
      ],
    });
  });

  it('lets an allowed operation run', async () => {
    const response = await server.executeOperation({ query: '{ organisationUnits }' }, { contextValue: context(officer) });
    expect(response.body.kind === 'single' && response.body.singleResult).toEqual({ data: { organisationUnits: null } });
  });

  it('decides once per (document, operation, subject), then answers from its cache', async () => {
    const spy = jest.spyOn(authorization, 'authorizeOperation');
    try {
      const query = '{ ruleCatalogue { id } }';
      for (let i = 0; i < 5; i++) await server.executeOperation({ query }, { contextValue: context(officer) });
      expect(spy).toHaveBeenCalledTimes(1);
      await server.executeOperation({ query }, { contextValue: context({ kind: 'ANONYMOUS' }) });
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});
