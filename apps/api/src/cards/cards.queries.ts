import { CardDisposalEntity, CardLossReportEntity, CardMovementEntity, CardStockTakeEntity, ResidentCardEntity, type ResidentCardState } from '@juki/domain';
import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ApiContext } from '../graphql/api-context';
import { requestScope, type RequestScope } from '../graphql/authorization/request-scope';
import { applyRowFilter } from '../graphql/authorization/row-filter.sql';
import type { KeysetOrder } from '../graphql/connections/keyset-pagination';
import { dataSourceOf } from '../graphql/request-data-source';
import { sqlInstant } from '../identity/identity.queries';
import { CARD_DISPOSAL, CARD_LOSS_REPORT, CARD_MOVEMENT, CARD_STOCK_TAKE, RESIDENT_CARD } from './cards.mappers';

/** The cards the caller may read (row filter IN the SQL on the card's section), with their place's name. */
export function readableCards(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<ResidentCardEntity> {
  const query = dataSource.getRepository(ResidentCardEntity).createQueryBuilder('card').leftJoinAndSelect('card.place', 'place');
  return applyRowFilter(query, scope.rowFilter(RESIDENT_CARD), { section: 'card.section_id' });
}

export function readableMovements(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<CardMovementEntity> {
  const query = dataSource
    .getRepository(CardMovementEntity)
    .createQueryBuilder('movement')
    .leftJoin('movement.card', 'card')
    .addSelect(['card.id', 'card.serial'])
    .leftJoin('movement.fromPlace', 'fromPlace')
    .addSelect(['fromPlace.id', 'fromPlace.name'])
    .leftJoin('movement.toPlace', 'toPlace')
    .addSelect(['toPlace.id', 'toPlace.name']);
  return applyRowFilter(query, scope.rowFilter(CARD_MOVEMENT), { section: 'movement.section_id' });
}

export function readableStockTakes(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<CardStockTakeEntity> {
  const query = dataSource.getRepository(CardStockTakeEntity).createQueryBuilder('take').leftJoin('take.place', 'place').addSelect(['place.id', 'place.name']);
  return applyRowFilter(query, scope.rowFilter(CARD_STOCK_TAKE), { section: 'take.section_id' });
}

export function readableLossReports(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<CardLossReportEntity> {
  const query = dataSource
    .getRepository(CardLossReportEntity)
    .createQueryBuilder('report')
    .leftJoin('report.card', 'card')
    .addSelect(['card.id', 'card.serial'])
    .leftJoin('report.place', 'place')
    .addSelect(['place.id', 'place.name']);
  return applyRowFilter(query, scope.rowFilter(CARD_LOSS_REPORT), { section: 'report.section_id' });
}

export function readableDisposals(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<CardDisposalEntity> {
  const query = dataSource
    .getRepository(CardDisposalEntity)
    .createQueryBuilder('disposal')
    .leftJoin('disposal.card', 'card')
    .addSelect(['card.id', 'card.serial'])
    .leftJoin('disposal.place', 'place')
    .addSelect(['place.id', 'place.name']);
  return applyRowFilter(query, scope.rowFilter(CARD_DISPOSAL), { section: 'disposal.section_id' });
}

/** Filters shared by the card lists; a row id of null means an id that names nothing (no row). */
export interface CardFilters {
  readonly sectionId?: string | null;
  readonly placeId?: string | null;
  readonly cardId?: string | null;
  readonly state?: ResidentCardState | null;
}

/** Applies the filters that the list has columns for (`alias.sectionId`, `alias.placeId`, `alias.cardId`, `alias.state`). */
export function filterBy<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, filters: CardFilters, columns: readonly (keyof CardFilters)[]): SelectQueryBuilder<T> {
  for (const column of columns) {
    const value = filters[column];
    if (value === undefined) continue;
    if (value === null) {
      if (column !== 'state') query.andWhere('1 = 0');
      continue;
    }
    query.andWhere(`${alias}.${column} = :filter_${column}`, { [`filter_${column}`]: value });
  }
  return query;
}

/** Cards by number (readable by every reader, so safe in a cursor), then id. */
export const CARD_ORDER: KeysetOrder<ResidentCardEntity> = { columns: ['card.serial', 'card.id'], values: (c) => [c.serial, c.id] };

/** The overdue list: longest waiting first. */
export const OVERDUE_ORDER: KeysetOrder<ResidentCardEntity> = {
  columns: ['card.awaitingDisposalSince', 'card.id'],
  values: (c) => [c.awaitingDisposalSince ?? '', c.id],
};

export const MOVEMENT_ORDER: KeysetOrder<CardMovementEntity> = { columns: ['movement.occurredAt', 'movement.id'], values: (m) => [sqlInstant(m.occurredAt), m.id] };
export const STOCK_TAKE_ORDER: KeysetOrder<CardStockTakeEntity> = { columns: ['take.recordedAt', 'take.id'], values: (t) => [sqlInstant(t.recordedAt), t.id] };
export const LOSS_REPORT_ORDER: KeysetOrder<CardLossReportEntity> = { columns: ['report.reportedAt', 'report.id'], values: (r) => [sqlInstant(r.reportedAt), r.id] };
export const DISPOSAL_ORDER: KeysetOrder<CardDisposalEntity> = { columns: ['disposal.disposedOn', 'disposal.id'], values: (d) => [d.disposedOn, d.id] };

/** One DataLoader per request and row filter: rows by id, `WHERE id IN (…)` once per level. */
function byIdLoader<T extends ObjectLiteral & { id: string }>(
  context: ApiContext,
  type: string,
  alias: string,
  readable: (dataSource: DataSource, scope: RequestScope) => SelectQueryBuilder<T>,
): DataLoader<string, T | null> {
  const scope = requestScope(context);
  return scope.loader(`${type}.byId|${scope.rowFilterKey(type)}`, () => {
    const dataSource = dataSourceOf(context);
    return new DataLoader<string, T | null>(async (ids) => {
      const rows = await readable(dataSource, scope).andWhere(`${alias}.id IN (:...ids)`, { ids: [...ids] }).getMany();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  });
}

export const cardByIdLoader = (context: ApiContext) => byIdLoader(context, RESIDENT_CARD, 'card', readableCards);
export const movementByIdLoader = (context: ApiContext) => byIdLoader(context, CARD_MOVEMENT, 'movement', readableMovements);
export const stockTakeByIdLoader = (context: ApiContext) => byIdLoader(context, CARD_STOCK_TAKE, 'take', readableStockTakes);
export const lossReportByIdLoader = (context: ApiContext) => byIdLoader(context, CARD_LOSS_REPORT, 'report', readableLossReports);
export const disposalByIdLoader = (context: ApiContext) => byIdLoader(context, CARD_DISPOSAL, 'disposal', readableDisposals);
