import { rolesOf, type AuditedRequest, type Principal } from '@juki/domain';
import { jstDate, type Role } from '@juki/policies';
import { principalOf, type AuthorizedContext } from '../graphql/authorization/request-scope';
import type { DataContext } from '../graphql/request-data-source';

/**
 * The request context as the audit area reads it: who (principal, from the identity layer), when
 * (`requestedAt`), the database, and from where — `sourceAddress`, the client's IP address as Express sees
 * it (`req.ip`), when the HTTP layer puts it in the context.
 */
export type AuditContext = AuthorizedContext & DataContext & { readonly sourceAddress?: string | null };

export function auditedRequest(context: AuditContext): AuditedRequest {
  return { at: context.requestedAt, source: context.sourceAddress ?? null };
}

/** Who the events of this request are about, and in which roles they acted. */
export function auditActor(context: AuditContext): { readonly principal: Principal; readonly roles: readonly Role[] } {
  const principal = principalOf(context);
  return { principal, roles: rolesOf(principal, jstDate(context.requestedAt)) };
}
