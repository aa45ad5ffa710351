import { randomUUID } from 'node:crypto';
import { checkLegalHoldScope } from '@juki/policies';
import { IsNull, type EntityManager } from 'typeorm';
import type { Principal } from '../access/principal';
import { DomainError } from '../shared/domain-error';
import { rolesAllowedFor, type AuditedRequest } from './audit-authorization';
import { AuditLegalHoldEntity } from './audit-legal-hold.entity';
import { appendAuditEvent, lockAuditChainHead } from './audit-trail';

export const PLACE_LEGAL_HOLD_OPERATION = 'Mutation.placeAuditLegalHold';
export const RELEASE_LEGAL_HOLD_OPERATION = 'Mutation.releaseAuditLegalHold';

export interface PlaceAuditLegalHoldInput {
  readonly caseReference: string;
  readonly reason: string;
  readonly coversFrom: Date | null;
  readonly coversUntil: Date | null;
  readonly recordType: string | null;
}

/**
 * The system officer places a legal hold on the operation history (第19条第1項): what it covers is not
 * purged while it is in force. Audited in the same transaction. It takes the chain head lock first, so
 * it is ordered strictly before or after any concurrent purge.
 */
export async function placeAuditLegalHold(
  manager: EntityManager,
  principal: Principal,
  input: PlaceAuditLegalHoldInput,
  request: AuditedRequest,
): Promise<AuditLegalHoldEntity> {
  const roles = rolesAllowedFor(principal, PLACE_LEGAL_HOLD_OPERATION, request);
  const reason = input.reason.trim();
  const verdict = checkLegalHoldScope({ ...input, reason });
  if (!verdict.ok) throw DomainError.fromViolations(verdict.violations);
  await lockAuditChainHead(manager);
  const hold = Object.assign(new AuditLegalHoldEntity(), {
    id: randomUUID(),
    caseReference: input.caseReference,
    reason,
    coversFrom: input.coversFrom,
    coversUntil: input.coversUntil,
    recordType: input.recordType,
    placedAt: request.at,
    placedByStaffId: principal.kind === 'STAFF' ? principal.staffId : null,
    releasedAt: null,
    releasedByStaffId: null,
    version: 1,
  });
  await manager.insert(AuditLegalHoldEntity, hold);
  await appendAuditEvent(manager, {
    principal,
    roles,
    operation: PLACE_LEGAL_HOLD_OPERATION,
    recordType: 'AuditLegalHold',
    recordIds: [hold.id],
    sectionId: null,
    source: request.source,
    outcome: 'SUCCESS',
    occurredAt: request.at,
  });
  return hold;
}

/**
 * The system officer releases a legal hold (the events it covered become purgeable again once past
 * retention). `expectedVersion` is the version the officer saw: a stale one fails (AUDIT.LEGAL_HOLD_STALE),
 * never overwrites.
 */
export async function releaseAuditLegalHold(
  manager: EntityManager,
  principal: Principal,
  input: { readonly id: string; readonly expectedVersion: number },
  request: AuditedRequest,
): Promise<AuditLegalHoldEntity> {
  const roles = rolesAllowedFor(principal, RELEASE_LEGAL_HOLD_OPERATION, request);
  await lockAuditChainHead(manager);
  const repository = manager.getRepository(AuditLegalHoldEntity);
  const hold = await repository.findOneBy({ id: input.id });
  if (!hold) throw new DomainError('AUDIT.LEGAL_HOLD_NOT_FOUND');
  if (!hold.inForce) throw new DomainError('AUDIT.LEGAL_HOLD_ALREADY_RELEASED');
  if (hold.version !== input.expectedVersion) throw new DomainError('AUDIT.LEGAL_HOLD_STALE');
  const releasedByStaffId = principal.kind === 'STAFF' ? principal.staffId : null;
  const updated = await repository
    .createQueryBuilder()
    .update(AuditLegalHoldEntity)
    .set({ releasedAt: request.at, releasedByStaffId, version: () => 'version + 1' })
    .where('id = :id AND version = :version AND released_at IS NULL', { id: hold.id, version: input.expectedVersion })
    .execute();
  if (updated.affected === 0) throw new DomainError('AUDIT.LEGAL_HOLD_STALE');
  await appendAuditEvent(manager, {
    principal,
    roles,
    operation: RELEASE_LEGAL_HOLD_OPERATION,
    recordType: 'AuditLegalHold',
    recordIds: [hold.id],
    sectionId: null,
    source: request.source,
    outcome: 'SUCCESS',
    occurredAt: request.at,
  });
  return Object.assign(hold, { releasedAt: request.at, releasedByStaffId, version: hold.version + 1 });
}

/** The legal holds, newest first; `inForceOnly` for those that still keep events. */
export function listAuditLegalHolds(manager: EntityManager, options: { readonly inForceOnly?: boolean } = {}): Promise<AuditLegalHoldEntity[]> {
  return manager.getRepository(AuditLegalHoldEntity).find({
    where: options.inForceOnly ? { releasedAt: IsNull() } : {},
    order: { placedAt: 'DESC', id: 'ASC' },
  });
}
