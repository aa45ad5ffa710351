import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable, Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import iconv from 'iconv-lite';
import typeis from 'type-is';
import { headerOf, parseMediaType, sendJson } from '../../app/http-exchange';
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

/** A refusal with its reason code and text in Japanese and English. */
export function refuse(req: IncomingMessage, res: ServerResponse, status: number, reason: RequestMessageCode, params: Record<string, string | number> = {}): void {
  const text = requestMessage(reason, params);
  sendJson(req, res, status, { error: { code: 'BAD_REQUEST', reason, message: text.en, text } });
}

const ALLOWED_HEADERS = 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id';

/**
 * The guards in front of `/graphql`, in order, on plain `node:http` objects; each returns false when it
 * has answered the request itself.
 *
 * 1. Origin check and CORS: a browser request from another origin is refused (403) unless that origin is
 *    allowlisted, in which case it gets CORS headers (credentials included: the console's session cookie)
 *    and its preflight (OPTIONS) is answered here (204). Requests without an Origin header (servers, ward
 *    systems, curl) pass: they carry no ambient cookie risk.
 * 2. A POST must say `Content-Type: application/json` (no form or text/plain posts: CSRF, 415 otherwise).
 *
 * The body is then read by `readJsonBody` under the size limit.
 */
export function graphqlHttpGuards(options: GraphqlHttpGuardOptions = {}): (req: IncomingMessage, res: ServerResponse) => boolean {
  const allowed = new Set(options.allowedOrigins ?? []);
  return (req, res) => {
    const origin = headerOf(req, 'origin');
    if (origin !== undefined && !isSameOrigin(origin, headerOf(req, 'host'))) {
      if (!allowed.has(origin)) {
        refuse(req, res, 403, 'REQUEST.ORIGIN_NOT_ALLOWED');
        return false;
      }
      res.setHeader('Vary', 'Origin');
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-allow-credentials', 'true');
      if (req.method === 'OPTIONS') {
        res.setHeader('access-control-allow-methods', 'GET, POST');
        res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
        res.setHeader('access-control-max-age', '600');
        res.statusCode = 204;
        res.end();
        return false;
      }
    }
    if (req.method === 'POST' && !typeis(req, ['application/json'])) {
      refuse(req, res, 415, 'REQUEST.CONTENT_TYPE');
      return false;
    }
    return true;
  };
}

function isSameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The outcome of reading a request body: the parsed JSON (undefined when the request has no JSON body,
 * as Express's `express.json()` leaves it), or the HTTP status of a refusal (413: the size limit).
 */
export type JsonBody = { readonly ok: true; readonly body: unknown } | { readonly ok: false; readonly status: 400 | 413 | 415 };

const NO_BODY: JsonBody = { ok: true, body: undefined };
const MALFORMED: JsonBody = { ok: false, status: 400 };
const UNSUPPORTED: JsonBody = { ok: false, status: 415 };
const TOO_LARGE: JsonBody = { ok: false, status: 413 };

/**
 * Reads and parses a JSON body as `express.json({ limit })` did (same skips, charsets, encodings and
 * statuses), but stops reading at the limit: the 413 is answered as soon as the declared Content-Length
 * or the bytes received so far exceed it (bytes after decompression, as body-parser counts them), never
 * after draining the rest.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<JsonBody> {
  if (!typeis.hasBody(req) || !typeis(req, ['application/json'])) return NO_BODY;
  const charset = (parseMediaType(req.headers['content-type'] ?? '').parameters['charset'] || 'utf-8').toLowerCase();
  if (!charset.startsWith('utf-')) return UNSUPPORTED;
  const encoding = (headerOf(req, 'content-encoding') || 'identity').toLowerCase();
  let inflate: Transform | undefined;
  let length: number | null = null;
  if (encoding === 'identity') {
    const declared = req.headers['content-length'];
    length = declared !== undefined && !isNaN(Number(declared)) ? parseInt(declared, 10) : null;
    if (length !== null && length > maxBytes) return TOO_LARGE;
  } else {
    inflate = decompressor(encoding);
    if (!inflate) return UNSUPPORTED;
  }
  if (charset !== 'utf-8' && !iconv.encodingExists(charset)) return UNSUPPORTED;
  if (inflate) req.pipe(inflate);
  const read = await readBytes(inflate ?? req, maxBytes, length);
  if (inflate) {
    req.unpipe(inflate);
    inflate.on('error', () => undefined);
    inflate.destroy();
    if (read.ok) req.resume();
  }
  if (!read.ok) return read.status === 413 ? TOO_LARGE : MALFORMED;
  const text = charset === 'utf-8' ? utf8(read.bytes) : iconv.decode(read.bytes, charset);
  return parseStrictJson(text);
}

function decompressor(encoding: string): Transform | undefined {
  switch (encoding) {
    case 'deflate':
      return zlib.createInflate();
    case 'gzip':
      return zlib.createGunzip();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      // body-parser also takes zstd where Node has it (Node 22.15+); this API runs on Node 20.
      return undefined;
  }
}

type ReadBytes = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly status: 400 | 413 };

/** Collects a stream's bytes up to `limit`; past it, stops (pauses) at once. */
function readBytes(stream: Readable, limit: number, length: number | null): Promise<ReadBytes> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (result: ReadBytes): void => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
      if (!result.ok) stream.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > limit) finish({ ok: false, status: 413 });
      else chunks.push(chunk);
    };
    const onEnd = (): void => {
      if (length !== null && received !== length) finish({ ok: false, status: 400 });
      else finish({ ok: true, bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, received) });
    };
    const onError = (): void => finish({ ok: false, status: 400 });
    // Closed before its end: the client went away (or the decompressor was destroyed).
    const onClose = (): void => finish({ ok: false, status: 400 });
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}

/** UTF-8 without a byte-order mark (iconv-lite, which body-parser decodes with, strips it). */
function utf8(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** body-parser's strict JSON: an empty body is `{}`; anything but an object or array at the top is malformed. */
function parseStrictJson(text: string): JsonBody {
  if (text.length === 0) return { ok: true, body: {} };
  const first = /^[ \t\n\r]*([^ \t\n\r]|$)/.exec(text)?.[1];
  if (first !== '{' && first !== '[') return MALFORMED;
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return MALFORMED;
  }
}
