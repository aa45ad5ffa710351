import type { AddressInfo } from 'node:net';
import * as http from 'node:http';
import * as zlib from 'node:zlib';
import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { sessionCookieJar, sourceAddressOf } from '../identity/session-cookie';
import { graphqlFront } from './graphql-front';
import { clientAddressOf, compileTrustProxy, isSecureRequest, type TrustProxySetting } from './http-exchange';
import { createJsonLogger } from './logger';

/**
 * The HTTP front of /graphql over real loopback HTTP (no database): what it adds (early 413, request id),
 * and, request by request, the same answers as the Express stack it replaces (express.json +
 * @as-integrations/express5 + the app's error handler), run side by side in this process.
 */

/** Stands in for Apollo: echoes what the front handed it; `x-stub` picks an unusual response. */
const echoServer = {
  assertStarted: (): void => undefined,
  executeHTTPGraphQLRequest: async ({ httpGraphQLRequest: request }: { httpGraphQLRequest: HTTPGraphQLRequest }): Promise<HTTPGraphQLResponse> => {
    const echoed = JSON.stringify({ method: request.method, search: request.search, body: request.body as unknown, accept: request.headers.get('accept') ?? null });
    switch (request.headers.get('x-stub')) {
      case 'html':
        return { headers: new HeaderMap([['content-type', 'text/html']]), body: { kind: 'complete', string: '<p>landing</p>' } };
      case 'no-content-type':
        return { status: 201, headers: new HeaderMap(), body: { kind: 'complete', string: echoed } };
      case 'no-content':
        return { status: 204, headers: new HeaderMap([['content-type', 'application/json; charset=utf-8']]), body: { kind: 'complete', string: echoed } };
      case 'chunked':
        return {
          status: 200,
          headers: new HeaderMap([['content-type', 'multipart/mixed; boundary="-"; deferSpec=20220824']]),
          body: {
            kind: 'chunked',
            asyncIterator: (async function* () {
              yield '\r\n---\r\ncontent-type: application/json; charset=utf-8\r\n\r\n{"data":{},"hasNext":true}\r\n---';
              yield '\r\ncontent-type: application/json; charset=utf-8\r\n\r\n{"hasNext":false}\r\n-----\r\n';
            })(),
          },
        };
      case 'throw':
        throw new Error('the stub failed: secret-detail');
      default:
        return { status: 200, headers: new HeaderMap([['content-type', 'application/json; charset=utf-8']]), body: { kind: 'complete', string: echoed } };
    }
  },
};

const LIMIT = 1024;

