import { AUDIT_CHAIN_CHECK, type MessageParams } from '@juki/policies';
import type { EntityManager } from 'typeorm';
import { AuditChainLinkChecker } from '../audit/audit-chain.checker';
import { auditEventPage, latestAuditCheckpoint, verifyAuditChain, type AuditChainBreak } from '../audit/verify-audit-chain.use-case';
import { describe, pageLimit, type ComplianceOffender, type ComplianceQuery } from './compliance-query';

const PAGE = 1_000;

interface ChainState {
  readonly checked: number;
  readonly broken: AuditChainBreak | null;
}

/**
 * The chain as it stood at `at`: from the latest checkpoint, every event that occurred before `at`, in
 * sequence order, each following the one before (the head has moved on since, so it is not compared).
 * Keyset pages of 1,000 events: memory stays bounded however long the chain.
 */
async function verifyPrefix(manager: EntityManager, at: Date): Promise<ChainState> {
  const checkpoint = await latestAuditCheckpoint(manager);
  const checker = new AuditChainLinkChecker(checkpoint ? { sequence: checkpoint.sequence, hash: checkpoint.hash } : null);
  let after = Number.MIN_SAFE_INTEGER;
  let checked = 0;
  for (;;) {
    const page = await auditEventPage(manager, after, PAGE);
    for (const event of page) {
      if (event.occurredAt.getTime() >= at.getTime()) return { checked, broken: null };
      const reason = checker.check(event);
      if (reason) return { checked, broken: { sequence: event.sequence, id: event.id, reason } };
      checked++;
    }
    if (page.length < PAGE) return { checked, broken: null };
    after = (page[page.length - 1] as { sequence: number }).sequence;
  }
}

/**
 * 第19条第1項: the hash chain of the operation history. Today (the date's end not yet reached) it is the
 * full `verifyAuditChain` (head included); for a past date, the events recorded by then (`verifyPrefix`).
 * Not an aggregate statement: the chain can only be verified by reading it, page by page, never whole.
 * City-wide only (the report does not run it for a section-scoped caller).
 */
export const AUDIT_CHAIN_QUERY: ComplianceQuery = {
  check: AUDIT_CHAIN_CHECK,
  async run(context, page) {
    pageLimit(page);
    const state: ChainState = context.current
      ? await verifyAuditChain(context.manager).then((v) => ({ checked: v.checked, broken: v.firstBrokenAt ?? null }))
      : await verifyPrefix(context.manager, context.at);
    const offenders: ComplianceOffender[] = [];
    // The first broken link is the only offender (verification stops there): on the first page only.
    if (state.broken && page.first > 0 && page.after === null) {
      const params: MessageParams = { sequence: state.broken.sequence, reason: state.broken.reason };
      offenders.push({
        recordType: 'AuditEvent',
        recordId: state.broken.id,
        key: String(state.broken.sequence),
        sectionId: null,
        description: describe(AUDIT_CHAIN_CHECK.offenderCode, params),
      });
    }
    const broken = state.broken ? 1 : 0;
    return { facts: { offenders: broken, population: state.checked + broken }, offenders, hasMoreOffenders: broken > offenders.length };
  },
};
