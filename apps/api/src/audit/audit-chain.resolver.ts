import { AuditCheckpointEntity, purgeAuditEvents, verifyAuditChain, type AuditChainVerification } from '@juki/domain';
import { Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { withTransaction } from '../database/with-transaction';
import { requestScope } from '../graphql/authorization/request-scope';
import { applyRowFilter } from '../graphql/authorization/row-filter.sql';
import { toGlobalId } from '../graphql/relay/global-id';
import { dataSourceOf } from '../graphql/request-data-source';
import { VerifyAuditChainArgs } from './audit-chain.args';
import { AuditChainBreakType, AuditChainVerificationType } from './audit-chain-verification.type';
import { PurgeAuditEventsArgs } from './audit-purge.args';
import { toApiError } from './audit-errors';
import { AUDIT_EVENT } from './audit-event.mapper';
import { AUDIT_CHECKPOINT, toAuditCheckpointType } from './audit-legal-hold.mapper';
import type { AuditCheckpointType } from './audit-legal-hold.type';
import { AuditPurgeResultType } from './audit-purge-result.type';
import { recordRead, recordRefusal } from './audit-refusals';
import { auditActor, auditedRequest, type AuditContext } from './audit-request';

function toVerificationType(result: AuditChainVerification): AuditChainVerificationType {
  const out = new AuditChainVerificationType();
  out.ok = result.ok;
  out.checked = result.checked;
  out.checkpointSequence = result.checkpoint?.sequence ?? null;
  out.checkpointHash = result.checkpoint?.hash ?? null;
  out.verifiedThroughSequence = result.verifiedThrough?.sequence ?? null;
  out.verifiedThroughHash = result.verifiedThrough?.hash ?? null;
  if (result.firstBrokenAt) {
    const broken = new AuditChainBreakType();
    broken.sequence = result.firstBrokenAt.sequence;
    broken.eventId = result.firstBrokenAt.id === null ? null : toGlobalId(AUDIT_EVENT, result.firstBrokenAt.id);
    broken.reason = result.firstBrokenAt.reason;
    out.firstBrokenAt = broken;
  } else {
    out.firstBrokenAt = null;
  }
  return out;
}

/** One checkpoint by row id (for `node`); null when absent or out of reach. */
export async function loadAuditCheckpoint(context: AuditContext, rowId: string): Promise<AuditCheckpointType | null> {
  const scope = requestScope(context);
  const query = dataSourceOf(context).getRepository(AuditCheckpointEntity).createQueryBuilder('checkpoint').where('checkpoint.id = :rowId', { rowId });
  const entity = await applyRowFilter(query, scope.rowFilter(AUDIT_CHECKPOINT), {}).getOne();
  return entity ? toAuditCheckpointType(entity, scope.access(AUDIT_CHECKPOINT, {})) : null;
}

/** Verification (query) and purge past retention (the only mutation that removes events) of the operation history. */
@Resolver()
export class AuditChainResolver {
  @Query(() => AuditChainVerificationType, {
    description:
      'Verifies the hash chain of the operation history (第19条第1項) from the latest purge checkpoint to the head, in keyset pages, and reports the FIRST broken link.',
  })
  async verifyAuditChain(@Args() { anchors }: VerifyAuditChainArgs, @Ctx() context: AuditContext): Promise<AuditChainVerificationType> {
    let result: AuditChainVerification;
    try {
      result = await verifyAuditChain(dataSourceOf(context).manager, { anchors: anchors ?? [] });
    } catch (error) {
      throw toApiError(error);
    }
    await recordRead(context, 'Query.verifyAuditChain', null, [], result.ok ? 'SUCCESS' : 'FAILED');
    return toVerificationType(result);
  }

  @Mutation(() => AuditPurgeResultType, {
    description:
      'Removes operation history that occurred before `before` — only past its 7 years (第19条第1項) and never under a legal hold — leaving a checkpoint from which the rest verifies. System officer only; recorded in the history.',
  })
  async purgeAuditEvents(@Args() { before, maxEvents }: PurgeAuditEventsArgs, @Ctx() context: AuditContext): Promise<AuditPurgeResultType> {
    const dataSource = dataSourceOf(context);
    const { principal } = auditActor(context);
    try {
      const result = await withTransaction(dataSource, (manager) =>
        purgeAuditEvents(manager, principal, { before, ...(maxEvents !== null && maxEvents !== undefined ? { maxEvents } : {}) }, auditedRequest(context)),
      );
      const out = new AuditPurgeResultType();
      out.purgedCount = result.purgedCount;
      out.stoppedBy = result.stoppedBy;
      out.firstKeptSequence = result.firstKeptSequence;
      out.checkpoint = result.checkpoint ? toAuditCheckpointType(result.checkpoint, requestScope(context).access(AUDIT_CHECKPOINT, {})) : null;
      out.eventId = toGlobalId(AUDIT_EVENT, result.event.id);
      return out;
    } catch (error) {
      await recordRefusal(context, 'Mutation.purgeAuditEvents', AUDIT_CHECKPOINT, [], error);
      throw toApiError(error);
    }
  }
}
