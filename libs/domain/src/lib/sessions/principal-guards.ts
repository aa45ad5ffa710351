import { jstDate, type Role } from '@juki/policies';
import { rolesOf, type Principal } from '../access/principal';
import { DomainError } from '../shared/domain-error';

/** The person behind a session, or a refusal: anonymous → sign in; a ward system's token → forbidden. */
export function requireStaff(principal: Principal): Extract<Principal, { kind: 'STAFF' }> {
  if (principal.kind === 'STAFF') return principal;
  if (principal.kind === 'ANONYMOUS') throw new DomainError('PERMISSIONS.SIGN_IN_REQUIRED');
  throw new DomainError('PERMISSIONS.FORBIDDEN');
}

/** Whether the principal acts in `role` on the date of `now`. */
export function actsAs(principal: Principal, role: Role, now: Date): boolean {
  return rolesOf(principal, jstDate(now)).includes(role);
}

/** The person, holding `role` on the date of `now` — the use case's own check behind the API's guard. */
export function requireRole(principal: Principal, role: Role, now: Date): Extract<Principal, { kind: 'STAFF' }> {
  const staff = requireStaff(principal);
  if (!actsAs(staff, role, now)) throw new DomainError('PERMISSIONS.FORBIDDEN');
  return staff;
}
