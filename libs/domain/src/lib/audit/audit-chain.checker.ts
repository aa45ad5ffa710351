import type { AuditEventEntity } from './audit-event.entity';
import { auditEventHash, GENESIS_HASH } from './audit-event.hash';

/**
 * Why a link of the chain is broken:
 * - SEQUENCE_GAP: the sequence does not follow the previous event's (an event was deleted, moved or
 *   inserted with another number; also the first event of a chain without checkpoint is not number 1);
 * - HASH_MISMATCH: the event's fields are not those its hash sealed (a field, the hash or the previous
 *   hash was changed; contents swapped between events);
 * - PREVIOUS_HASH_MISMATCH: the event is intact but does not follow the previous one (an event before it
 *   was changed and re-sealed, or replaced);
 * - CHECKPOINT_MISMATCH: the first event after a purge does not continue the purge's checkpoint;
 * - HEAD_MISMATCH: the chain does not end where its head says (events removed from, or added to, its end);
 * - ANCHOR_MISMATCH: an event's hash differs from the one written down outside the database earlier
 *   (someone with database access rewrote the chain from there on, re-sealing every event and the head).
 */
export const AUDIT_CHAIN_BREAK_REASONS = [
  'SEQUENCE_GAP',
  'HASH_MISMATCH',
  'PREVIOUS_HASH_MISMATCH',
  'CHECKPOINT_MISMATCH',
  'HEAD_MISMATCH',
  'ANCHOR_MISMATCH',
] as const;
export type AuditChainBreakReason = (typeof AUDIT_CHAIN_BREAK_REASONS)[number];

/** Where verification resumes after a purge: the last purged event. */
export interface AuditChainAnchor {
  readonly sequence: number;
  readonly hash: string;
}

/** Checks events one after another, in sequence order, against the event before (or the checkpoint). */
export class AuditChainLinkChecker {
  private previous: AuditChainAnchor | null = null;

  constructor(private readonly checkpoint: AuditChainAnchor | null) {}

  /** The last event that passed, if any. */
  get last(): AuditChainAnchor | null {
    return this.previous;
  }

  /** Checks the next event; null when its link holds (and it becomes the previous event). */
  check(event: AuditEventEntity): AuditChainBreakReason | null {
    const first = this.previous === null;
    const fromCheckpoint = first && this.checkpoint !== null;
    const expectedSequence = this.previous ? this.previous.sequence + 1 : this.checkpoint ? this.checkpoint.sequence + 1 : 1;
    const expectedPrevious = this.previous ? this.previous.hash : this.checkpoint ? this.checkpoint.hash : GENESIS_HASH;
    if (event.sequence !== expectedSequence) return fromCheckpoint ? 'CHECKPOINT_MISMATCH' : 'SEQUENCE_GAP';
    if (auditEventHash(event) !== event.hash) return 'HASH_MISMATCH';
    if (event.previousHash !== expectedPrevious) return fromCheckpoint ? 'CHECKPOINT_MISMATCH' : 'PREVIOUS_HASH_MISMATCH';
    this.previous = { sequence: event.sequence, hash: event.hash };
    return null;
  }
}
