import { randomUUID } from 'node:crypto';
import { checkPurge, DEFAULT_PROFILE, mayPurge, type PolicyProfile } from '@juki/policies';
import { IsNull, type EntityManager } from 'typeorm';
import type { Principal } from '../access/principal';
import { DomainError } from '../shared/domain-error';
import { AuditChainHeadEntity, OPERATION_HISTORY_CHAIN } from './audit-chain-head.entity';
import { AuditChainLinkChecker } from './audit-chain.checker';
import { rolesAllowedFor, type AuditedRequest } from './audit-authorization';
import { AuditCheckpointEntity } from './audit-checkpoint.entity';
import { AuditEventEntity } from './audit-event.entity';
import { AuditLegalHoldEntity } from './audit-legal-hold.entity';
import { appendAuditEvent, lockAuditChainHead } from './audit-trail';
import { auditEventPage, latestAuditCheckpoint } from './verify-audit-chain.use-case';

export const PURGE_AUDIT_EVENTS_OPERATION = 'Mutation.purgeAuditEvents';

/** Events removed by one purge at most (one bounded transaction, also on Galera); purge again for more. */
export const MAX_PURGE_EVENTS = 10_000;

export interface PurgeAuditEventsInput {
  /** Purge events that occurred before this instant (it must itself be past retention). */
  readonly before: Date;
  /** At most this many events (default and upper bound MAX_PURGE_EVENTS). */
  readonly maxEvents?: number;
}

/** Why the purge stopped where it did. */
export type PurgeStop = 'BEFORE' | 'LEGAL_HOLD' | 'RETENTION' | 'LIMIT' | 'END';

export interface PurgeAuditEventsResult {
  readonly purgedCount: number;
  /** The checkpoint left behind (null when nothing was purged). */
  readonly checkpoint: AuditCheckpointEntity | null;
  readonly stoppedBy: PurgeStop;
  /** The first event kept (the purge's own event when everything before it went). */
  readonly firstKeptSequence: number;
  /** The event recording this purge. */
  readonly event: AuditEventEntity;
}

/** Pages of the walk: small first (a purge usually stops at once: nothing old enough), doubling up to 1,000. */
const FIRST_PAGE = 32;
const MAX_PAGE = 1_000;

/**
 * How many events the next page reads: double the previous one (from 32, at most 1,000), and never more than
 * the walk can still use — the events it may still purge plus the one that tells why it stops.
 */
export function purgePageSize(previous: number, purgedSoFar: number, limit: number): number {
  const grown = previous === 0 ? FIRST_PAGE : Math.min(MAX_PAGE, previous * 2);
  return Math.max(1, Math.min(grown, limit - purgedSoFar + 1));
}

/**
 * Purges the operation history past its keeping period (第19条第1項: 7 years, `checkPurge`/`mayPurge`
 * with kind `operationHistory`) and never what a legal hold in force covers. Only the system officer
 * (OPERATION_MATRIX). Run it FIRST in its own transaction (`withTransaction`): it locks the chain head
 * before reading the holds, so a hold placed concurrently is either seen or placed after.
 *
 * What goes is always a PREFIX of the chain — from the first event up to the first one that must stay
 * (too recent, held, or the limit) — so what remains is one unbroken chain. The purged prefix is
 * verified first (a tampered history is not purged: AUDIT.CHAIN_BROKEN); the hash and sequence of its
 * last event become a checkpoint from which verification starts; and the purge appends its own event,
 * naming the checkpoint, in the same transaction.
 */
