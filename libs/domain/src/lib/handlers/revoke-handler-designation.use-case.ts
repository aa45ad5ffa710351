import { checkHandlerDesignation, jstDate } from '@juki/policies';
import { runAuditedMutation, type AuditedChange, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { readForUpdate } from '../sessions/locking-read';
import { DomainError } from '../shared/domain-error';
import { RoleAssignmentEntity } from '../staff/role-assignment.entity';
import { HANDLER_DESIGNATION } from './designate-handler.use-case';
import { HandlerDesignationEntity } from './handler-designation.entity';
import { actorOf } from './handler-writes';

export const REVOKE_HANDLER_DESIGNATION_OPERATION = 'Mutation.revokeHandlerDesignation';

export interface RevokeHandlerDesignationInput {
  readonly designationId: string;
  /** The version the caller read: a designation changed meanwhile is not overwritten (CONFLICT). */
  readonly expectedVersion: number;
}

/**
 * 第8条: the security officer of the designation's section revokes it, from today: the HANDLER role it
 * granted ends (its last day becomes yesterday), so the person's very next request no longer acts as a
 * handler of the section. Another section's officer or any other role is refused (audited DENIED); a stale
 * version or a designation already revoked is CONFLICT (of two concurrent revocations exactly one wins).
 */
export async function revokeHandlerDesignation(env: IdentityEnvironment, request: IdentityRequest, input: RevokeHandlerDesignationInput): Promise<HandlerDesignationEntity> {
  const known = await env.reader.findOne(HandlerDesignationEntity, { where: { id: input.designationId }, select: { id: true, sectionId: true } });
  const attempted: AuditedChange = { recordType: HANDLER_DESIGNATION, recordIds: [input.designationId], sectionId: known?.sectionId ?? null };
  return runAuditedMutation(env, request, REVOKE_HANDLER_DESIGNATION_OPERATION, attempted, async (manager) => {
    const officer = actorOf(request.principal);
    const today = jstDate(request.now);
    const designation = await readForUpdate(manager, HandlerDesignationEntity, 'row.id = :id', { id: input.designationId });
    if (!designation) throw new DomainError('HANDLERS.NOT_FOUND');
    const authority = checkHandlerDesignation({ designator: officer, sectionId: designation.sectionId, on: today });
    if (!authority.ok) throw DomainError.fromViolations(authority.violations);
    const read = designation.version;
    const change = designation.revoke({ byId: officer.staffId, at: request.now, on: today, expectedVersion: input.expectedVersion });
    const updated = await manager.update(HandlerDesignationEntity, { id: designation.id, version: read }, change);
    if (updated.affected === 0) throw new DomainError('HANDLERS.STALE_VERSION', { expected: input.expectedVersion, actual: read + 1 });
    const role = await readForUpdate(manager, RoleAssignmentEntity, 'row.id = :id', { id: designation.roleAssignmentId });
    if (role) {
      await manager.update(RoleAssignmentEntity, { id: role.id }, { effectiveTo: HandlerDesignationEntity.roleEndFor(today), version: role.version + 1 });
    }
    return { result: designation, change: { recordType: HANDLER_DESIGNATION, recordIds: [designation.id], sectionId: designation.sectionId } };
  });
}
