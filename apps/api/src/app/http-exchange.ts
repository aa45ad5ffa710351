import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import etag from 'etag';
import fresh from 'fresh';
import proxyaddr from 'proxy-addr';
import type { Logger } from './logger';

/**
 * What Express did for one request and response, on plain `node:http` objects: the HTTP front of
 * `/graphql` answers without Express, so each rule Express applied there is written out here, with the
 * same packages Express uses (proxy-addr, etag, fresh) and the same results.
 */

/** `TRUST_PROXY` as Express's `app.set('trust proxy', …)` takes it: false, true, a hop count or addresses. */
export type TrustProxySetting = boolean | number | string;

/** Whether the proxy at `address`, `hop` hops from the socket (0: the socket's peer), is believed. */
export type TrustProxy = (address: string | undefined, hop: number) => boolean;

/** Express's `compileTrust`: true trusts every hop, a number the first n hops, a string a comma-separated list. */
export function compileTrustProxy(setting: TrustProxySetting): TrustProxy {
  if (setting === true) return () => true;
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  if (typeof setting === 'string') return proxyaddr.compile(setting.split(',').map((value) => value.trim()));
  return proxyaddr.compile([]);
}

/** Express's `req.ip`: the socket's peer, or behind trusted proxies the first untrusted X-Forwarded-For entry. */
export function clientAddressOf(req: IncomingMessage, trust: TrustProxy): string | undefined {
  return proxyaddr(req, trust);
}

/** Express's `req.secure`: TLS on the socket, or `X-Forwarded-Proto: https` from a trusted peer. */
export function isSecureRequest(req: IncomingMessage, trust: TrustProxy): boolean {
  const own = (req.socket as Partial<TLSSocket>).encrypted ? 'https' : 'http';
  if (!trust(req.socket.remoteAddress, 0)) return own === 'https';
  const header = headerOf(req, 'x-forwarded-proto') || own;
  const comma = header.indexOf(',');
  return (comma !== -1 ? header.substring(0, comma) : header).trim() === 'https';
}

/** A request header as one string (Express's `req.get`; `set-cookie` is the only array and is never asked). */
export function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

const INBOUND_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The request's correlation id: the inbound `x-request-id` when well-formed (from a proxy), else a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const inbound = headerOf(req, 'x-request-id');
  return inbound && INBOUND_REQUEST_ID.test(inbound) ? inbound : randomUUID();
}

/** A 4xx of the HTTP layer without detail (malformed JSON, an unsupported charset or encoding…). */
export function sendBadRequest(req: IncomingMessage, res: ServerResponse, status: number): void {
  sendJson(req, res, status, { error: { code: 'BAD_REQUEST', message: 'Bad request' } });
}

/**
 * The app's error handler: an error carrying a 4xx `status` is a bare BAD_REQUEST; anything else is logged
 * with the request id and answered 500 (never a stack trace). Once headers are out, the socket is closed.
 */
