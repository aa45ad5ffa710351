import { ApiClientEntity } from '@juki/domain';
import DataLoader from 'dataloader';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { requestScope, type AuthorizedContext, type RequestScope } from '../graphql/authorization/request-scope';
import { applyRowFilter } from '../graphql/authorization/row-filter.sql';
import { dataSourceOf, type DataContext } from '../graphql/request-data-source';
import { API_CLIENT } from './api-client.mapper';

type Context = AuthorizedContext & DataContext;

/** The API clients the caller may read (row filter in the SQL: city-wide, or a ward system's own row). */
export function readableApiClients(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<ApiClientEntity> {
  const query = dataSource.getRepository(ApiClientEntity).createQueryBuilder('client');
  return applyRowFilter(query, scope.rowFilter(API_CLIENT), { section: 'client.section_id', apiClient: 'client.id' });
}

/** API clients by row id for this request and its row filter: one `WHERE id IN (…)` per level. */
export function apiClientByIdLoader(context: Context): DataLoader<string, ApiClientEntity | null> {
  const scope = requestScope(context);
  return scope.loader(`${API_CLIENT}.byId|${scope.rowFilterKey(API_CLIENT)}`, () => {
    const dataSource = dataSourceOf(context);
    return new DataLoader<string, ApiClientEntity | null>(async (ids) => {
      const rows = await readableApiClients(dataSource, scope).andWhere('client.id IN (:...ids)', { ids: [...ids] }).getMany();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  });
}
