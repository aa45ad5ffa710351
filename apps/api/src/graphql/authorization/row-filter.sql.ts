import type { RowFilter } from '@juki/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The columns of a table (qualified by the query's alias) that say whose a row is. */
export interface RowFilterColumns {
  /** The section (課) the row belongs to, e.g. `form.section_id`; for organisation units, the unit's own id. */
  readonly section?: string;
  /** The staff member the row is about (SELF scope). */
  readonly staff?: string;
  /** The ward system the row is about (SELF scope of INTEGRATION). */
  readonly apiClient?: string;
}

/** A piece of SQL with its positional (`?`) parameters, for hand-written hot queries. */
export interface SqlFragment {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * The row filter as a WHERE condition with positional parameters (`?`, for both drivers): `1 = 1` for
 * `all`, `1 = 0` for `none`, else `(section IN (?, …) OR staff = ? OR api_client = ?)`. The same rules as
 * `applyRowFilter`, for queries written in SQL (column names qualified by the query's alias).
 */
export function rowFilterSql(filter: RowFilter, columns: RowFilterColumns): SqlFragment {
  if (filter.kind === 'all') return { sql: '1 = 1', params: [] };
  if (filter.kind === 'none') return { sql: '1 = 0', params: [] };
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.sectionIds.length > 0 && columns.section) {
    clauses.push(`${columns.section} IN (${filter.sectionIds.map(() => '?').join(', ')})`);
    params.push(...filter.sectionIds);
  }
  if (filter.selfStaffId !== undefined && columns.staff) {
    clauses.push(`${columns.staff} = ?`);
    params.push(filter.selfStaffId);
  }
  if (filter.selfApiClientId !== undefined && columns.apiClient) {
    clauses.push(`${columns.apiClient} = ?`);
    params.push(filter.selfApiClientId);
  }
  if (clauses.length === 0) return { sql: '1 = 0', params: [] };
  return { sql: `(${clauses.join(' OR ')})`, params };
}

/**
 * Puts a row filter IN the SQL query: nothing for `all`, `1 = 0` for `none`, else
 * `(section IN (…) OR staff = … OR api_client = …)` with whichever columns the table has. Lists, counts,
 * nested relation loaders and node lookups all go through here, so none of them can reach further.
 * `parameter` prefixes the bound parameters (distinct per filter when one query holds two).
 */
export function applyRowFilter<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  filter: RowFilter,
  columns: RowFilterColumns,
  parameter = 'rowFilter',
): SelectQueryBuilder<T> {
  if (filter.kind === 'all') return query;
  if (filter.kind === 'none') return query.andWhere('1 = 0');
  const clauses: string[] = [];
  const parameters: Record<string, unknown> = {};
  if (filter.sectionIds.length > 0 && columns.section) {
    clauses.push(`${columns.section} IN (:...${parameter}Sections)`);
    parameters[`${parameter}Sections`] = [...filter.sectionIds];
  }
  if (filter.selfStaffId !== undefined && columns.staff) {
    clauses.push(`${columns.staff} = :${parameter}Staff`);
    parameters[`${parameter}Staff`] = filter.selfStaffId;
  }
  if (filter.selfApiClientId !== undefined && columns.apiClient) {
    clauses.push(`${columns.apiClient} = :${parameter}ApiClient`);
    parameters[`${parameter}ApiClient`] = filter.selfApiClientId;
  }
  if (clauses.length === 0) return query.andWhere('1 = 0');
  return query.andWhere(`(${clauses.join(' OR ')})`, parameters);
}