export function answerHttpError(req: IncomingMessage, res: ServerResponse, error: unknown, logger: Logger, requestId: string): void {
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  const status = httpStatusOf(error);
  if (status >= 400 && status < 500) {
    sendBadRequest(req, res, status);
    return;
  }
  logger.error('http.unexpected_error', { requestId, error: error instanceof Error ? error : String(error) });
  sendJson(req, res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
}

function httpStatusOf(error: unknown): number {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' && Number.isInteger(status) ? status : 500;
}

/** Express's `res.status(status).json(value)`. */
export function sendJson(req: IncomingMessage, res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  if (res.getHeader('content-type') === undefined) res.setHeader('Content-Type', 'application/json; charset=utf-8');
  sendString(req, res, JSON.stringify(value));
}

/**
 * Express's `res.send(string)`: Content-Type gets `charset=utf-8` (text/html when unset), Content-Length,
 * 304 for a conditional GET/HEAD that still matches, no body for 204/304/205 or a HEAD request — and a weak
 * ETag unless one is set, but (unlike Express) only on GET and HEAD, the requests a conditional request can
 * repeat: a POST's answer (every GraphQL mutation, and queries as the console and ward systems send them) is
 * never revalidated, and its ETag was a SHA-1 of every answer (45 kB for a 100-card page) for nothing.
 */
export function sendString(req: IncomingMessage, res: ServerResponse, text: string): void {
  const type = res.getHeader('content-type');
  if (type === undefined) res.setHeader('Content-Type', 'text/html; charset=utf-8');
  else if (typeof type === 'string') res.setHeader('Content-Type', withUtf8Charset(type));
  const cacheable = req.method === 'GET' || req.method === 'HEAD';
  let body: Buffer | string = cacheable ? Buffer.from(text, 'utf8') : text;
  res.setHeader('Content-Length', String(typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length));
  if (cacheable && res.getHeader('etag') === undefined) res.setHeader('ETag', etag(body, { weak: true }));
  if (isFresh(req, res)) res.statusCode = 304;
  if (res.statusCode === 204 || res.statusCode === 304) {
    res.removeHeader('Content-Type');
    res.removeHeader('Content-Length');
    res.removeHeader('Transfer-Encoding');
    body = '';
  }
  if (res.statusCode === 205) {
    res.setHeader('Content-Length', '0');
    res.removeHeader('Transfer-Encoding');
    body = '';
  }
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}

/** Express's `req.fresh`. */
function isFresh(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const status = res.statusCode;
  if ((status < 200 || status >= 300) && status !== 304) return false;
  return fresh(req.headers, { etag: stringHeader(res, 'etag'), 'last-modified': stringHeader(res, 'last-modified') });
}

function stringHeader(res: ServerResponse, name: string): string | undefined {
  const value = res.getHeader(name);
  return value === undefined ? undefined : String(value);
}

/** A Content-Type parsed as Express's `content-type` (2.x) parses it: lower-cased type and names, first value wins. */
export interface MediaType {
  readonly type: string;
  readonly parameters: Readonly<Record<string, string>>;
}

export function parseMediaType(header: string): MediaType {
  const parameters: Record<string, string> = Object.create(null) as Record<string, string>;
  const length = header.length;
  let index = skipWhitespace(header, 0);
  const typeStart = index;
  index = skipValue(header, index);
  const type = header.slice(typeStart, trimEnd(header, typeStart, index)).toLowerCase();
  parameter: while (index < length) {
    index = skipWhitespace(header, index + 1);
    const keyStart = index;
    while (index < length) {
      const code = header.charCodeAt(index);
      if (code === SEMICOLON) continue parameter;
      if (code === EQUALS) {
        const key = header.slice(keyStart, trimEnd(header, keyStart, index)).toLowerCase();
        index = skipWhitespace(header, index + 1);
        if (index < length && header.charCodeAt(index) === QUOTE) {
          index++;
          let value = '';
          while (index < length) {
            const char = header.charCodeAt(index++);
            if (char === QUOTE) {
              index = skipValue(header, index);
              if (parameters[key] === undefined) parameters[key] = value;
              break;
            }
            if (char === BACKSLASH && index < length) {
              value += header[index++];
              continue;
            }
            value += String.fromCharCode(char);
          }
          continue parameter;
        }
        const valueStart = index;
        index = skipValue(header, index);
        if (parameters[key] === undefined) parameters[key] = header.slice(valueStart, trimEnd(header, valueStart, index));
        continue parameter;
      }
      index++;
    }
  }
  return { type, parameters };
}

const SEMICOLON = 59;
const EQUALS = 61;
const QUOTE = 34;
const BACKSLASH = 92;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const TEXT = /^[\t\u0020-\u007e\u0080-\u00ff]*$/;
const MEDIA_TYPE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function skipWhitespace(text: string, index: number): number {
  while (index < text.length && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9)) index++;
  return index;
}

function skipValue(text: string, index: number): number {
  while (index < text.length && text.charCodeAt(index) !== SEMICOLON) index++;
  return index;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return end;
}

const JSON_UTF8 = 'application/json; charset=utf-8';

/** Express's `setCharset(type, 'utf-8')` (parse, set the charset, format); throws on what cannot be formatted. */
export function withUtf8Charset(type: string): string {
  if (type === JSON_UTF8) return type;
  const parsed = parseMediaType(type);
  if (!MEDIA_TYPE.test(parsed.type)) throw new TypeError('invalid media type');
  let result = parsed.type;
  for (const [name, value] of Object.entries({ ...parsed.parameters, charset: 'utf-8' })) {
    if (!TOKEN.test(name)) throw new TypeError('invalid parameter name');
    if (TOKEN.test(value)) result += `; ${name}=${value}`;
    else if (TEXT.test(value)) result += `; ${name}="${value.replace(/[\\"]/g, '\\$&')}"`;
    else throw new TypeError('invalid parameter value');
  }
  return result;
}
