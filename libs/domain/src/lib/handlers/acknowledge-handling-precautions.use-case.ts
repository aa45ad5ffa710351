import { grantInForce, jstDate } from '@juki/policies';
import { runAuditedMutation, type AuditedChange, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { readForUpdate } from '../sessions/locking-read';
import { requireStaff } from '../sessions/principal-guards';
import { DomainError } from '../shared/domain-error';
import { ACTIVE_SLOT, HandlerDesignationEntity } from './handler-designation.entity';
import { HandlingPrecautionsEntity } from './handling-precautions.entity';
import { insertOrConflict } from './handler-writes';
import { PrecautionAcknowledgementEntity } from './precaution-acknowledgement.entity';

export const ACKNOWLEDGE_HANDLING_PRECAUTIONS_OPERATION = 'Mutation.acknowledgeHandlingPrecautions';
export const PRECAUTION_ACKNOWLEDGEMENT = 'PrecautionAcknowledgement';

/**
 * 第9条第2項: a designated handler acknowledges the CURRENT version of their section's precautions, for
 * themselves only (the caller is the handler: there is no "on behalf of"). The acknowledgement keeps the
 * version and the SHA-256 of its text. Acknowledging a superseded version → HANDLERS.PRECAUTIONS_NOT_CURRENT
 * (CONFLICT); someone who is not a designated handler of that section in force → HANDLERS.NOT_DESIGNATED
 * (FORBIDDEN, audited DENIED). Acknowledging the same version again returns the first acknowledgement.
 */
export async function acknowledgeHandlingPrecautions(
  env: IdentityEnvironment,
  request: IdentityRequest,
  precautionsId: string,
): Promise<PrecautionAcknowledgementEntity> {
  const known = await env.reader.findOne(HandlingPrecautionsEntity, { where: { id: precautionsId }, select: { id: true, sectionId: true } });
  const attempted: AuditedChange = { recordType: PRECAUTION_ACKNOWLEDGEMENT, recordIds: [precautionsId], sectionId: known?.sectionId ?? null };
  return runAuditedMutation(env, request, ACKNOWLEDGE_HANDLING_PRECAUTIONS_OPERATION, attempted, async (manager) => {
    const handler = requireStaff(request.principal);
    const today = jstDate(request.now);
    // Locks the version against a concurrent publication superseding it.
    const precautions = await readForUpdate(manager, HandlingPrecautionsEntity, 'row.id = :id', { id: precautionsId });
    if (!precautions) throw new DomainError('HANDLERS.PRECAUTIONS_NOT_FOUND');
    const holdsRole = handler.grants.some((g) => g.role === 'HANDLER' && g.sectionId === precautions.sectionId && grantInForce(g, today));
    const designation = holdsRole
      ? await readForUpdate(manager, HandlerDesignationEntity, 'row.staffId = :staffId AND row.sectionId = :sectionId AND row.activeSlot = :slot', {
          staffId: handler.staffId,
          sectionId: precautions.sectionId,
          slot: ACTIVE_SLOT,
        })
      : null;
    if (!designation) throw new DomainError('HANDLERS.NOT_DESIGNATED');
    if (!precautions.current) throw new DomainError('HANDLERS.PRECAUTIONS_NOT_CURRENT', { version: precautions.documentVersion });
    const existing = await manager.findOne(PrecautionAcknowledgementEntity, { where: { precautionsId: precautions.id, staffId: handler.staffId } });
    const acknowledgement = existing ?? PrecautionAcknowledgementEntity.record({ precautions, designation, at: request.now });
    if (!existing) {
      await insertOrConflict(
        () => manager.insert(PrecautionAcknowledgementEntity, acknowledgement),
        () => new DomainError('HANDLERS.PRECAUTIONS_NOT_CURRENT', { version: precautions.documentVersion }),
      );
    }
    return {
      result: acknowledgement,
      change: { recordType: PRECAUTION_ACKNOWLEDGEMENT, recordIds: [acknowledgement.id, precautions.id], sectionId: precautions.sectionId },
    };
  });
}
