import { CHIBA_PROFILE_HISTORY } from '@juki/policies';
import type { DataSource } from 'typeorm';
import { postGraphql, startTestApi, type TestApi } from '../testing/test-api';
import { closeAndEmpty, startEmptyTestApi } from './testing/empty-test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import { INTERNAL_ERROR_MESSAGE } from './format-error';
import { postAs, signInEveryRole, type RoleCaller } from './testing/role-callers';

/** What must never reach a client. */
const LEAKS = [/stack/i, /at \w+ \(/, /\.ts:\d+/, /SELECT/i, /no_such_table/, /hunter2/, /secret_column/, /passwordHash/, /sqlite|mysql|mariadb/i];

function expectNoLeak(text: string): void {
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
}

const UNITS = '{ organisationUnits(first: 5) { totalCount edges { node { code } } } }';

/** The organisation's reads (`FROM organisation_unit u`), not the session lookup that precedes them. */
const UNIT_READ = /\bFROM organisation_unit u\b/;

interface CallbackPool {
  query(sql: string, values: unknown[], callback: (error: Error | null, rows?: unknown) => void): void;
}

/**
 * Runs `work` while the organisation's reads of the API fail the way production code can: `fault` is a real
 * database error (SQL, table and a parameter in it) or a bug. The hot reads go through `dataSource.query`
 * (SQLite) or straight to the mysql2 pool (`readRows`): both are intercepted; the session lookup is not.
 */
async function withFault<T>(dataSource: DataSource, fault: (original: DataSource['query']) => Promise<unknown>, work: () => Promise<T>): Promise<T> {
  const original = dataSource.query.bind(dataSource) as DataSource['query'];
  dataSource.query = ((sql: string, params?: unknown[]) => (UNIT_READ.test(sql) ? fault(original) : original(sql, params))) as DataSource['query'];
  const pool = (dataSource.driver as unknown as { pool?: CallbackPool }).pool;
  const poolQuery = pool?.query;
  if (pool && poolQuery) {
    pool.query = (sql, values, callback) => {
      if (!UNIT_READ.test(sql)) return poolQuery.call(pool, sql, values, callback);
      fault(original).then(
        (rows) => callback(null, rows),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    };
  }
  try {
    return await work();
  } finally {
    dataSource.query = original;
    if (pool && poolQuery) pool.query = poolQuery;
  }
}

describe.each(TEST_DATABASES)('GraphQL errors on $name', (database) => {
  const config = database.config();
  let api: TestApi;
  let officer: RoleCaller;

  beforeAll(async () => {
    api = await startEmptyTestApi(config);
    officer = (await signInEveryRole(api)).get('SYSTEM_OFFICER') as RoleCaller;
  }, 120_000);
  afterAll(async () => {
    await closeAndEmpty(api, config);
  });

  it('hides a database error (SQL, table, parameters) behind INTERNAL_SERVER_ERROR and logs it server-side', async () => {
    const response = await withFault(
      api.dataSource,
      (original) => original('SELECT secret_column FROM no_such_table WHERE password = ?', ['hunter2']),
      () => postAs(api.graphqlUrl, officer, UNITS),
    );
    expect(response.status).toBe(200);
    expect(response.body.errors).toEqual([
      { message: INTERNAL_ERROR_MESSAGE, path: ['organisationUnits'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expectNoLeak(response.text);
    const logged = api.logs.find((l) => l['message'] === 'graphql.unexpected_error');
    expect(JSON.stringify(logged)).toMatch(/no_such_table/);
  });

  it('hides a bug the same way', async () => {
    const response = await withFault(
      api.dataSource,
      async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'passwordHash')");
      },
      () => postAs(api.graphqlUrl, officer, `query Broken ${UNITS}`),
    );
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(response.body.errors?.[0]?.message).toBe(INTERNAL_ERROR_MESSAGE);
    expectNoLeak(response.text);
  });

  it('passes a refusal of the API through with its code, reason, ja/en message and parameters', async () => {
    const response = await postAs(api.graphqlUrl, officer, '{ organisationUnits(first: 101) { totalCount } }');
    expect(response.body.errors).toEqual([
      {
        message: 'first may be at most 100.',
        locations: [{ line: 1, column: 3 }],
        path: ['organisationUnits'],
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'REQUEST.PAGE_TOO_LARGE',
          message: { ja: '一度に取得できる件数は100件までです（first）。', en: 'first may be at most 100.' },
          params: { argument: 'first', max: 100 },
        },
      },
    ]);
  });

  it('passes a refusal of the guidelines through with its article', async () => {
    const response = await postGraphql(api.graphqlUrl, UNITS);
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'PERMISSIONS.SIGN_IN_REQUIRED',
      message: { ja: 'IDカードとパスワードでサインインしてください。', en: 'Sign in with your ID card and password.' },
      article: '第19条第1項',
    });
  });

  it.each([
    ['an unknown field', '{ ruleCatalogue { nope } }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', '{ ruleCatalogue { id ', undefined, 'GRAPHQL_PARSE_FAILED'],
    ['an impossible date', 'query($d: Date) { policyProfile(asOf: $d) { id } }', { d: '2023-02-29' }, 'BAD_USER_INPUT'],
    ['a date literal of the wrong kind', '{ policyProfile(asOf: 20070401) { id } }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
  ])('reports %s with its code and no stack', async (_name, query, variables, code) => {
    const response = await postGraphql(api.graphqlUrl, query, variables);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe(code);
    expect(response.body.errors?.[0]?.message.length).toBeGreaterThan(0);
    if (variables) for (const value of Object.values(variables)) expect(response.text).not.toContain(String(value));
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
