import { startTestApi, type TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';

/** The HTTP guards are wired into the real app, in front of /graphql. */
describe.each(TEST_DATABASES)('HTTP guards of the running API on $name', (database) => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi(database.config());
  });
  afterAll(async () => {
    await api.close();
  });

  const query = JSON.stringify({ query: '{ ruleCatalogue { id } }' });

  it('refuses a browser request from another origin (no CORS_ORIGINS: same origin only)', async () => {
    const response = await fetch(api.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://elsewhere.example' },
      body: query,
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await response.json()) as { error: { reason: string } }).error.reason).toBe('REQUEST.ORIGIN_NOT_ALLOWED');
  });

  it('refuses a non-JSON POST (a form post cannot forge a request)', async () => {
    const response = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: query });
    expect(response.status).toBe(415);
  });

  it('refuses an oversized body with a coded JSON error', async () => {
    const body = JSON.stringify({ query: '{ ruleCatalogue { id } }', variables: { pad: 'x'.repeat(200 * 1024) } });
    const response = await fetch(api.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(413);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.js:\d+/);
  });

  it('still answers a same-origin JSON request', async () => {
    const response = await fetch(api.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: api.baseUrl },
      body: query,
    });
    expect(response.status).toBe(200);
  });

  it('serves /graphql and the paths Express matched under it through the front, and leaves the rest to Express', async () => {
    for (const path of ['/graphql', '/graphql?x=1', '/GraphQL', '/graphql/']) {
      const response = await fetch(api.baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'dispatch-1' }, body: query });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toBe('dispatch-1');
      expect(((await response.json()) as { data?: unknown }).data).toBeDefined();
    }
    for (const path of ['/graphqlx', '/graphql.json', '/nowhere']) {
      const response = await fetch(api.baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'dispatch-2' }, body: query });
      expect(response.status).toBe(404);
      expect(response.headers.get('x-request-id')).toBe('dispatch-2');
      expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Not found' } });
    }
  });
});
