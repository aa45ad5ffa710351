import type { LogonEventEntity } from '@juki/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { requestScope } from '../graphql/authorization/request-scope';
import type { Connection } from '../graphql/connections/connection.types';
import { fetchKeysetPage, toConnection } from '../graphql/connections/keyset-pagination';
import { pageRequest } from '../graphql/connections/page-request';
import { rowIdOf } from '../graphql/relay/global-id';
import { LogonEventsArgs, OperatorIdCardsArgs, StaffArgs } from './identity.args';
import { LogonEventConnection, OperatorIdCardConnection, StaffConnection } from './identity.connections';
import { LOGON_EVENT_ORDER, OPERATOR_ID_CARD_ORDER, readableLogonEvents, sqlInstant, STAFF_ORDER } from './identity.queries';
import { LOGON_EVENT, logonEventOwner, toLogonEventType } from './logon-event.mapper';
import { LogonEventType } from './logon-event.type';
import { OPERATOR_ID_CARD, operatorIdCardOwner, toOperatorIdCardType, type OperatorIdCardRow } from './operator-id-card.mapper';
import { CARD_PAGE_ORDER, operatorIdCardPage } from './operator-id-card.page';
import { requestProfile } from './request-profile';
import { readableOperatorIdCards } from './operator-id-card.loaders';
import type { OperatorIdCardType } from './operator-id-card.type';
import { STAFF, staffOwner, toStaffType } from './staff.mapper';
import { readableStaff, type StaffRow } from './staff.loaders';
import { loadStaff } from './staff.resolver';
import { StaffType } from './staff.type';

/** Whether the client selected `totalCount` (it costs a COUNT query). */
function wantsTotal(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === 'totalCount') ?? false);
}

/**
 * The identity ledgers as Relay connections (keyset pagination, row scope IN the SQL): staff (第19条第2項),
 * operator ID cards (第20条第2項) and the logon history (第19条の2第2項).
 */
@Resolver()
export class IdentityListsResolver {
  @Query(() => StaffConnection, { description: 'Staff by employee number, as far as the caller may read (own section, or oneself).' })
  async staff(@Args() args: StaffArgs, @Ctx() context: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Connection<StaffType>> {
    const page = pageRequest(args, STAFF_ORDER.columns.length);
    const scope = requestScope(context);
    const section = args.sectionId ? rowIdOf(args.sectionId, 'OrganisationUnit') : undefined;
    const filtered = () => {
      const query = readableStaff(context.dataSource, scope);
      if (section === null) query.andWhere('1 = 0');
      else if (section !== undefined) query.andWhere('staff.sectionId = :section', { section });
      if (args.employmentStatus) query.andWhere('staff.employmentStatus = :status', { status: args.employmentStatus });
      return query;
    };
    const rows = await fetchKeysetPage(filtered(), STAFF_ORDER, page);
    const now = context.requestedAt;
    const profile = requestProfile(context);
    const map = (row: StaffRow) => toStaffType(row, row.credential ?? null, scope.access(STAFF, staffOwner(row)), now, profile);
    return toConnection(rows, STAFF_ORDER, map, wantsTotal(info) ? await filtered().getCount() : 0);
  }

  @Query(() => OperatorIdCardConnection, { description: 'The ledger of operator ID cards (第20条第2項) by card number, as far as the caller may read.' })
  async operatorIdCards(@Args() args: OperatorIdCardsArgs, @Ctx() context: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Connection<OperatorIdCardType>> {
    const page = pageRequest(args, OPERATOR_ID_CARD_ORDER.columns.length);
    const scope = requestScope(context);
    const holder = args.holderId ? rowIdOf(args.holderId, STAFF) : undefined;
    const filtered = () => {
      const query = readableOperatorIdCards(context.dataSource, scope);
      if (holder === null) query.andWhere('1 = 0');
      else if (holder !== undefined) query.andWhere('card.holderId = :holder', { holder });
      if (args.status) query.andWhere('card.status = :status', { status: args.status });
      return query;
    };
    // One statement: the page with the holder and section the query selects (row filters and all).
    const rows = await operatorIdCardPage(context, info, { holderId: holder, status: args.status ?? null }, page, () => requestProfile(context));
    const map = (row: OperatorIdCardRow & { card?: OperatorIdCardType }) => row.card ?? toOperatorIdCardType(row, scope.access(OPERATOR_ID_CARD, operatorIdCardOwner(row)));
    return toConnection(rows, CARD_PAGE_ORDER, map, wantsTotal(info) ? await filtered().getCount() : 0);
  }

  @Query(() => LogonEventConnection, {
    description: 'The logon history (第19条の2第2項), oldest first (last: n for the newest), as far as the caller may read.',
  })
  async logonEvents(@Args() args: LogonEventsArgs, @Ctx() context: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Connection<LogonEventType>> {
    const page = pageRequest(args, LOGON_EVENT_ORDER.columns.length);
    const scope = requestScope(context);
    const staff = args.staffId ? rowIdOf(args.staffId, STAFF) : undefined;
    const filtered = () => {
      const query = readableLogonEvents(context.dataSource, scope);
      if (staff === null) query.andWhere('1 = 0');
      else if (staff !== undefined) query.andWhere('logon.staffId = :staff', { staff });
      if (args.outcome) query.andWhere('logon.outcome = :outcome', { outcome: args.outcome });
      if (args.occurredFrom) query.andWhere('logon.occurredAt >= :from', { from: sqlInstant(args.occurredFrom) });
      if (args.occurredBefore) query.andWhere('logon.occurredAt < :before', { before: sqlInstant(args.occurredBefore) });
      return query;
    };
    const rows = await fetchKeysetPage(filtered(), LOGON_EVENT_ORDER, page);
    const map = (row: LogonEventEntity) => toLogonEventType(row, scope.access(LOGON_EVENT, logonEventOwner(row)));
    return toConnection(rows, LOGON_EVENT_ORDER, map, wantsTotal(info) ? await filtered().getCount() : 0);
  }
}

/** Whose card an attempt was made with. */
@Resolver(() => LogonEventType)
export class LogonEventResolver {
  @FieldResolver(() => StaffType, { nullable: true, description: 'The holder of the card entered; null for an unknown card.' })
  async staff(@Root() event: LogonEventType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return event.staffRowId === null ? null : loadStaff(context, event.staffRowId);
  }
}
