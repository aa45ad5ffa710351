import { CHIBA_PROFILE_HISTORY } from '@juki/policies';
import type { DataSource } from 'typeorm';
import { Query, Resolver } from 'type-graphql';
import type { ApiModule } from '../api-module';
import { API_MODULES } from '../api-modules';
import { postGraphql, startTestApi, type TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import { ApiError } from './api-error';
import { INTERNAL_ERROR_MESSAGE } from './format-error';

let currentDataSource: DataSource | undefined;

/** Test-only operations that fail the ways production code can: a database error, a bug, a domain error. */
@Resolver()
class FailingResolver {
  @Query(() => String)
  async brokenSql(): Promise<string> {
    await currentDataSource?.query('SELECT secret_column FROM no_such_table WHERE password = ?', ['hunter2']);
    return 'unreachable';
  }

  @Query(() => String)
  bug(): string {
    throw new TypeError("Cannot read properties of undefined (reading 'passwordHash')");
  }

  @Query(() => String)
  domainRefusal(): string {
    throw new ApiError('FORMS.QUANTITY_MISMATCH', '廃棄数量が出力記録と一致しません', { expected: 10, actual: 9 });
  }
}

const FAILING_MODULE: ApiModule = { name: 'failing', entities: [], resolvers: [FailingResolver] };

/** What must never reach a client. */
const LEAKS = [/stack/i, /at \w+ \(/, /\.ts:\d+/, /SELECT/i, /no_such_table/, /hunter2/, /secret_column/, /passwordHash/, /sqlite|mysql|mariadb/i];

function expectNoLeak(text: string): void {
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
}

describe.each(TEST_DATABASES)('GraphQL errors on $name', (database) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(database.config(), { modules: [...API_MODULES, FAILING_MODULE] });
    currentDataSource = api.dataSource;
  });
  afterAll(async () => {
    currentDataSource = undefined;
    await api.close();
  });

  it('hides a database error (SQL, table, parameters) behind INTERNAL_SERVER_ERROR and logs it server-side', async () => {
    const response = await postGraphql(api.graphqlUrl, '{ brokenSql }');
    expect(response.status).toBe(200);
    expect(response.body.errors).toEqual([
      { message: INTERNAL_ERROR_MESSAGE, path: ['brokenSql'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expectNoLeak(response.text);
    const logged = api.logs.find((l) => l['message'] === 'graphql.unexpected_error');
    expect(JSON.stringify(logged)).toMatch(/no_such_table/);
  });

  it('hides a bug the same way', async () => {
    const response = await postGraphql(api.graphqlUrl, 'query Broken { bug }');
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(response.body.errors?.[0]?.message).toBe(INTERNAL_ERROR_MESSAGE);
    expectNoLeak(response.text);
  });

  it('passes a domain error through with its code and parameters', async () => {
    const response = await postGraphql(api.graphqlUrl, '{ domainRefusal }');
    expect(response.body.errors).toEqual([
      {
        message: '廃棄数量が出力記録と一致しません',
        locations: [{ line: 1, column: 3 }],
        path: ['domainRefusal'],
        extensions: { code: 'FORMS.QUANTITY_MISMATCH', params: { expected: 10, actual: 9 } },
      },
    ]);
  });

  it.each([
    ['an unknown field', '{ ruleCatalogue { nope } }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', '{ ruleCatalogue { id ', undefined, 'GRAPHQL_PARSE_FAILED'],
    ['an impossible date', 'query($d: Date) { policyProfile(asOf: $d) { id } }', { d: '2023-02-29' }, 'BAD_USER_INPUT'],
    ['a date literal of the wrong kind', '{ policyProfile(asOf: 20070401) { id } }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
  ])('reports %s with its code and no stack', async (_name, query, variables, code) => {
    const response = await postGraphql(api.graphqlUrl, query, variables);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code });
    expect(response.body.errors?.[0]?.message.length).toBeGreaterThan(0);
    expectNoLeak(response.text);
  });

  it('answers a malformed JSON body with 400 and no stack', async () => {
    const response = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: { code: 'BAD_REQUEST', message: 'Bad request' } });
    expectNoLeak(text);
  });

  it('serves no landing page that would load a hosted explorer (closed network)', async () => {
    const response = await fetch(api.graphqlUrl, { headers: { accept: 'text/html' } });
    const text = await response.text();
    expect(text).not.toMatch(/<script|cdn|apollographql\.com/i);
  });
});

describe('GraphQL in production mode', () => {
  let api: TestApi;

  beforeAll(async () => {
    const sqlite = TEST_DATABASES.find((d) => d.name === 'sqlite');
    if (!sqlite) throw new Error('no SQLite test database');
    api = await startTestApi(sqlite.config(), { production: true });
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses introspection', async () => {
    const response = await postGraphql(api.graphqlUrl, '{ __schema { types { name } } }');
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('does not suggest field names', async () => {
    const response = await postGraphql(api.graphqlUrl, '{ ruleCatalogu { id } }');
    expect(response.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('still answers queries', async () => {
    const response = await postGraphql(api.graphqlUrl, '{ policyProfile(asOf: "2007-04-01") { id } }');
    expect(response.body).toEqual({ data: { policyProfile: { id: CHIBA_PROFILE_HISTORY.inForceOn('2007-04-01')?.id } } });
  });
});
