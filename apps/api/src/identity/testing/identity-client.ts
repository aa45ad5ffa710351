import type { GraphqlResponse } from '../../testing/test-api';

export interface RequestOptions {
  /** `juki_session=<token>` is sent as a cookie. */
  readonly cookie?: string;
  /** Sent as `Authorization: Bearer <token>`. */
  readonly bearer?: string;
  /** The client address as a trusted proxy forwards it (X-Forwarded-For). */
  readonly forwardedFor?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface IdentityResponse extends GraphqlResponse {
  readonly setCookie: string[];
}

/** One GraphQL operation over HTTP with a session cookie, a bearer token or neither. */
export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<IdentityResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...options.headers };
  if (options.cookie) headers['cookie'] = `juki_session=${options.cookie}`;
  if (options.bearer) headers['authorization'] = `Bearer ${options.bearer}`;
  if (options.forwardedFor) headers['x-forwarded-for'] = options.forwardedFor;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as GraphqlResponse['body'], text, setCookie: response.headers.getSetCookie() };
}

/** The value of the juki_session cookie a response sets, if any. */
export function sessionCookieOf(response: IdentityResponse): string | undefined {
  const cookie = response.setCookie.find((c) => c.startsWith('juki_session='));
  const value = cookie?.slice('juki_session='.length).split(';')[0];
  return value === undefined || value === '' ? undefined : value;
}

export const SIGN_IN = `mutation SignIn($card: String!, $password: String!, $returnToken: Boolean) {
  signIn(idCardNumber: $card, password: $password, returnToken: $returnToken) {
    id staffId name sectionName roles passwordChangeRequired passwordExpiresAt expiresAt absoluteExpiresAt token
    grants { role sectionName effectiveFrom effectiveTo }
  }
}`;

export const ME = `{ me { id staffId employeeNumber name roles passwordChangeRequired expiresAt } }`;

export const CHANGE_PASSWORD = `mutation Change($current: String!, $next: String!) {
  changePassword(currentPassword: $current, newPassword: $next) { passwordChangeRequired passwordExpiresAt }
}`;

export const SIGN_OUT = `mutation { signOut }`;

/** The first error's code and reason. */
export function errorOf(response: GraphqlResponse): { code: unknown; reason: unknown } | undefined {
  const error = response.body.errors?.[0];
  return error ? { code: error.extensions?.['code'], reason: error.extensions?.['reason'] } : undefined;
}
