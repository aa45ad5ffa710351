import type { EntityManager } from 'typeorm';
import type { ResidentCardState } from './resident-card-lifecycle';

/** One derived count: the cards of a section in one place and state. */
export interface CardStockCount {
  readonly sectionId: string;
  readonly placeId: string;
  readonly state: ResidentCardState;
  readonly count: number;
}

/** A condition on the derived rows `stock` (columns `stock.section_id`, `stock.place_id`, `stock.state`). */
export interface CardStockCondition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * The stock, derived in SQL from the movements alone (第10条の2第1項: never typed in): each movement adds
 * one card to (to_place, to_state) and takes one from (from_place, from_state); the sums per (section,
 * place, state) are the counts. Zero counts are left out. `where` is applied to the derived rows
 * (the API puts the caller's row filter there: `rowFilterSql` on `stock.section_id`).
 */
export function cardStockSql(where: readonly CardStockCondition[]): CardStockCondition {
  const conditions = where.length === 0 ? '1 = 1' : where.map((w) => `(${w.sql})`).join(' AND ');
  return {
    sql:
      'SELECT stock.section_id AS section_id, stock.place_id AS place_id, stock.state AS state, SUM(stock.delta) AS count FROM (' +
      ' SELECT m.section_id AS section_id, m.to_place_id AS place_id, m.to_state AS state, 1 AS delta FROM card_movement m' +
      ' UNION ALL' +
      ' SELECT m.section_id AS section_id, m.from_place_id AS place_id, m.from_state AS state, -1 AS delta FROM card_movement m WHERE m.from_state IS NOT NULL' +
      `) stock WHERE ${conditions}` +
      ' GROUP BY stock.section_id, stock.place_id, stock.state HAVING SUM(stock.delta) <> 0' +
      ' ORDER BY stock.section_id, stock.place_id, stock.state',
    params: where.flatMap((w) => w.params),
  };
}

interface RawCount {
  readonly section_id: string;
  readonly place_id: string;
  readonly state: ResidentCardState;
  readonly count: string | number;
}

/** Runs `cardStockSql` (inside a transaction: pass its manager, so the counts are those of that moment). */
export async function derivedCardStock(manager: Pick<EntityManager, 'query'>, where: readonly CardStockCondition[] = []): Promise<CardStockCount[]> {
  const { sql, params } = cardStockSql(where);
  const rows = (await manager.query(sql, [...params])) as RawCount[];
  return rows.map((r) => ({ sectionId: r.section_id, placeId: r.place_id, state: r.state, count: Number(r.count) }));
}
