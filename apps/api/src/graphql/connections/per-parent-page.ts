import type { DataSource, EntityTarget, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import type { SqlFragment } from '../authorization/row-filter.sql';

/** The first rows of a one-to-many relation for each parent, and how many the parent has in all. */
export interface ParentPage<TRow> {
  readonly rows: readonly TRow[];
  readonly total: number;
}

export interface PerParentPageQuery<TRow extends ObjectLiteral> {
  readonly repository: Repository<TRow>;
  /** The property (not column) that holds the parent's id, e.g. `parentId`. */
  readonly parentProperty: string;
  /** Keyset order, as properties, the last one unique, e.g. `['code', 'id']`. */
  readonly orderProperties: readonly string[];
  readonly idProperty: string;
  /** Adds the row filter (and any other condition) to the inner query, whose alias is given. */
  readonly where: (query: SelectQueryBuilder<TRow>, alias: string) => SelectQueryBuilder<TRow>;
}

/**
 * ONE query for the first `first` children of many parents: a window (`ROW_NUMBER() OVER (PARTITION BY
 * parent ORDER BY …)`, `COUNT(*) OVER (PARTITION BY parent)`) over the rows the caller may read, joined
 * back to the entity. Works on SQLite (≥ 3.25) and MariaDB (≥ 10.2) alike. Used by DataLoaders, so a list
 * of 10 or of 1,000 parents costs one statement per relation and level.
 */
export async function fetchFirstPerParent<TRow extends ObjectLiteral>(
  spec: PerParentPageQuery<TRow>,
  parentIds: readonly string[],
  first: number,
): Promise<Map<string, ParentPage<TRow>>> {
  const pages = new Map<string, { rows: TRow[]; total: number }>();
  if (parentIds.length === 0) return pages;
  if (first === 0) return countPerParent(spec, parentIds);
  const target: EntityTarget<TRow> = spec.repository.target;
  const order = spec.orderProperties.map((p) => `inner_rows.${p}`).join(', ');
  const query = spec.repository
    .createQueryBuilder('row')
    .innerJoin(
      (sub: SelectQueryBuilder<TRow>) =>
        spec.where(
          sub
            .select(`inner_rows.${spec.idProperty}`, 'windowId')
            .addSelect(`ROW_NUMBER() OVER (PARTITION BY inner_rows.${spec.parentProperty} ORDER BY ${order})`, 'windowRow')
            .addSelect(`COUNT(*) OVER (PARTITION BY inner_rows.${spec.parentProperty})`, 'windowTotal')
            .from(target, 'inner_rows')
            .where(`inner_rows.${spec.parentProperty} IN (:...perParentIds)`, { perParentIds: [...parentIds] }),
          'inner_rows',
        ),
      'win',
      `win.windowId = row.${spec.idProperty}`,
    )
    .addSelect('win.windowId', 'windowId')
    .addSelect('win.windowTotal', 'windowTotal')
    .where('win.windowRow <= :perParentFirst', { perParentFirst: first })
    .orderBy(`row.${spec.parentProperty}`, 'ASC');
  spec.orderProperties.forEach((p) => query.addOrderBy(`row.${p}`, 'ASC'));
  const { entities, raw } = await query.getRawAndEntities<{ windowId: string; windowTotal: string | number }>();
  const totals = new Map<string, number>();
  for (const r of raw) totals.set(String(r.windowId), Number(r.windowTotal));
  for (const row of entities) {
    const parent = String(row[spec.parentProperty]);
    let page = pages.get(parent);
    if (!page) {
      page = { rows: [], total: totals.get(String(row[spec.idProperty])) ?? 0 };
      pages.set(parent, page);
    }
    page.rows.push(row);
  }
  return pages;
}

/** Totals only (for `first: 0`), still one query. */
async function countPerParent<TRow extends ObjectLiteral>(spec: PerParentPageQuery<TRow>, parentIds: readonly string[]): Promise<Map<string, ParentPage<TRow>>> {
  const rows = await spec
    .where(
      spec.repository
        .createQueryBuilder('inner_rows')
        .select(`inner_rows.${spec.parentProperty}`, 'parent')
        .addSelect('COUNT(*)', 'total')
        .where(`inner_rows.${spec.parentProperty} IN (:...perParentIds)`, { perParentIds: [...parentIds] }),
      'inner_rows',
    )
    .groupBy(`inner_rows.${spec.parentProperty}`)
    .getRawMany<{ parent: string; total: string | number }>();
  return new Map(rows.map((r) => [String(r.parent), { rows: [], total: Number(r.total) }]));
}

/** `fetchFirstPerParent` written in SQL: table and column names, the selected columns of alias `t`. */
export interface PerParentPageSql<TRaw, TRow> {
  readonly table: string;
  /** Columns of the outer alias `t` to select, e.g. `t.id, t.code`. */
  readonly columns: string;
  readonly parentColumn: string;
  /** Keyset order columns (unqualified), the last one unique. */
  readonly orderColumns: readonly string[];
  readonly idColumn: string;
  /** The row filter (and any other condition) on the inner alias `i`. */
  readonly where: SqlFragment;
  readonly map: (raw: TRaw) => TRow;
  readonly parentOf: (row: TRow) => string | null;
}

/**
 * The same single windowed statement as `fetchFirstPerParent`, run with `dataSource.query` and mapped
 * without entity hydration. `first` is validated (0–100) before it is inlined.
 */
export async function fetchFirstPerParentSql<TRaw extends { readonly window_total: string | number }, TRow>(
  dataSource: DataSource,
  spec: PerParentPageSql<TRaw, TRow>,
  parentIds: readonly string[],
  first: number,
): Promise<Map<string, ParentPage<TRow>>> {
  const pages = new Map<string, { rows: TRow[]; total: number }>();
  if (parentIds.length === 0) return pages;
  if (!Number.isSafeInteger(first) || first < 0) throw new RangeError('page size out of range');
  const inList = parentIds.map(() => '?').join(', ');
  const order = spec.orderColumns.map((c) => `i.${c}`).join(', ');
  const filter = spec.where.sql ? ` AND ${spec.where.sql}` : '';
  const sql =
    `SELECT ${spec.columns}, w.window_total FROM ${spec.table} t` +
    ` INNER JOIN (SELECT i.${spec.idColumn} AS window_id,` +
    ` ROW_NUMBER() OVER (PARTITION BY i.${spec.parentColumn} ORDER BY ${order}) AS window_row,` +
    ` COUNT(*) OVER (PARTITION BY i.${spec.parentColumn}) AS window_total` +
    ` FROM ${spec.table} i WHERE i.${spec.parentColumn} IN (${inList})${filter}) w ON w.window_id = t.${spec.idColumn}` +
    ` WHERE w.window_row <= ${Math.max(first, 1)}` +
    ` ORDER BY t.${spec.parentColumn}, ${spec.orderColumns.map((c) => `t.${c}`).join(', ')}`;
  const raw = (await dataSource.query(sql, [...parentIds, ...spec.where.params])) as TRaw[];
  for (const r of raw) {
    const row = spec.map(r);
    const parent = spec.parentOf(row);
    if (parent === null) continue;
    let page = pages.get(parent);
    if (!page) {
      page = { rows: [], total: Number(r.window_total) };
      pages.set(parent, page);
    }
    if (first > 0) page.rows.push(row);
  }
  return pages;
}
