import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import express from 'express';
import type { Server } from 'node:http';
import { CONSOLE_CONTENT_SECURITY_POLICY, consoleStaticRouter } from './console-static';

const INDEX = '<!doctype html><html lang="ja"><head><script type="module" src="/assets/index-abc.js"></script></head><body></body></html>';

describe('consoleStaticRouter', () => {
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juki-console-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), INDEX);
    fs.writeFileSync(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
    const app = express();
    app.post('/graphql', (_req, res) => void res.json({ data: {} }));
    const router = consoleStaticRouter(dir);
    if (!router) throw new Error('router expected');
    app.use(router);
    app.use((_req, res) => void res.status(404).json({ error: { code: 'NOT_FOUND' } }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is absent when the console has not been built', () => {
    expect(consoleStaticRouter(path.join(dir, 'missing'))).toBeUndefined();
  });

  it('serves index.html at / with a same-origin CSP and the other security headers, never cached', async () => {
    const response = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    expect(response.headers.get('content-security-policy')).toBe(CONSOLE_CONTENT_SECURITY_POLICY);
    expect(CONSOLE_CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers client-side routes with the page (SPA fallback)', async () => {
    for (const route of ['/sign-in', '/audit-events', '/api-clients?x=1']) {
      const response = await fetch(`${base}${route}`, { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('serves hashed assets as immutable, and a missing asset is a 404, not the page', async () => {
    const asset = await fetch(`${base}/assets/index-abc.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('leaves the API paths and non-HTML requests to the API', async () => {
    expect((await fetch(`${base}/graphql`, { method: 'POST' })).status).toBe(200);
    const get = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(get.status).toBe(404);
    expect((await fetch(`${base}/healthz`, { headers: { accept: 'text/html' } })).status).toBe(404);
    expect((await fetch(`${base}/anything`, { headers: { accept: 'application/json' } })).status).toBe(404);
    expect((await fetch(`${base}/anything`, { headers: { accept: '*/*' } })).status).toBe(404);
  });

  it('serves no dotfile', async () => {
    fs.writeFileSync(path.join(dir, '.env'), 'SECRET=1');
    const response = await fetch(`${base}/.env`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(404);
  });
});