export async function purgeAuditEvents(
  manager: EntityManager,
  principal: Principal,
  input: PurgeAuditEventsInput,
  request: AuditedRequest,
  profile: PolicyProfile = DEFAULT_PROFILE,
): Promise<PurgeAuditEventsResult> {
  const roles = rolesAllowedFor(principal, PURGE_AUDIT_EVENTS_OPERATION, request);
  // Refuse a `before` inside the keeping period: an event of the instant just before it could not go.
  const verdict = checkPurge({ kind: 'operationHistory', createdAt: new Date(input.before.getTime() - 1), now: request.at, legalHold: false }, profile);
  if (!verdict.ok) throw DomainError.fromViolations(verdict.violations);
  const limit = input.maxEvents ?? MAX_PURGE_EVENTS;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PURGE_EVENTS) throw new DomainError('AUDIT.PURGE_LIMIT_INVALID', { max: MAX_PURGE_EVENTS });

  await lockAuditChainHead(manager);
  const holds = await manager.getRepository(AuditLegalHoldEntity).findBy({ releasedAt: IsNull() });
  const previousCheckpoint = await latestAuditCheckpoint(manager);
  const checker = new AuditChainLinkChecker(previousCheckpoint ? { sequence: previousCheckpoint.sequence, hash: previousCheckpoint.hash } : null);

  let last: AuditEventEntity | null = null;
  let count = 0;
  let stoppedBy: PurgeStop = 'END';
  let after = Number.MIN_SAFE_INTEGER;
  let size = 0;
  walk: for (;;) {
    size = purgePageSize(size, count, limit);
    const page = await auditEventPage(manager, after, size);
    for (const event of page) {
      if (count >= limit) {
        stoppedBy = 'LIMIT';
        break walk;
      }
      const broken = checker.check(event);
      if (broken) throw new DomainError('AUDIT.CHAIN_BROKEN', { sequence: event.sequence, reason: broken });
      if (event.occurredAt.getTime() >= input.before.getTime()) {
        stoppedBy = 'BEFORE';
        break walk;
      }
      if (holds.some((hold) => hold.covers(event.occurredAt, event.recordType))) {
        stoppedBy = 'LEGAL_HOLD';
        break walk;
      }
      if (!mayPurge('operationHistory', event.occurredAt, request.at, false, profile)) {
        stoppedBy = 'RETENTION';
        break walk;
      }
      last = event;
      count++;
    }
    if (page.length < size) break;
    after = (page[page.length - 1] as AuditEventEntity).sequence;
  }

  let checkpoint: AuditCheckpointEntity | null = null;
  if (last) {
    const deleted = await manager
      .createQueryBuilder()
      .delete()
      .from(AuditEventEntity)
      .where('sequence <= :upTo', { upTo: last.sequence })
      .execute();
    if (typeof deleted.affected === 'number' && deleted.affected !== count) {
      throw new Error(`audit purge: expected to delete ${count} events, deleted ${deleted.affected}`);
    }
    checkpoint = Object.assign(new AuditCheckpointEntity(), {
      id: randomUUID(),
      chain: OPERATION_HISTORY_CHAIN,
      sequence: last.sequence,
      hash: last.hash,
      purgedCount: count,
      purgedBefore: input.before,
      createdAt: request.at,
      createdByKind: principal.kind,
      createdByStaffId: principal.kind === 'STAFF' ? principal.staffId : null,
    });
    await manager.insert(AuditCheckpointEntity, checkpoint);
  }
  const event = await appendAuditEvent(manager, {
    principal,
    roles,
    operation: PURGE_AUDIT_EVENTS_OPERATION,
    recordType: 'AuditCheckpoint',
    recordIds: checkpoint ? [checkpoint.id] : [],
    sectionId: null,
    source: request.source,
    outcome: 'SUCCESS',
    occurredAt: request.at,
  });
  const head = await manager.getRepository(AuditChainHeadEntity).findOneByOrFail({ chain: OPERATION_HISTORY_CHAIN });
  const firstKept = await auditEventPage(manager, Number.MIN_SAFE_INTEGER, 1);
  return { purgedCount: count, checkpoint, stoppedBy, firstKeptSequence: firstKept[0]?.sequence ?? head.lastSequence, event };
}
