import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { requestMessage, type RequestMessageCode } from '../request-errors';

/** The default body limit of a GraphQL request: far above any real query, far below a memory risk. */
export const DEFAULT_MAX_BODY_BYTES = 100 * 1024;

export interface GraphqlHttpGuardOptions {
  /** Origins (`scheme://host[:port]`) allowed besides the API's own. Default: none (same origin only). */
  readonly allowedOrigins?: readonly string[];
  readonly maxBodyBytes?: number;
}

/**
 * `CORS_ORIGINS`: a comma-separated list of exact origins, e.g. `https://console.example.lg.jp`.
 * Anything that is not a plain http(s) origin (a path, a wildcard, `null`) is refused at start-up.
 */
export function parseCorsOrigins(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [];
  return value.split(',').map((raw) => {
    const origin = raw.trim();
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new RangeError(`CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin`);
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin) {
      throw new RangeError(`CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin (scheme://host[:port], no path)`);
    }
    return origin;
  });
}

function refuse(res: Response, status: number, reason: RequestMessageCode, params: Record<string, string | number> = {}): void {
  const text = requestMessage(reason, params);
  res.status(status).json({ error: { code: 'BAD_REQUEST', reason, message: text.en, text } });
}

function isSameOrigin(origin: string, req: Request): boolean {
  try {
    return new URL(origin).host === req.get('host');
  } catch {
    return false;
  }
}

const ALLOWED_HEADERS = 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id';

/**
 * Origin check and CORS: a browser request from another origin is refused (403) unless that origin is
 * allowlisted, in which case it gets CORS headers (credentials included: the console's session cookie).
 * Requests without an Origin header (servers, ward systems, curl) pass: they carry no ambient cookie risk.
 */
function originGuard(allowed: ReadonlySet<string>): RequestHandler {
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origin === undefined || isSameOrigin(origin, req)) {
      next();
      return;
    }
    if (!allowed.has(origin)) {
      refuse(res, 403, 'REQUEST.ORIGIN_NOT_ALLOWED');
      return;
    }
    res.vary('Origin');
    res.set('access-control-allow-origin', origin);
    res.set('access-control-allow-credentials', 'true');
    if (req.method === 'OPTIONS') {
      res.set('access-control-allow-methods', 'GET, POST');
      res.set('access-control-allow-headers', ALLOWED_HEADERS);
      res.set('access-control-max-age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}

/** A POST must say `Content-Type: application/json` (no form or text/plain posts: CSRF, 415 otherwise). */
const jsonContentType: RequestHandler = (req, res, next) => {
  if (req.method === 'POST' && !req.is('application/json')) {
    refuse(res, 415, 'REQUEST.CONTENT_TYPE');
    return;
  }
  next();
};

function bodyTooLarge(maxBodyBytes: number): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    const type = typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
    if (type === 'entity.too.large') {
      refuse(res, 413, 'REQUEST.BODY_TOO_LARGE', { max: maxBodyBytes });
      return;
    }
    next(error);
  };
}

/**
 * What stands in front of `/graphql`, in order: origin check and CORS, JSON-only POSTs, the JSON body
 * parser with its size limit (413 with a JSON error above it). Mount before Apollo's middleware in place
 * of a bare `express.json()`: `app.use('/graphql', ...graphqlHttpGuards(options), expressMiddleware(apollo))`.
 * Malformed JSON is left to the app's error handler (400).
 */
export function graphqlHttpGuards(options: GraphqlHttpGuardOptions = {}): (RequestHandler | ErrorRequestHandler)[] {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return [originGuard(new Set(options.allowedOrigins ?? [])), jsonContentType, express.json({ limit: maxBodyBytes }), bodyTooLarge(maxBodyBytes)];
}
