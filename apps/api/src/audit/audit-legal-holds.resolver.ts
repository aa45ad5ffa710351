import { AuditLegalHoldEntity, placeAuditLegalHold, releaseAuditLegalHold, DomainError } from '@juki/domain';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { Args, ArgsType, Ctx, Field, Mutation, Query, Resolver } from 'type-graphql';
import { withTransaction } from '../database/with-transaction';
import { requestScope, type RequestScope } from '../graphql/authorization/request-scope';
import { applyRowFilter } from '../graphql/authorization/row-filter.sql';
import { ConnectionArgs } from '../graphql/connections/connection.args';
import type { Connection } from '../graphql/connections/connection.types';
import { fetchKeysetPage, toConnection, type KeysetOrder } from '../graphql/connections/keyset-pagination';
import { pageRequest } from '../graphql/connections/page-request';
import { rowIdOf } from '../graphql/relay/global-id';
import { dataSourceOf } from '../graphql/request-data-source';
import { toApiError } from './audit-errors';
import { AuditLegalHoldConnection } from './audit-legal-hold.connection';
import { PlaceAuditLegalHoldArgs, ReleaseAuditLegalHoldArgs } from './audit-legal-hold.input';
import { AUDIT_LEGAL_HOLD, toAuditLegalHoldType } from './audit-legal-hold.mapper';
import { AuditLegalHoldType } from './audit-legal-hold.type';
import { recordRefusal } from './audit-refusals';
import { auditActor, auditedRequest, type AuditContext } from './audit-request';

/**
 * Keyset order of holds: by when they were placed, then id. The instant travels in the cursor as
 * `YYYY-MM-DD HH:MM:SS.sss` (UTC), which both databases compare with a datetime(3) column as an instant.
 */
const HOLD_ORDER: KeysetOrder<AuditLegalHoldEntity> = {
  columns: ['hold.placedAt', 'hold.id'],
  values: (hold) => [hold.placedAt.toISOString().replace('T', ' ').replace('Z', ''), hold.id],
};

function readableHolds(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<AuditLegalHoldEntity> {
  const query = dataSource.getRepository(AuditLegalHoldEntity).createQueryBuilder('hold');
  return applyRowFilter(query, scope.rowFilter(AUDIT_LEGAL_HOLD), {}, 'holdRowFilter');
}

function mapper(context: AuditContext): (entity: AuditLegalHoldEntity) => AuditLegalHoldType {
  const access = requestScope(context).access(AUDIT_LEGAL_HOLD, {});
  return (entity) => toAuditLegalHoldType(entity, access);
}

/** One hold by row id (for `node`); null when absent or out of reach. */
export async function loadAuditLegalHold(context: AuditContext, rowId: string): Promise<AuditLegalHoldType | null> {
  const entity = await readableHolds(dataSourceOf(context), requestScope(context)).andWhere('hold.id = :rowId', { rowId }).getOne();
  return entity ? mapper(context)(entity) : null;
}

@ArgsType()
export class AuditLegalHoldsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only holds in force (not released).' })
  inForceOnly?: boolean | null;
}

/** Legal holds on the operation history: placed and released by the system officer, both recorded. */
@Resolver(() => AuditLegalHoldType)
export class AuditLegalHoldsResolver {
  @Query(() => AuditLegalHoldConnection, { description: 'Legal holds on the operation history, oldest first.' })
  async auditLegalHolds(@Args() args: AuditLegalHoldsArgs, @Ctx() context: AuditContext): Promise<Connection<AuditLegalHoldType>> {
    const page = pageRequest(args, HOLD_ORDER.columns.length);
    const dataSource = dataSourceOf(context);
    const scope = requestScope(context);
    const filtered = () => {
      const query = readableHolds(dataSource, scope);
      if (args.inForceOnly) query.andWhere('hold.releasedAt IS NULL');
      return query;
    };
    const rows = await fetchKeysetPage(filtered(), HOLD_ORDER, page);
    return toConnection(rows, HOLD_ORDER, mapper(context), () => filtered().getCount());
  }

  @Mutation(() => AuditLegalHoldType, { description: 'Places a legal hold: what it covers is not purged while it is in force. System officer only.' })
  async placeAuditLegalHold(@Args() { input }: PlaceAuditLegalHoldArgs, @Ctx() context: AuditContext): Promise<AuditLegalHoldType> {
    const { principal } = auditActor(context);
    try {
      const hold = await withTransaction(dataSourceOf(context), (manager) =>
        placeAuditLegalHold(
          manager,
          principal,
          { caseReference: input.caseReference, reason: input.reason, coversFrom: input.coversFrom ?? null, coversUntil: input.coversUntil ?? null, recordType: input.recordType ?? null },
          auditedRequest(context),
        ),
      );
      return mapper(context)(hold);
    } catch (error) {
      await recordRefusal(context, 'Mutation.placeAuditLegalHold', AUDIT_LEGAL_HOLD, [], error);
      throw toApiError(error);
    }
  }

  @Mutation(() => AuditLegalHoldType, { description: 'Releases a legal hold (give the version you saw). System officer only.' })
  async releaseAuditLegalHold(@Args() { input }: ReleaseAuditLegalHoldArgs, @Ctx() context: AuditContext): Promise<AuditLegalHoldType> {
    const { principal } = auditActor(context);
    const rowId = rowIdOf(input.id, AUDIT_LEGAL_HOLD);
    try {
      if (rowId === null) throw new DomainError('AUDIT.LEGAL_HOLD_NOT_FOUND');
      const hold = await withTransaction(dataSourceOf(context), (manager) =>
        releaseAuditLegalHold(manager, principal, { id: rowId, expectedVersion: input.version }, auditedRequest(context)),
      );
      return mapper(context)(hold);
    } catch (error) {
      await recordRefusal(context, 'Mutation.releaseAuditLegalHold', AUDIT_LEGAL_HOLD, rowId ? [rowId] : [], error);
      throw toApiError(error);
    }
  }
}
