import { ANONYMOUS, type Authenticated, type Principal } from '@juki/domain';
import type { Request, Response } from 'express';
import type { IdentityRuntime } from './identity-runtime';
import { bearerToken, readCookie, SESSION_COOKIE, sessionCookieJar, sourceAddressOf, type SessionCookieJar } from './session-cookie';

/** The identity layer's view of one request: how it was authenticated and how to answer with a cookie. */
export interface RequestIdentity {
  readonly runtime: IdentityRuntime;
  /** The session or API client behind the request; null when anonymous (no, forged, expired or ended token). */
  readonly authenticated: Authenticated | null;
  /** How the secret came: the console's cookie or an Authorization header. */
  readonly via: 'cookie' | 'bearer' | null;
  readonly cookie: SessionCookieJar;
}

export interface ResolvedRequest {
  readonly principal: Principal;
  readonly sourceAddress: string | null;
  readonly identity: RequestIdentity;
}

/**
 * Resolves who sends a request: `Authorization: Bearer <token>` (a session token or an API client's
 * token) when present, else the console's `juki_session` cookie, else nobody. Whatever does not
 * authenticate — a forged, expired or ended token — is ANONYMOUS; an operation that needs a principal
 * then fails UNAUTHENTICATED in the authorization layer.
 */
export async function resolveRequest(runtime: IdentityRuntime, req: Request, res: Response, now: Date): Promise<ResolvedRequest> {
  const bearer = bearerToken(req.get('authorization'));
  const cookie = bearer === undefined ? readCookie(req.get('cookie'), SESSION_COOKIE) : undefined;
  const token = bearer ?? cookie;
  const found = token ? await runtime.authenticate(token, now) : null;
  // A ward system's token is a header credential only; the cookie carries sessions of people.
  const authenticated = found && bearer === undefined && found.kind !== 'STAFF' ? null : found;
  return {
    principal: authenticated?.principal ?? ANONYMOUS,
    sourceAddress: sourceAddressOf(req),
    identity: { runtime, authenticated, via: authenticated ? (bearer !== undefined ? 'bearer' : 'cookie') : null, cookie: sessionCookieJar(req, res) },
  };
}
