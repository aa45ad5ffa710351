import { readRows } from '../../database/raw-reader';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { SqlFragment } from '../authorization/row-filter.sql';
import { encodeCursor, type CursorValues } from './cursor';
import type { PageRequest } from './page-request';
import { pageInfo, type Connection, type Edge, type Lazy } from './connection.types';

/**
 * A keyset ordering: columns of the query (alias-qualified), the last one unique (the id), and how to read
 * the same values from a row for its cursor. Pages are `WHERE (sort, id) > (cursor) ORDER BY sort, id
 * LIMIT n + 1`: no OFFSET, so page 1,000 costs what page 1 does, and rows added meanwhile shift nothing.
 */
export interface KeysetOrder<TRow> {
  readonly columns: readonly string[];
  readonly values: (row: TRow) => CursorValues;
}

export interface KeysetPage<TRow> {
  readonly rows: readonly TRow[];
  readonly hasPreviousPage: boolean;
  readonly hasNextPage: boolean;
}

/** `(c1, c2, …) > (v1, v2, …)` (or `<`) spelled out, so both databases can use the index. */
function keysetCondition(columns: readonly string[], comparison: '>' | '<', parameter: string): string {
  const parts: string[] = [];
  for (let i = 0; i < columns.length; i++) {
    const equal = columns.slice(0, i).map((c, j) => `${c} = :${parameter}${j}`);
    parts.push([...equal, `${columns[i]} ${comparison} :${parameter}${i}`].join(' AND '));
  }
  return `(${parts.map((p) => `(${p})`).join(' OR ')})`;
}

/** The keyset condition with positional parameters, for queries written in SQL. */
export function keysetSql(columns: readonly string[], comparison: '>' | '<', values: CursorValues): { readonly sql: string; readonly params: readonly unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (let i = 0; i < columns.length; i++) {
    const equal = columns.slice(0, i).map((c) => `${c} = ?`);
    parts.push([...equal, `${columns[i]} ${comparison} ?`].join(' AND '));
    params.push(...values.slice(0, i + 1));
  }
  return { sql: `(${parts.map((p) => `(${p})`).join(' OR ')})`, params };
}

function boundParameters(values: CursorValues, parameter: string): Record<string, string | number> {
  return Object.fromEntries(values.map((v, i) => [`${parameter}${i}`, v]));
}

/** Fetches one page of `query` (already filtered, row scope included) in keyset order. */
export async function fetchKeysetPage<TRow extends ObjectLiteral>(
  query: SelectQueryBuilder<TRow>,
  order: KeysetOrder<TRow>,
  page: PageRequest,
): Promise<KeysetPage<TRow>> {
  if (page.after) query.andWhere(keysetCondition(order.columns, '>', 'keysetAfter'), boundParameters(page.after, 'keysetAfter'));
  if (page.before) query.andWhere(keysetCondition(order.columns, '<', 'keysetBefore'), boundParameters(page.before, 'keysetBefore'));
  const direction = page.direction === 'forward' ? 'ASC' : 'DESC';
  order.columns.forEach((column, i) => (i === 0 ? query.orderBy(column, direction) : query.addOrderBy(column, direction)));
  const fetched = await query.limit(page.size + 1).getMany();
  const more = fetched.length > page.size;
  const rows = more ? fetched.slice(0, page.size) : fetched;
  if (page.direction === 'forward') return { rows, hasPreviousPage: page.after !== null, hasNextPage: more };
  rows.reverse();
  return { rows, hasPreviousPage: more, hasNextPage: page.before !== null };
}

/** A keyset query written in SQL: `SELECT … FROM … <alias>` (no WHERE), its conditions, order and row mapping. */
export interface KeysetSqlQuery<TRaw, TRow> {
  readonly select: string;
  /** Every condition (row filter first), joined with AND. */
  readonly where: readonly SqlFragment[];
  readonly order: KeysetOrder<TRow>;
  readonly map: (raw: TRaw) => TRow;
}

/**
 * `fetchKeysetPage` for a hand-written query, run with `readRows` (no QueryBuilder, no entity
 * hydration: the hot list paths read plain rows). The page size is validated (0–100) before it is inlined.
 */
export async function fetchKeysetPageSql<TRaw, TRow>(dataSource: DataSource, query: KeysetSqlQuery<TRaw, TRow>, page: PageRequest): Promise<KeysetPage<TRow>> {
  const conditions = [...query.where];
  if (page.after) conditions.push(keysetSql(query.order.columns, '>', page.after));
  if (page.before) conditions.push(keysetSql(query.order.columns, '<', page.before));
  const direction = page.direction === 'forward' ? 'ASC' : 'DESC';
  const limit = Math.trunc(page.size) + 1;
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError('page size out of range');
  const sql =
    `${query.select}${conditions.length > 0 ? ` WHERE ${conditions.map((c) => c.sql).join(' AND ')}` : ''}` +
    ` ORDER BY ${query.order.columns.map((c) => `${c} ${direction}`).join(', ')} LIMIT ${limit}`;
  const raw = await readRows<TRaw>(dataSource, sql, conditions.flatMap((c) => c.params));
  const more = raw.length > page.size;
  const rows = (more ? raw.slice(0, page.size) : raw).map(query.map);
  if (page.direction === 'forward') return { rows, hasPreviousPage: page.after !== null, hasNextPage: more };
  rows.reverse();
  return { rows, hasPreviousPage: more, hasNextPage: page.before !== null };
}

/**
 * An edge whose cursor is encoded only if the client selects it: a getter on the prototype, so a page of
 * edges costs no closure per edge.
 */
export class KeysetEdge<TRow, TNode> implements Edge<TNode> {
  constructor(
    readonly node: TNode,
    private readonly row: TRow,
    private readonly order: KeysetOrder<TRow>,
  ) {}

  get cursor(): string {
    return encodeCursor(this.order.values(this.row));
  }
}

/** A Relay connection from a page: each row mapped (and authorized) once, its cursor from the keyset. */
export function toConnection<TRow, TNode>(
  page: KeysetPage<TRow>,
  order: KeysetOrder<TRow>,
  node: (row: TRow) => TNode,
  totalCount: Lazy<number>,
): Connection<TNode> {
  const edges: Edge<TNode>[] = new Array<Edge<TNode>>(page.rows.length);
  for (let i = 0; i < page.rows.length; i++) {
    const row = page.rows[i] as TRow;
    edges[i] = new KeysetEdge(node(row), row, order);
  }
  return { edges, pageInfo: pageInfo(page.hasPreviousPage, page.hasNextPage, edges), totalCount };
}
