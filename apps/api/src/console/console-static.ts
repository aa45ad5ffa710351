import * as fs from 'node:fs';
import * as path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

/**
 * The admin console's built files (dist/apps/admin-web), served by the API process at the same origin
 * as /graphql: one process, one URL, the session cookie SameSite=Strict works as is. Every response of
 * the console carries security headers; the Content-Security-Policy names no origin but this one (the
 * same policy as the <meta> in the built index.html: apps/admin-web/vite.config.mts).
 */
export const CONSOLE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const CONSOLE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONSOLE_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Paths that belong to the API, never to the console's client-side routes. */
const API_PATHS = /^\/(?:graphql|healthz|readyz)(?:\/|$)/;

/** The console's files and its SPA fallback, or undefined when the console has not been built. */
export function consoleStaticRouter(consoleDir: string): Router | undefined {
  const indexHtml = path.join(consoleDir, 'index.html');
  if (!fs.existsSync(indexHtml)) return undefined;
  const router = express.Router();
  const headers: RequestHandler = (_req, res, next) => {
    res.set(CONSOLE_SECURITY_HEADERS);
    next();
  };
  router.use(headers);
  // Hashed file names never change content: cache for a year. index.html is never cached.
  router.use(
    '/assets',
    express.static(path.join(consoleDir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false, dotfiles: 'deny' }),
  );
  router.use(express.static(consoleDir, { index: false, dotfiles: 'deny', setHeaders: (res) => res.set('Cache-Control', 'no-cache') }));
  // Client-side routes (/audit-events, /sign-in, …): the page, for GET/HEAD requests that ask for HTML
  // by name (a browser navigating); anything else (`*/*`, JSON) gets the API's JSON 404.
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path) || !(req.get('accept') ?? '').includes('text/html')) {
      next();
      return;
    }
    res.set('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return router;
}