async function listen(listener: http.RequestListener): Promise<{ server: http.Server; base: string }> {
  const server = http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function close(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** One raw request (any method, header or body bytes; optionally chunked) and its answer. */
function send(base: string, method: string, path: string, headers: Record<string, string>, body?: Buffer | string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${base}${path}`, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

const COMPARED_HEADERS = ['content-type', 'content-length', 'etag', 'transfer-encoding', 'vary', 'set-cookie'];

function comparable(answer: Answer): Record<string, unknown> {
  return { status: answer.status, body: answer.body, ...Object.fromEntries(COMPARED_HEADERS.map((name) => [name, answer.headers[name]])) };
}

describe('the HTTP front of /graphql', () => {
  let front: { server: http.Server; base: string };
  let reference: { server: http.Server; base: string };
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    front = await listen(
      graphqlFront({
        server: echoServer,
        context: async () => ({}),
        logger: createJsonLogger((line) => logs.push(JSON.parse(line) as Record<string, unknown>)),
        maxBodyBytes: LIMIT,
      }),
    );
    // The Express stack as it was, without the app's own guards (origin, 415): body parser, Apollo's Express
    // integration, and the app's error handler for the parser's errors.
    const app = express();
    app.disable('x-powered-by');
    app.use('/graphql', express.json({ limit: LIMIT }), expressMiddleware(echoServer as never));
    app.use(((error, _req, res, _next) => {
      const status = (error as { status?: number }).status ?? 500;
      if (status >= 400 && status < 500) res.status(status).json({ error: { code: 'BAD_REQUEST', message: 'Bad request' } });
      else res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    }) as express.ErrorRequestHandler);
    reference = await listen(app);
  });
  afterAll(async () => {
    await close(front.server);
    await close(reference.server);
  });

  const JSON_TYPE = { 'content-type': 'application/json' };
  const query = '{"query":"{ me { id } }","variables":{"a":"é"}}';
  const cases: [string, string, string, Record<string, string>, (Buffer | string)?][] = [
    ['a JSON POST', 'POST', '/graphql', JSON_TYPE, query],
    ['a POST with a query string', 'POST', '/graphql?x=1&y=%7B', JSON_TYPE, query],
    ['a JSON POST with charset=utf-8', 'POST', '/graphql', { 'content-type': 'application/json; charset=UTF-8' }, query],
    ['a JSON POST with a byte-order mark', 'POST', '/graphql', JSON_TYPE, '\ufeff' + query],
    ['a UTF-16 JSON POST', 'POST', '/graphql', { 'content-type': 'application/json; charset=utf-16le' }, Buffer.from(query, 'utf16le')],
    ['a gzip JSON POST', 'POST', '/graphql', { ...JSON_TYPE, 'content-encoding': 'gzip' }, zlib.gzipSync(query)],
    ['a deflate JSON POST', 'POST', '/graphql', { ...JSON_TYPE, 'content-encoding': 'deflate' }, zlib.deflateSync(query)],
    ['a broken gzip body', 'POST', '/graphql', { ...JSON_TYPE, 'content-encoding': 'gzip' }, 'not gzip at all'],
    ['an unknown content encoding', 'POST', '/graphql', { ...JSON_TYPE, 'content-encoding': 'compress' }, query],
    ['a latin-1 charset', 'POST', '/graphql', { 'content-type': 'application/json; charset=iso-8859-1' }, query],
    ['an unknown utf- charset', 'POST', '/graphql', { 'content-type': 'application/json; charset=utf-9' }, query],
    ['malformed JSON', 'POST', '/graphql', JSON_TYPE, '{"query": '],
    ['a JSON string at the top (strict)', 'POST', '/graphql', JSON_TYPE, ' "query"'],
    ['an empty JSON body', 'POST', '/graphql', JSON_TYPE, ''],
    ['a GET query', 'GET', '/graphql?query=%7B%20me%20%7B%20id%20%7D%20%7D&operationName=Me', { accept: 'application/json' }],
    ['a HEAD', 'HEAD', '/graphql?query=x', {}],
    ['a PUT with JSON', 'PUT', '/graphql', JSON_TYPE, query],
    ['an OPTIONS without Origin', 'OPTIONS', '/graphql', {}],
    ['a text/html answer (landing page)', 'GET', '/graphql', { 'x-stub': 'html' }],
    ['an answer without a content type', 'POST', '/graphql', { ...JSON_TYPE, 'x-stub': 'no-content-type' }, query],
    ['a 204 answer', 'POST', '/graphql', { ...JSON_TYPE, 'x-stub': 'no-content' }, query],
    ['a chunked answer (incremental delivery)', 'POST', '/graphql', { ...JSON_TYPE, 'x-stub': 'chunked' }, query],
  ];

  it.each(cases)('answers %s as the Express stack did', async (...row) => {
    const [, method, path, headers, body] = row;
    const [ours, theirs] = await Promise.all([send(front.base, method, path, headers, body), send(reference.base, method, path, headers, body)]);
    if (method === 'GET' || method === 'HEAD') {
      expect(comparable(ours)).toEqual(comparable(theirs));
      return;
    }
    // The one deliberate difference: no ETag on an answer no conditional request can repeat (sendString).
    expect(ours.headers['etag']).toBeUndefined();
    expect({ ...comparable(ours), etag: undefined }).toEqual({ ...comparable(theirs), etag: undefined });
  });

  it('answers a conditional GET whose ETag still matches with 304, as Express did', async () => {
    const first = await send(front.base, 'GET', '/graphql?query=x', {});
    const etag = first.headers['etag'] as string;
    expect(etag).toMatch(/^W\/"/);
    const [ours, theirs] = await Promise.all([
      send(front.base, 'GET', '/graphql?query=x', { 'if-none-match': etag }),
      send(reference.base, 'GET', '/graphql?query=x', { 'if-none-match': etag }),
    ]);
    expect(ours.status).toBe(304);
    expect(comparable(ours)).toEqual(comparable(theirs));
  });

  it('answers an oversized declared body with 413 at once, before any of it is sent, and closes the connection', async () => {
    const answer = await new Promise<Answer>((resolve, reject) => {
      const request = http.request(`${front.base}/graphql`, { method: 'POST', headers: { ...JSON_TYPE, 'content-length': String(10 * 1024 * 1024) }, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      });
      request.on('error', reject);
      request.flushHeaders(); // the headers only: no byte of the 10 MiB body is ever written
    });
    expect(answer.status).toBe(413);
    expect(answer.headers['connection']).toBe('close');
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'BAD_REQUEST', reason: 'REQUEST.BODY_TOO_LARGE', text: { ja: expect.any(String), en: expect.any(String) } } });
  });

  it('answers an oversized chunked body with 413 as soon as the limit is passed, while the client is still sending', async () => {
    let written = 0;
    const answer = await new Promise<Answer>((resolve, reject) => {
      const request = http.request(`${front.base}/graphql`, { method: 'POST', headers: JSON_TYPE, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      });
      request.on('error', () => undefined); // the server closes the connection on a request it will not finish reading
      request.on('close', () => undefined);
      // 1,500 bytes in chunks of 100 (past the 1,024-byte limit), and the request is never ended: the
      // answer can only come from the front counting the bytes as they arrive.
      request.write('{"query":"');
      written += 10;
      const pump = setInterval(() => {
        if (written >= 1500) return clearInterval(pump);
        request.write('x'.repeat(100));
        written += 100;
      }, 5);
      request.on('response', () => clearInterval(pump));
      setTimeout(() => reject(new Error('no answer while the body was still coming')), 10_000).unref();
    });
    expect(answer.status).toBe(413);
    expect(answer.headers['connection']).toBe('close');
    expect(JSON.parse(answer.body)).toMatchObject({ error: { reason: 'REQUEST.BODY_TOO_LARGE' } });
  });

  it('counts bytes, not characters, against the limit', async () => {
    // 400 three-byte characters: 400 characters but 1,200 bytes.
    const body = JSON.stringify({ query: '漢'.repeat(400) });
    expect(body.length).toBeLessThan(LIMIT);
    expect(Buffer.byteLength(body)).toBeGreaterThan(LIMIT);
    expect((await send(front.base, 'POST', '/graphql', JSON_TYPE, body)).status).toBe(413);
    // Decompressed bytes count: a small gzip body that inflates past the limit is refused too.
    expect((await send(front.base, 'POST', '/graphql', { ...JSON_TYPE, 'content-encoding': 'gzip' }, zlib.gzipSync(JSON.stringify({ query: ' '.repeat(5000) })))).status).toBe(413);
  });

  it('answers malformed JSON with the bare coded 400 and nothing of the parser error', async () => {
    const answer = await send(front.base, 'POST', '/graphql', JSON_TYPE, '{"query": ');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({ error: { code: 'BAD_REQUEST', message: 'Bad request' } });
  });

  it('echoes a well-formed inbound x-request-id and replaces anything else with a UUID', async () => {
    expect((await send(front.base, 'POST', '/graphql', { ...JSON_TYPE, 'x-request-id': 'proxy-42.a_b' }, query)).headers['x-request-id']).toBe('proxy-42.a_b');
    for (const inbound of ['bad id with spaces', 'x'.repeat(65)]) {
      expect((await send(front.base, 'POST', '/graphql', { ...JSON_TYPE, 'x-request-id': inbound }, query)).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    // Refusals carry it too.
    expect((await send(front.base, 'POST', '/graphql', { 'content-type': 'text/plain', 'x-request-id': 'r1' }, query)).headers['x-request-id']).toBe('r1');
  });

  it('passes a GET query string to the server as its search', async () => {
    const answer = await send(front.base, 'GET', '/graphql?query=%7B%20me%20%7B%20id%20%7D%20%7D', {});
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ method: 'GET', search: '?query=%7B%20me%20%7B%20id%20%7D%20%7D' });
  });

  it('answers a failure of the server with a coded 500, logs it with the request id, and leaks nothing', async () => {
    const answer = await send(front.base, 'POST', '/graphql', { ...JSON_TYPE, 'x-stub': 'throw', 'x-request-id': 'failing-1' }, query);
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.body)).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    expect(logs).toContainEqual(expect.objectContaining({ message: 'http.unexpected_error', requestId: 'failing-1' }));
  });
});

describe('the client address, TLS and the session cookie without Express', () => {
  const SETTINGS: TrustProxySetting[] = [false, true, 0, 1, 2, 'loopback', '127.0.0.1', '10.0.0.0/8, loopback', 'uniquelocal'];
  const HEADERS: Record<string, string>[] = [
    {},
    { 'x-forwarded-for': '203.0.113.5' },
    { 'x-forwarded-for': '203.0.113.5, 10.0.0.2' },
    { 'x-forwarded-for': '198.51.100.7, 203.0.113.5, 10.0.0.2', 'x-forwarded-proto': 'https' },
    { 'x-forwarded-proto': 'https, http' },
    { 'x-forwarded-proto': 'http' },
    { 'x-forwarded-proto': ' https ' },
  ];

  /** For each setting: what Express says (req.ip, req.secure, res.cookie) and what the plain functions say. */
  async function both(setting: TrustProxySetting, headers: Record<string, string>, path: string): Promise<[Answer, Answer]> {
    const trust = compileTrustProxy(setting);
    const plain = await listen((req, res) => {
      const jar = sessionCookieJar(req, res, trust);
      if (path === '/set') jar.set('token-ABC_123', new Date('2026-06-01T10:30:00Z'), new Date('2026-06-01T09:59:59.250Z'));
      if (path === '/both') {
        jar.set('t1', new Date('2026-06-01T10:00:05Z'), new Date('2026-06-01T10:00:00Z'));
        jar.clear();
      }
      if (path === '/clear') jar.clear();
      res.end(JSON.stringify({ ip: clientAddressOf(req, trust), secure: isSecureRequest(req, trust), source: sourceAddressOf(req, trust) }));
    });
    const app = express();
    app.set('trust proxy', setting);
    app.use((req, res) => {
      // What sessionCookieJar did with Express, verbatim.
      const base = { httpOnly: true, sameSite: 'strict' as const, path: '/', secure: req.secure };
      if (path === '/set') res.cookie('juki_session', 'token-ABC_123', { ...base, maxAge: Math.max(0, Date.parse('2026-06-01T10:30:00Z') - Date.parse('2026-06-01T09:59:59.250Z')) });
      if (path === '/both') {
        res.cookie('juki_session', 't1', { ...base, maxAge: 5000 });
        res.clearCookie('juki_session', base);
      }
      if (path === '/clear') res.clearCookie('juki_session', base);
      const ip = req.ip ?? req.socket.remoteAddress ?? '';
      res.end(JSON.stringify({ ip: req.ip, secure: req.secure, source: (ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip).slice(0, 45) }));
    });
    const express_ = await listen(app);
    try {
      return await Promise.all([send(plain.base, 'GET', path, headers), send(express_.base, 'GET', path, headers)]);
    } finally {
      await close(plain.server);
      await close(express_.server);
    }
  }

  it.each(SETTINGS.map((setting) => [String(setting), setting] as const))('match Express with trust proxy %s', async (_name, setting) => {
    for (const headers of HEADERS) {
      const [ours, theirs] = await both(setting, headers, '/');
      expect({ headers, ...(JSON.parse(ours.body) as object) }).toEqual({ headers, ...(JSON.parse(theirs.body) as object) });
    }
  });

  it('write Set-Cookie byte for byte as Express did (set, clear, both), Secure only over trusted https', async () => {
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-06-01T09:59:59.250Z'));
    try {
      for (const [setting, headers] of [
        ['loopback', { 'x-forwarded-proto': 'https' }],
        [false, { 'x-forwarded-proto': 'https' }],
        [1, {}],
      ] as const) {
        for (const path of ['/set', '/clear', '/both']) {
          const [ours, theirs] = await both(setting, headers, path);
          expect(ours.headers['set-cookie']).toEqual(theirs.headers['set-cookie']);
          expect(ours.headers['set-cookie']?.length).toBe(path === '/both' ? 2 : 1);
        }
      }
      const [secure] = await both('loopback', { 'x-forwarded-proto': 'https' }, '/set');
      expect(secure.headers['set-cookie']).toEqual(['juki_session=token-ABC_123; Max-Age=1800; Path=/; Expires=Mon, 01 Jun 2026 10:30:00 GMT; HttpOnly; Secure; SameSite=Strict']);
      const [plain] = await both(false, { 'x-forwarded-proto': 'https' }, '/clear');
      expect(plain.headers['set-cookie']).toEqual(['juki_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict']);
    } finally {
      now.mockRestore();
    }
  });

  it('keeps the first untrusted X-Forwarded-For address behind a trusted proxy, the socket peer otherwise', async () => {
    const headers = { 'x-forwarded-for': '198.51.100.7, 203.0.113.5' };
    expect(JSON.parse((await both('loopback', headers, '/'))[0].body)).toMatchObject({ source: '203.0.113.5' });
    expect(JSON.parse((await both(2, headers, '/'))[0].body)).toMatchObject({ source: '198.51.100.7' });
    expect(JSON.parse((await both(false, headers, '/'))[0].body)).toMatchObject({ source: '127.0.0.1', secure: false });
  });
});
