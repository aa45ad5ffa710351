import type { EntityManager } from 'typeorm';
import { DomainError } from '../shared/domain-error';
import { AuditChainHeadEntity, OPERATION_HISTORY_CHAIN } from './audit-chain-head.entity';
import { AuditChainLinkChecker, type AuditChainAnchor, type AuditChainBreakReason } from './audit-chain.checker';
import { AuditCheckpointEntity } from './audit-checkpoint.entity';
import { AuditEventEntity } from './audit-event.entity';
import { GENESIS_HASH } from './audit-event.hash';

export interface AuditChainBreak {
  readonly sequence: number;
  /** The event's id; null when the break is an event that is missing (the end of a truncated chain). */
  readonly id: string | null;
  readonly reason: AuditChainBreakReason;
}

export interface AuditChainVerification {
  readonly ok: boolean;
  /** Events checked (up to the first break). */
  readonly checked: number;
  /** The checkpoint verification started from (the latest purge), if any. */
  readonly checkpoint: AuditChainAnchor | null;
  /** The last event that verified: write it down to anchor the chain outside the database. */
  readonly verifiedThrough: AuditChainAnchor | null;
  /** The FIRST broken link. */
  readonly firstBrokenAt?: AuditChainBreak;
}

export interface VerifyAuditChainOptions {
  /** Events per keyset page (default 1,000): memory stays bounded whatever the size of the chain. */
  readonly pageSize?: number;
  /**
   * Sequence/hash pairs written down earlier (e.g. `verifiedThrough` of a previous run, kept on paper or
   * in another system): the event with that sequence must still have that hash. Without an anchor, a
   * person able to rewrite the whole table could re-seal every event and the head undetected.
   */
  readonly anchors?: readonly AuditChainAnchor[];
}

const DEFAULT_PAGE_SIZE = 1_000;

/** Anchors one verification accepts at most. */
export const MAX_AUDIT_ANCHORS = 100;

function checkAnchors(anchors: readonly AuditChainAnchor[]): void {
  const valid = (a: AuditChainAnchor): boolean => Number.isSafeInteger(a.sequence) && a.sequence >= 1 && /^[0-9a-f]{64}$/i.test(a.hash);
  if (anchors.length > MAX_AUDIT_ANCHORS || !anchors.every(valid)) throw new DomainError('AUDIT.ANCHOR_INVALID', { max: MAX_AUDIT_ANCHORS });
}

export async function latestAuditCheckpoint(manager: EntityManager): Promise<AuditCheckpointEntity | null> {
  return manager
    .getRepository(AuditCheckpointEntity)
    .createQueryBuilder('c')
    .where('c.chain = :chain', { chain: OPERATION_HISTORY_CHAIN })
    .orderBy('c.sequence', 'DESC')
    .limit(1)
    .getOne();
}

async function readHead(manager: EntityManager): Promise<AuditChainAnchor & { eventId: string | null }> {
  const head = await manager.getRepository(AuditChainHeadEntity).findOneBy({ chain: OPERATION_HISTORY_CHAIN });
  return head ? { sequence: head.lastSequence, hash: head.lastHash, eventId: head.lastEventId } : { sequence: 0, hash: GENESIS_HASH, eventId: null };
}

/** One keyset page of the chain: events after `after`, in sequence order. */
export function auditEventPage(manager: EntityManager, after: number, limit: number): Promise<AuditEventEntity[]> {
  return manager
    .getRepository(AuditEventEntity)
    .createQueryBuilder('e')
    .where('e.sequence > :after', { after })
    .orderBy('e.sequence', 'ASC')
    .limit(limit)
    .getMany();
}

/**
 * Verifies the operation history (第19条第1項) from the latest checkpoint (or the first event) to the head,
 * streaming keyset pages — it never loads the whole table — and reports the FIRST broken link. Each event
 * must follow the one before (sequence + 1, previousHash = its hash) and match its own hash; the last
 * must be the head. Appends that commit while it runs are verified too; it needs no transaction.
 */
export async function verifyAuditChain(manager: EntityManager, options: VerifyAuditChainOptions = {}): Promise<AuditChainVerification> {
  checkAnchors(options.anchors ?? []);
  const first = await verifyOnce(manager, options);
  if (first.ok) return first;
  // A purge that committed while this ran moves the start of the chain: look again once from its checkpoint.
  const checkpoint = await latestAuditCheckpoint(manager);
  if ((checkpoint?.sequence ?? null) !== (first.checkpoint?.sequence ?? null)) return verifyOnce(manager, options);
  return first;
}

async function verifyOnce(manager: EntityManager, options: VerifyAuditChainOptions): Promise<AuditChainVerification> {
  const pageSize = Math.max(1, Math.min(10_000, Math.trunc(options.pageSize ?? DEFAULT_PAGE_SIZE)));
  const checkpointRow = await latestAuditCheckpoint(manager);
  const checkpoint = checkpointRow ? { sequence: checkpointRow.sequence, hash: checkpointRow.hash } : null;
  for (const anchor of options.anchors ?? []) {
    // An anchor at the checkpoint is checked against it; one before it was purged (nothing left to compare).
    if (checkpoint && anchor.sequence === checkpoint.sequence && anchor.hash.toLowerCase() !== checkpoint.hash) {
      return { ok: false, checked: 0, checkpoint, verifiedThrough: null, firstBrokenAt: { sequence: anchor.sequence, id: null, reason: 'ANCHOR_MISMATCH' } };
    }
  }
  const checker = new AuditChainLinkChecker(checkpoint);
  const anchors = new Map((options.anchors ?? []).map((a) => [a.sequence, a.hash.toLowerCase()]));
  let head = await readHead(manager);
  let checked = 0;
  let lastId: string | null = null;
  let after = Number.MIN_SAFE_INTEGER;
  const broken = (firstBrokenAt: AuditChainBreak): AuditChainVerification => ({ ok: false, checked, checkpoint, verifiedThrough: checker.last, firstBrokenAt });

  for (;;) {
    const page = await auditEventPage(manager, after, pageSize);
    for (const event of page) {
      if (event.sequence > head.sequence) {
        // Appended since the head was read — or added behind the chain's back (then no head reaches it).
        head = await readHead(manager);
        if (event.sequence > head.sequence) return broken({ sequence: event.sequence, id: event.id, reason: 'HEAD_MISMATCH' });
      }
      const reason = checker.check(event);
      if (reason) return broken({ sequence: event.sequence, id: event.id, reason });
      const anchored = anchors.get(event.sequence);
      if (anchored !== undefined && anchored !== event.hash) return broken({ sequence: event.sequence, id: event.id, reason: 'ANCHOR_MISMATCH' });
      checked++;
      lastId = event.id;
    }
    if (page.length === pageSize) {
      after = (page[page.length - 1] as AuditEventEntity).sequence;
      continue;
    }
    // The end of the table: it must be the head.
    const last = checker.last;
    head = await readHead(manager);
    const lastSequence = last?.sequence ?? checkpoint?.sequence ?? 0;
    if (head.sequence > lastSequence) {
      const more = await auditEventPage(manager, lastSequence, 1);
      if (more.length > 0) {
        after = lastSequence;
        continue;
      }
      return broken({ sequence: head.sequence, id: head.eventId, reason: 'HEAD_MISMATCH' });
    }
    const end = last ?? checkpoint;
    if (end && (head.sequence !== end.sequence || head.hash !== end.hash)) {
      return broken({ sequence: end.sequence, id: last ? lastId : null, reason: 'HEAD_MISMATCH' });
    }
    return { ok: true, checked, checkpoint, verifiedThrough: last ?? checkpoint };
  }
}
