import { createHash } from 'node:crypto';
import type { AuditEventEntity } from './audit-event.entity';

/** The `previousHash` of the very first event of a chain (no checkpoint yet). */
export const GENESIS_HASH = '0'.repeat(64);

/** Names the serialisation below; a future format would get a new tag (and old events keep theirs). */
export const AUDIT_HASH_FORMAT = 'juki-sec/audit-event/v1';

/** The fields an event's hash seals: every stored column except the hash itself. */
export type SealedAuditEvent = Pick<
  AuditEventEntity,
  | 'id'
  | 'sequence'
  | 'occurredAt'
  | 'actorKind'
  | 'actorStaffId'
  | 'actorApiClientId'
  | 'roles'
  | 'operation'
  | 'recordType'
  | 'recordIds'
  | 'sectionId'
  | 'source'
  | 'outcome'
  | 'previousHash'
>;

/**
 * The canonical serialisation: a JSON array with one position per field, in a fixed order (JSON escapes
 * every string, so no two different events serialise alike). The instant is ISO-8601 UTC with
 * milliseconds — what `datetime(3)` keeps on both databases; the sequence is a decimal integer.
 */
export function canonicalAuditEvent(event: SealedAuditEvent): string {
  return JSON.stringify([
    AUDIT_HASH_FORMAT,
    String(event.sequence),
    event.id,
    event.occurredAt instanceof Date && !Number.isNaN(event.occurredAt.getTime()) ? event.occurredAt.toISOString() : null,
    event.actorKind,
    event.actorStaffId,
    event.actorApiClientId,
    event.roles,
    event.operation,
    event.recordType,
    event.recordIds,
    event.sectionId,
    event.source,
    event.outcome,
    event.previousHash,
  ]);
}

/** SHA-256 (hex) of the canonical serialisation: the event's `hash`. */
export function auditEventHash(event: SealedAuditEvent): string {
  return createHash('sha256').update(canonicalAuditEvent(event), 'utf8').digest('hex');
}
