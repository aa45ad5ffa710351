import { rolesOf, type Principal } from '@juki/domain';
import type { IsoDate, Role } from '@juki/policies';

/**
 * Who asks, reduced to what decides an operation's verdict: the kind of principal, its roles on the
 * request date, whether it must change its password first, and (ward systems) its token's scopes.
 * Two requests with the same subject key get the same verdict for the same document.
 */
export interface AccessSubject {
  readonly kind: Principal['kind'];
  readonly roles: readonly Role[];
  readonly passwordChangeRequired: boolean;
  /** The scopes of a ward system's token; null for people and anonymous callers. */
  readonly tokenScopes: readonly string[] | null;
  readonly key: string;
}

export function accessSubject(principal: Principal, today: IsoDate): AccessSubject {
  const roles = [...rolesOf(principal, today)].sort();
  const passwordChangeRequired = principal.kind === 'STAFF' && principal.passwordChangeRequired;
  const tokenScopes = principal.kind === 'API_CLIENT' ? [...principal.scopes].sort() : null;
  const key = `${principal.kind}|${roles.join(',')}|${passwordChangeRequired ? 'P' : ''}|${tokenScopes ? tokenScopes.join(',') : ''}`;
  return { kind: principal.kind, roles, passwordChangeRequired, tokenScopes, key };
}
