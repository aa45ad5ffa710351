import type { RoleGrant } from '@juki/policies';
import type { EntityManager } from 'typeorm';
import { RoleAssignmentEntity } from './role-assignment.entity';
import { StaffEntity } from './staff.entity';

/** Every role grant of a person (past, current and future: `rolesOf` picks those in force on a date). */
export async function loadRoleGrants(manager: EntityManager, staffId: string): Promise<RoleGrant[]> {
  const rows = await manager.find(RoleAssignmentEntity, { where: { staffId }, order: { effectiveFrom: 'ASC', id: 'ASC' } });
  return rows.map((r) => r.toGrant());
}

/** The section a person works in (the audit trail's section of records about them), or null. */
export async function sectionOfStaff(manager: EntityManager, staffId: string): Promise<string | null> {
  const staff = await manager.findOne(StaffEntity, { where: { id: staffId }, select: { id: true, sectionId: true } });
  return staff?.sectionId ?? null;
}
