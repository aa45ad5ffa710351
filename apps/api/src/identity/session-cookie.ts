import type { Request, Response } from 'express';

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

/** The client address of the request (Express's `req.ip`, which obeys `trust proxy`); IPv4-mapped IPv6 as IPv4. */
export function sourceAddressOf(req: Request): string | null {
  const ip = req.ip ?? req.socket.remoteAddress;
  if (!ip) return null;
  return (ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip).slice(0, 45);
}

/** Sets and clears the session cookie on one response. */
export interface SessionCookieJar {
  /** HttpOnly, SameSite=Strict, Path=/, Secure when the request came over TLS; it lives until `expiresAt`. */
  set(token: string, expiresAt: Date, now: Date): void;
  clear(): void;
}

export function sessionCookieJar(req: Request, res: Response): SessionCookieJar {
  const base = { httpOnly: true, sameSite: 'strict' as const, path: '/', secure: req.secure };
  return {
    set(token, expiresAt, now) {
      res.cookie(SESSION_COOKIE, token, { ...base, maxAge: Math.max(0, expiresAt.getTime() - now.getTime()) });
    },
    clear() {
      res.clearCookie(SESSION_COOKIE, base);
    },
  };
}
