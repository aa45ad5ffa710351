import type { IncomingMessage, ServerResponse } from 'node:http';
import { serialize } from 'cookie';
import { clientAddressOf, isSecureRequest, type TrustProxy } from '../app/http-exchange';

/** The console's session cookie. */
export const SESSION_COOKIE = 'juki_session';

/** The value of one cookie of the request (the first occurrence), or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() !== name) continue;
    const value = part.slice(index + 1).trim();
    return value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
  }
  return undefined;
}

/** The token of `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header ? /^Bearer[ ]+([^\s]+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/** The client address of the request (as Express's `req.ip`, obeying `trust proxy`); IPv4-mapped IPv6 as IPv4. */
export function sourceAddressOf(req: IncomingMessage, trust: TrustProxy): string | null {
  const ip = clientAddressOf(req, trust) ?? req.socket.remoteAddress;
  if (!ip) return null;
  return (ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip).slice(0, 45);
}

/** Sets and clears the session cookie on one response. */
export interface SessionCookieJar {
  /** HttpOnly, SameSite=Strict, Path=/, Secure when the request came over TLS; it lives until `expiresAt`. */
  set(token: string, expiresAt: Date, now: Date): void;
  clear(): void;
}

/**
 * The jar of one response. `Set-Cookie` is written byte for byte as Express's `res.cookie` /
 * `res.clearCookie` wrote it (the same `cookie` package): Max-Age in whole seconds and Expires from the
 * process's wall clock when set, Expires at the epoch when cleared; `secure` as Express's `req.secure`.
 */
export function sessionCookieJar(req: IncomingMessage, res: ServerResponse, trust: TrustProxy): SessionCookieJar {
  const base = () => ({ httpOnly: true, sameSite: 'strict' as const, path: '/', secure: isSecureRequest(req, trust) });
  return {
    set(token, expiresAt, now) {
      const maxAge = Math.max(0, expiresAt.getTime() - now.getTime());
      appendSetCookie(res, serialize(SESSION_COOKIE, token, { ...base(), expires: new Date(Date.now() + maxAge), maxAge: Math.floor(maxAge / 1000) }));
    },
    clear() {
      appendSetCookie(res, serialize(SESSION_COOKIE, '', { ...base(), expires: new Date(1) }));
    },
  };
}

/** Express's `res.append('Set-Cookie', …)`: one cookie is a string, more an array. */
function appendSetCookie(res: ServerResponse, cookie: string): void {
  const prior = res.getHeader('Set-Cookie');
  if (prior === undefined) res.setHeader('Set-Cookie', cookie);
  else res.setHeader('Set-Cookie', (Array.isArray(prior) ? prior : [String(prior)]).concat(cookie));
}
