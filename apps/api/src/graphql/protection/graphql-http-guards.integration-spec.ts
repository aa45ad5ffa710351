import type { AddressInfo } from 'node:net';
import * as http from 'node:http';
import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { graphqlFront } from '../../app/graphql-front';
import { SILENT_LOGGER } from '../../app/logger';

/** Stands in for Apollo: answers with the parsed body it was handed (the guards' output), nothing else. */
const echoServer = {
  executeHTTPGraphQLRequest: async ({ httpGraphQLRequest }: { httpGraphQLRequest: HTTPGraphQLRequest }): Promise<HTTPGraphQLResponse> => ({
    status: 200,
    headers: new HeaderMap([['content-type', 'application/json; charset=utf-8']]),
    body: { kind: 'complete', string: JSON.stringify({ echoed: httpGraphQLRequest.body as unknown }) },
  }),
};

/** The guards of the HTTP front in front of a server that echoes the parsed body, over real HTTP (no database involved). */
describe('the HTTP guards of /graphql', () => {
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    const front = graphqlFront({
      server: echoServer,
      context: async () => ({}),
      logger: SILENT_LOGGER,
      allowedOrigins: ['http://console.example'],
      maxBodyBytes: 1024,
    });
    server = http.createServer(front);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Response> =>
    fetch(url, { method: 'POST', headers, body });

  it('passes a JSON POST without Origin (a ward system) and from the same origin', async () => {
    expect(await (await post('{"query":"{x}"}')).json()).toEqual({ echoed: { query: '{x}' } });
    const host = new URL(url).host;
    const sameOrigin = await post('{"a":1}', { 'content-type': 'application/json', origin: `http://${host}` });
    expect(sameOrigin.status).toBe(200);
    expect(sameOrigin.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])('refuses a POST of %s with 415 (CSRF)', async (type) => {
    const response = await post('{"query":"{x}"}', { 'content-type': type });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: { code: 'BAD_REQUEST', reason: 'REQUEST.CONTENT_TYPE', text: { ja: expect.any(String), en: expect.any(String) } } });
  });

  it('refuses a body above the limit with 413 and a JSON error', async () => {
    const response = await post(JSON.stringify({ query: 'x'.repeat(2000) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'BAD_REQUEST', reason: 'REQUEST.BODY_TOO_LARGE' } });
  });

  it('refuses another origin (403) and serves an allowlisted one with CORS headers', async () => {
    const evil = await post('{}', { 'content-type': 'application/json', origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(await evil.json()).toMatchObject({ error: { reason: 'REQUEST.ORIGIN_NOT_ALLOWED' } });

    const allowed = await post('{"a":1}', { 'content-type': 'application/json', origin: 'http://console.example' });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://console.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');

    const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'http://console.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/content-type/);
    const evilPreflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } });
    expect(evilPreflight.status).toBe(403);
  });

  it('answers malformed JSON with 400 (the bare BAD_REQUEST of the app error handler)', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
  });
});
