import { checkHandlerDesignation, checkHandlerPermissions, jstDate, type HandlerPermission } from '@juki/policies';
import { runAuditedMutation, type AuditedChange, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { readForUpdate } from '../sessions/locking-read';
import { DomainError } from '../shared/domain-error';
import { RoleAssignmentEntity } from '../staff/role-assignment.entity';
import { sectionOfStaff } from '../staff/staff-grants';
import { StaffEntity } from '../staff/staff.entity';
import { ACTIVE_SLOT, HandlerDesignationEntity } from './handler-designation.entity';
import { actorOf, insertOrConflict, readManyForUpdate } from './handler-writes';

export const DESIGNATE_HANDLER_OPERATION = 'Mutation.designateHandler';
export const HANDLER_DESIGNATION = 'HandlerDesignation';

export interface DesignateHandlerInput {
  readonly staffId: string;
  readonly permissions: readonly string[];
}

/**
 * 第8条: the security officer of a person's section designates them a handler, with their permissions
 * (第12条第7号), from today; the designation grants the HANDLER role for that section (see
 * HandlerDesignationEntity). Anyone else — another section's officer, another role, a ward system — is
 * refused (AUTHORITY.DESIGNATOR_NOT_SECTION_SECURITY_OFFICER, audited DENIED). A person already designated
 * in force for the section → HANDLERS.ALREADY_DESIGNATED (CONFLICT): of two concurrent designations of the
 * same person exactly one succeeds (the staff row is locked; the unique active slot is the backstop).
 */
export async function designateHandler(env: IdentityEnvironment, request: IdentityRequest, input: DesignateHandlerInput): Promise<HandlerDesignationEntity> {
  // The refusal of an attempt is audited under the person's section, so their officer sees it.
  const attempted: AuditedChange = { recordType: HANDLER_DESIGNATION, recordIds: [input.staffId], sectionId: await sectionOfStaff(env.reader, input.staffId) };
  return runAuditedMutation(env, request, DESIGNATE_HANDLER_OPERATION, attempted, async (manager) => {
    const designator = actorOf(request.principal);
    const today = jstDate(request.now);
    const staff = await readForUpdate(manager, StaffEntity, 'row.id = :id', { id: input.staffId });
    if (!staff) throw new DomainError('OPERATORS.STAFF_NOT_FOUND');
    const authority = checkHandlerDesignation({ designator, sectionId: staff.sectionId, on: today });
    if (!authority.ok) throw DomainError.fromViolations(authority.violations);
    const permissions = checkHandlerPermissions(input.permissions);
    if (!permissions.ok) throw DomainError.fromViolations(permissions.violations);
    if (!staff.employed) throw new DomainError('HANDLERS.STAFF_NOT_EMPLOYED');
    const alreadyDesignated = () => new DomainError('HANDLERS.ALREADY_DESIGNATED', { section: staff.sectionId });
    const inForce = await readManyForUpdate(manager, HandlerDesignationEntity, 'row.staffId = :staffId AND row.sectionId = :sectionId AND row.activeSlot = :slot', {
      staffId: staff.id,
      sectionId: staff.sectionId,
      slot: ACTIVE_SLOT,
    });
    if (inForce.length > 0) throw alreadyDesignated();
    const { designation, role } = HandlerDesignationEntity.designate({
      staff,
      permissions: input.permissions as readonly HandlerPermission[],
      designatedById: designator.staffId,
      designatedAt: request.now,
      designatedOn: today,
    });
    await manager.insert(RoleAssignmentEntity, role);
    await insertOrConflict(() => manager.insert(HandlerDesignationEntity, designation), alreadyDesignated);
    return { result: designation, change: { recordType: HANDLER_DESIGNATION, recordIds: [designation.id], sectionId: staff.sectionId } };
  });
}
