import { createHash, randomBytes } from 'node:crypto';

/**
 * Opaque bearer secrets: 32 random bytes, base64url, behind a prefix that names the kind (a session of a
 * person or the token of an API client) so that a leaked token is recognisable and routed without a
 * database lookup. Only `hashSecretToken(token)` is stored.
 */
export const SECRET_TOKEN_KINDS = { session: 'jss_', apiClient: 'jsa_' } as const;
export type SecretTokenKind = keyof typeof SECRET_TOKEN_KINDS;

const TOKEN_BYTES = 32;
/** 32 bytes in base64url without padding. */
const BODY = /^[A-Za-z0-9_-]{43}$/;

export function newSecretToken(kind: SecretTokenKind): string {
  return SECRET_TOKEN_KINDS[kind] + randomBytes(TOKEN_BYTES).toString('base64url');
}

/** The kind of a well-formed token, or null for anything else (forged, truncated, another format). */
export function secretTokenKind(token: string): SecretTokenKind | null {
  for (const kind of Object.keys(SECRET_TOKEN_KINDS) as SecretTokenKind[]) {
    const prefix = SECRET_TOKEN_KINDS[kind];
    if (token.startsWith(prefix) && BODY.test(token.slice(prefix.length))) return kind;
  }
  return null;
}

/** Lower-case hex SHA-256: what the database stores and looks tokens up by. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
