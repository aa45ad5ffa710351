import type { AddressInfo } from 'node:net';
import * as http from 'node:http';
import express, { type Request as ExpressRequest, type Response as ExpressResponse } from 'express';
import { graphqlHttpGuards } from './graphql-http-guards';

/** The guards in front of a handler that echoes the parsed body, over real HTTP (no database involved). */
describe('the HTTP guards of /graphql', () => {
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    const app = express();
    app.use('/graphql', ...graphqlHttpGuards({ allowedOrigins: ['http://console.example'], maxBodyBytes: 1024 }), (req: ExpressRequest, res: ExpressResponse) => {
      res.json({ echoed: req.body as unknown });
    });
    app.use(((error, _req, res, _next) => {
      res.status((error as { status?: number }).status ?? 500).json({ error: { code: 'BAD_REQUEST', message: 'Bad request' } });
    }) as express.ErrorRequestHandler);
    server = http.createServer(app);
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

  it('leaves malformed JSON to the app error handler (400)', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
  });
});
