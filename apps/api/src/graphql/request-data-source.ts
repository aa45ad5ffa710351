import type { DataSource } from 'typeorm';
import type { ApiContext } from './api-context';

/** The context as resolvers that read the database see it (ApiContext carries the DataSource). */
export type DataContext = ApiContext;

/** The database of this request's process. */
export function dataSourceOf(context: Pick<ApiContext, 'dataSource'>): DataSource {
  return context.dataSource;
}
