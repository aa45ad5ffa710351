import { FormDisposalEntity, FormMoveEntity, FormStorageEntity, PrintedFormOutputEntity, StoragePlaceEntity } from '@juki/domain';
import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ApiContext } from '../graphql/api-context';
import { requestScope, type RequestScope } from '../graphql/authorization/request-scope';
import { applyRowFilter } from '../graphql/authorization/row-filter.sql';
import { dataSourceOf } from '../graphql/request-data-source';
import { FORM_DISPOSAL, FORM_MOVE, FORM_STORAGE } from './form-history.mapper';
import { PRINTED_FORM_OUTPUT } from './printed-form-output.mapper';
import { STORAGE_PLACE } from './storage-place.mapper';

/** One table of the ledger: its entity, matrix type and query alias (its section column is `<alias>.section_id`). */
interface LedgerTable<T extends ObjectLiteral> {
  readonly entity: EntityTarget<T>;
  readonly type: string;
  readonly alias: string;
}

export const OUTPUTS: LedgerTable<PrintedFormOutputEntity> = { entity: PrintedFormOutputEntity, type: PRINTED_FORM_OUTPUT, alias: 'output' };
export const PLACES: LedgerTable<StoragePlaceEntity> = { entity: StoragePlaceEntity, type: STORAGE_PLACE, alias: 'place' };
export const STORAGES: LedgerTable<FormStorageEntity> = { entity: FormStorageEntity, type: FORM_STORAGE, alias: 'storage' };
export const MOVES: LedgerTable<FormMoveEntity> = { entity: FormMoveEntity, type: FORM_MOVE, alias: 'move' };
export const DISPOSALS: LedgerTable<FormDisposalEntity> = { entity: FormDisposalEntity, type: FORM_DISPOSAL, alias: 'disposal' };

/** The rows of a ledger table the caller may read: the row filter of ITS matrix type, in the SQL, on its section. */
export function readable<T extends ObjectLiteral>(dataSource: DataSource, scope: RequestScope, table: LedgerTable<T>): SelectQueryBuilder<T> {
  const query = dataSource.getRepository(table.entity).createQueryBuilder(table.alias);
  return applyRowFilter(query, scope.rowFilter(table.type), { section: `${table.alias}.section_id` });
}

/** Rows by id for this request and its row filter: one `WHERE id IN (…)` per batch. */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(context: ApiContext, table: LedgerTable<T>): DataLoader<string, T | null> {
  const scope = requestScope(context);
  return scope.loader(`${table.type}.byId|${scope.rowFilterKey(table.type)}`, () => {
    const dataSource = dataSourceOf(context);
    return new DataLoader<string, T | null>(async (ids) => {
      const rows = await readable(dataSource, scope, table).andWhere(`${table.alias}.id IN (:...ids)`, { ids: [...ids] }).getMany();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  });
}

/**
 * The history rows of many output records at once (storages, moves or disposals), under the row filter of
 * the history type: one `WHERE output_id IN (…)` per batch, so a list of 100 outputs with their history
 * costs one statement per relation, not one per output.
 */
export function byOutputLoader<T extends ObjectLiteral & { outputId: string }>(
  context: ApiContext,
  table: LedgerTable<T>,
  order: readonly string[],
): DataLoader<string, readonly T[]> {
  const scope = requestScope(context);
  return scope.loader(`${table.type}.byOutput|${scope.rowFilterKey(table.type)}`, () => {
    const dataSource = dataSourceOf(context);
    return new DataLoader<string, readonly T[]>(async (outputIds) => {
      const query = readable(dataSource, scope, table).andWhere(`${table.alias}.output_id IN (:...outputIds)`, { outputIds: [...outputIds] });
      order.forEach((column, i) => (i === 0 ? query.orderBy(`${table.alias}.${column}`, 'ASC') : query.addOrderBy(`${table.alias}.${column}`, 'ASC')));
      const rows = await query.getMany();
      const grouped = new Map<string, T[]>();
      for (const row of rows) {
        const list = grouped.get(row.outputId) ?? [];
        list.push(row);
        grouped.set(row.outputId, list);
      }
      return outputIds.map((id) => grouped.get(id) ?? []);
    });
  });
}
