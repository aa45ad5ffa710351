import { OrganisationUnitEntity, RoleAssignmentEntity, type SessionGrant, type StaffEntity } from '@juki/domain';
import { grantInForce, jstDate, type Role } from '@juki/policies';
import { In, type EntityManager } from 'typeorm';
import { toGlobalId } from '../graphql/relay/global-id';
import { SessionRoleGrantType, SessionType } from './session.type';

export interface SessionFacts {
  readonly sessionId: string;
  readonly staff: StaffEntity;
  readonly passwordChangeRequired: boolean;
  readonly passwordExpiresAt: Date;
  readonly expiresAt: Date;
  readonly absoluteExpiresAt: Date;
  readonly token?: string | null;
}

/** Builds the Session the caller sees: their own basics, section and role grants (2 queries). */
export async function sessionView(manager: EntityManager, facts: SessionFacts, now: Date): Promise<SessionType> {
  const assignments = await manager.find(RoleAssignmentEntity, { where: { staffId: facts.staff.id }, order: { effectiveFrom: 'ASC', id: 'ASC' } });
  const unitIds = [...new Set([facts.staff.sectionId, ...assignments.flatMap((a) => (a.sectionId ? [a.sectionId] : []))])];
  const units = await manager.find(OrganisationUnitEntity, { where: { id: In(unitIds) }, select: { id: true, name: true } });
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const grants: SessionGrant[] = assignments.map((a) => ({
    id: a.id,
    role: a.role,
    sectionId: a.sectionId,
    sectionName: a.sectionId ? (unitName.get(a.sectionId) ?? null) : null,
    effectiveFrom: a.effectiveFrom,
    effectiveTo: a.effectiveTo,
  }));
  return sessionViewOf(facts, grants, unitName.get(facts.staff.sectionId) ?? '', now);
}

/**
 * The same view from what authentication already read (`AuthenticatedStaff.grants` / `sectionName`,
 * one statement with the session): `me` costs no further query.
 */
export function sessionViewOf(facts: SessionFacts, grants: readonly SessionGrant[], sectionName: string, now: Date): SessionType {
  const today = jstDate(now);
  const view = new SessionType();
  view.id = toGlobalId('Session', facts.sessionId);
  view.staffId = toGlobalId('Staff', facts.staff.id);
  view.employeeNumber = facts.staff.employeeNumber;
  view.name = facts.staff.name;
  view.nameKana = facts.staff.nameKana;
  view.title = facts.staff.title;
  view.sectionId = toGlobalId('OrganisationUnit', facts.staff.sectionId);
  view.sectionName = sectionName;
  view.grants = grants.map((a) => {
    const grant = new SessionRoleGrantType();
    grant.id = toGlobalId('RoleAssignment', a.id);
    grant.role = a.role;
    grant.sectionId = a.sectionId ? toGlobalId('OrganisationUnit', a.sectionId) : null;
    grant.sectionName = a.sectionId ? a.sectionName : null;
    grant.effectiveFrom = a.effectiveFrom;
    grant.effectiveTo = a.effectiveTo;
    return grant;
  });
  const inForce = grants.filter((a) =>
    grantInForce({ role: a.role, ...(a.sectionId ? { sectionId: a.sectionId } : {}), effectiveFrom: a.effectiveFrom, ...(a.effectiveTo ? { effectiveTo: a.effectiveTo } : {}) }, today),
  );
  view.roles = [...new Set(inForce.map((a) => a.role))].sort() as Role[];
  view.passwordChangeRequired = facts.passwordChangeRequired;
  view.passwordExpiresAt = facts.passwordExpiresAt;
  view.expiresAt = facts.expiresAt;
  view.absoluteExpiresAt = facts.absoluteExpiresAt;
  view.token = facts.token ?? null;
  return view;
}
