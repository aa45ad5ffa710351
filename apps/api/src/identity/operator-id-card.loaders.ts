import { OperatorIdCardEntity } from '@juki/domain';
import DataLoader from 'dataloader';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { requestScope, type AuthorizedContext, type RequestScope } from '../graphql/authorization/request-scope';
import { applyRowFilter } from '../graphql/authorization/row-filter.sql';
import { dataSourceOf, type DataContext } from '../graphql/request-data-source';
import { OPERATOR_ID_CARD, type OperatorIdCardRow } from './operator-id-card.mapper';

type Context = AuthorizedContext & DataContext;

/** The cards the caller may read: row filter in the SQL on the holder's section, or the holder themselves. */
export function readableOperatorIdCards(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<OperatorIdCardRow> {
  const query = dataSource
    .getRepository(OperatorIdCardEntity)
    .createQueryBuilder('card')
    .innerJoinAndSelect('card.holder', 'holder');
  return applyRowFilter(query, scope.rowFilter(OPERATOR_ID_CARD), { section: 'holder.section_id', staff: 'card.holder_id' });
}

/** Cards by row id for this request and its row filter: one `WHERE id IN (…)` per level. */
export function operatorIdCardByIdLoader(context: Context): DataLoader<string, OperatorIdCardRow | null> {
  const scope = requestScope(context);
  return scope.loader(`${OPERATOR_ID_CARD}.byId|${scope.rowFilterKey(OPERATOR_ID_CARD)}`, () => {
    const dataSource = dataSourceOf(context);
    return new DataLoader<string, OperatorIdCardRow | null>(async (ids) => {
      const rows = await readableOperatorIdCards(dataSource, scope)
        .andWhere('card.id IN (:...ids)', { ids: [...ids] })
        .getMany();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  });
}
