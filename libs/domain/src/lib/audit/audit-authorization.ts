import { jstDate, operationAllowed, type Role } from '@juki/policies';
import { rolesOf, type Principal } from '../access/principal';
import { DomainError } from '../shared/domain-error';

/** When and from where an audited use case was asked for (the request's instant and client address). */
export interface AuditedRequest {
  readonly at: Date;
  readonly source: string | null;
}

/**
 * The roles of `principal` on the request's day, if it may call `operation` (OPERATION_MATRIX);
 * otherwise PERMISSIONS.FORBIDDEN. The API checks the matrix before the resolver runs; the use case
 * checks again so that no other caller (a script, a job) can go around it.
 */
export function rolesAllowedFor(principal: Principal, operation: string, request: AuditedRequest): readonly Role[] {
  const roles = rolesOf(principal, jstDate(request.at));
  if (!operationAllowed(operation, roles)) throw new DomainError('PERMISSIONS.FORBIDDEN');
  return roles;
}
