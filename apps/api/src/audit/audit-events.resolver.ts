import { AuditEventEntity } from '@juki/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { requestScope } from '../graphql/authorization/request-scope';
import type { Connection } from '../graphql/connections/connection.types';
import { fetchKeysetPage, toConnection } from '../graphql/connections/keyset-pagination';
import { pageRequest } from '../graphql/connections/page-request';
import { rowIdOf } from '../graphql/relay/global-id';
import { dataSourceOf } from '../graphql/request-data-source';
import { AuditEventConnection } from './audit-event.connection';
import { AUDIT_EVENT, auditEventOwner, toAuditEventType } from './audit-event.mapper';
import { AUDIT_EVENT_ORDER, readableAuditEvents } from './audit-event.queries';
import { AuditEventType } from './audit-event.type';
import { AuditEventsArgs } from './audit-events.args';
import { recordRead } from './audit-refusals';
import type { AuditContext } from './audit-request';
import { selectsField } from './selection';

function mapper(context: AuditContext): (entity: AuditEventEntity) => AuditEventType {
  const scope = requestScope(context);
  return (entity) => toAuditEventType(entity, scope.access(AUDIT_EVENT, auditEventOwner(entity)));
}

/** One event by row id under the caller's row filter (for `node`); null when absent or out of reach. */
export async function loadAuditEvent(context: AuditContext, rowId: string): Promise<AuditEventType | null> {
  const entity = await readableAuditEvents(dataSourceOf(context), requestScope(context)).andWhere('event.id = :rowId', { rowId }).getOne();
  if (!entity) return null;
  await recordRead(context, 'Query.node', AUDIT_EVENT, [entity.id]);
  return mapper(context)(entity);
}

/**
 * The operation history (第19条第1項), read-only: there is no mutation that changes or deletes an event
 * (only `purgeAuditEvents`, past retention). Browsing it is itself recorded (one event per request).
 */
@Resolver(() => AuditEventType)
export class AuditEventsResolver {
  @Query(() => AuditEventConnection, {
    description:
      'The operation history in chain order (first/after oldest first; last/before for the newest), as far as the caller may read: city-wide for the leadership and auditors, a security officer’s own sections.',
  })
  async auditEvents(@Args() args: AuditEventsArgs, @Ctx() context: AuditContext, @Info() info: GraphQLResolveInfo): Promise<Connection<AuditEventType>> {
    const page = pageRequest(args, AUDIT_EVENT_ORDER.columns.length);
    const dataSource = dataSourceOf(context);
    const scope = requestScope(context);
    const actorRowId = args.actorStaffId !== null && args.actorStaffId !== undefined ? rowIdOf(args.actorStaffId, 'Staff') : undefined;
    const filtered = () => {
      const query = readableAuditEvents(dataSource, scope);
      if (args.operation) query.andWhere('event.operation = :operation', { operation: args.operation });
      if (args.recordType) query.andWhere('event.recordType = :recordType', { recordType: args.recordType });
      if (args.outcome) query.andWhere('event.outcome = :outcome', { outcome: args.outcome });
      if (args.occurredFrom) query.andWhere('event.occurredAt >= :occurredFrom', { occurredFrom: args.occurredFrom });
      if (args.occurredBefore) query.andWhere('event.occurredAt < :occurredBefore', { occurredBefore: args.occurredBefore });
      if (actorRowId === null) query.andWhere('1 = 0');
      else if (actorRowId !== undefined) query.andWhere('event.actorStaffId = :actorStaffId', { actorStaffId: actorRowId });
      return query;
    };
    const rows = await fetchKeysetPage(filtered(), AUDIT_EVENT_ORDER, page);
    // Counted before this read is recorded, so that the count describes the history the page came from.
    const totalCount = selectsField(info, 'totalCount') ? await filtered().getCount() : 0;
    await recordRead(context, 'Query.auditEvents', AUDIT_EVENT, rows.rows.map((r) => r.id));
    return toConnection(rows, AUDIT_EVENT_ORDER, mapper(context), totalCount);
  }
}
