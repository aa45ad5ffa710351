import { ANONYMOUS, type Authenticated, type Principal } from '@juki/domain';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { headerOf, type TrustProxy } from '../app/http-exchange';
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
/** One HTTP request and its response, with the app's `trust proxy` (which peers' X-Forwarded-* are believed). */
export interface HttpRequestOf {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly trustProxy: TrustProxy;
}

export async function resolveRequest(runtime: IdentityRuntime, { req, res, trustProxy }: HttpRequestOf, now: Date): Promise<ResolvedRequest> {
  const bearer = bearerToken(headerOf(req, 'authorization'));
  const cookie = bearer === undefined ? readCookie(headerOf(req, 'cookie'), SESSION_COOKIE) : undefined;
  const token = bearer ?? cookie;
  const found = token ? await runtime.authenticate(token, now) : null;
  // A ward system's token is a header credential only; the cookie carries sessions of people.
  const authenticated = found && bearer === undefined && found.kind !== 'STAFF' ? null : found;
  return {
    principal: authenticated?.principal ?? ANONYMOUS,
    sourceAddress: sourceAddressOf(req, trustProxy),
    identity: { runtime, authenticated, via: authenticated ? (bearer !== undefined ? 'bearer' : 'cookie') : null, cookie: sessionCookieJar(req, res, trustProxy) },
  };
}
