import type { OrganisationUnitEntity, RowFilter } from '@juki/domain';
import type { OrganisationUnitKind } from '@juki/policies';
import type { DataSource } from 'typeorm';
import { rowFilterSql, type SqlFragment } from '../graphql/authorization/row-filter.sql';
import { fetchKeysetPageSql, type KeysetOrder, type KeysetPage } from '../graphql/connections/keyset-pagination';
import type { PageRequest } from '../graphql/connections/page-request';
import { fetchFirstPerParentSql, type ParentPage } from '../graphql/connections/per-parent-page';

/** A unit as the read paths fetch it: exactly the columns the mapper shows, no more. */
export type OrganisationUnitRow = Pick<OrganisationUnitEntity, 'id' | 'code' | 'name' | 'nameEn' | 'kind' | 'parentId' | 'usesJukiNet'>;

interface RawUnit {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly name_en: string;
  readonly kind: OrganisationUnitKind;
  readonly parent_id: string | null;
  readonly uses_juki_net: number | string | boolean;
}

const COLUMNS = (alias: string): string =>
  `${alias}.id, ${alias}.code, ${alias}.name, ${alias}.name_en, ${alias}.kind, ${alias}.parent_id, ${alias}.uses_juki_net`;

function toRow(raw: RawUnit): OrganisationUnitRow {
  return {
    id: raw.id,
    code: raw.code,
    name: raw.name,
    nameEn: raw.name_en,
    kind: raw.kind,
    parentId: raw.parent_id,
    usesJukiNet: raw.uses_juki_net === true || raw.uses_juki_net === 1 || raw.uses_juki_net === '1',
  };
}

/** Keyset order of units: by code, then id (the columns of alias `u`). */
export const UNIT_ORDER: KeysetOrder<OrganisationUnitRow> = {
  columns: ['u.code', 'u.id'],
  values: (unit) => [unit.code, unit.id],
};

export interface UnitFilters {
  readonly kind?: OrganisationUnitKind | null;
  /** Only the children of this unit; null = an id that cannot match (another type's id). */
  readonly parentId?: string | null;
}

/** The row filter (a unit is its own section) and the list filters, as SQL on alias `u`. */
function conditions(filter: RowFilter, filters: UnitFilters): SqlFragment[] {
  const out: SqlFragment[] = [rowFilterSql(filter, { section: 'u.id' })];
  if (filters.kind) out.push({ sql: 'u.kind = ?', params: [filters.kind] });
  if (filters.parentId === null) out.push({ sql: '1 = 0', params: [] });
  else if (filters.parentId !== undefined) out.push({ sql: 'u.parent_id = ?', params: [filters.parentId] });
  return out;
}

/**
 * The reads of the organisation, written in SQL for the hot paths (lists, relations of every row):
 * every statement carries the caller's row filter. Both databases accept the same text.
 */
export const ORGANISATION_UNIT_ROWS = {
  page(dataSource: DataSource, filter: RowFilter, filters: UnitFilters, page: PageRequest): Promise<KeysetPage<OrganisationUnitRow>> {
    return fetchKeysetPageSql(dataSource, { select: `SELECT ${COLUMNS('u')} FROM organisation_unit u`, where: conditions(filter, filters), order: UNIT_ORDER, map: toRow }, page);
  },

  async count(dataSource: DataSource, filter: RowFilter, filters: UnitFilters): Promise<number> {
    const where = conditions(filter, filters);
    const rows = (await dataSource.query(
      `SELECT COUNT(*) AS total FROM organisation_unit u WHERE ${where.map((c) => c.sql).join(' AND ')}`,
      where.flatMap((c) => c.params),
    )) as { total: string | number }[];
    return Number(rows[0]?.total ?? 0);
  },

  async byIds(dataSource: DataSource, filter: RowFilter, ids: readonly string[]): Promise<OrganisationUnitRow[]> {
    if (ids.length === 0) return [];
    const where = rowFilterSql(filter, { section: 'u.id' });
    const raw = (await dataSource.query(`SELECT ${COLUMNS('u')} FROM organisation_unit u WHERE u.id IN (${ids.map(() => '?').join(', ')}) AND ${where.sql}`, [
      ...ids,
      ...where.params,
    ])) as RawUnit[];
    return raw.map(toRow);
  },

  firstChildren(dataSource: DataSource, filter: RowFilter, parentIds: readonly string[], first: number): Promise<Map<string, ParentPage<OrganisationUnitRow>>> {
    return fetchFirstPerParentSql<RawUnit & { readonly window_total: string | number }, OrganisationUnitRow>(
      dataSource,
      {
        table: 'organisation_unit',
        columns: COLUMNS('t'),
        parentColumn: 'parent_id',
        orderColumns: ['code', 'id'],
        idColumn: 'id',
        where: rowFilterSql(filter, { section: 'i.id' }),
        map: toRow,
        parentOf: (row) => row.parentId,
      },
      parentIds,
      first,
    );
  },
};
