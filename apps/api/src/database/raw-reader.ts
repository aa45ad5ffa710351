import type { DataSource } from 'typeorm';

interface CallbackPool {
  query(sql: string, values: unknown[], callback: (error: Error | null, rows: unknown) => void): void;
}

/**
 * Plain rows of one hand-written read statement, for the per-request hot paths (session lookup, list
 * pages): on MariaDB/MySQL straight on the driver's mysql2 pool (callback API) — no QueryRunner, no
 * promise wrapper capturing a stack trace per statement; on SQLite through `dataSource.query`. The rows
 * are the driver's: instants are Dates on MariaDB and UTC text on SQLite (`dbInstant`), booleans 0/1.
 * Reads only: writes go through `withTransaction`.
 */
export function readRows<T = Record<string, unknown>>(dataSource: DataSource, sql: string, params: readonly unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { pool?: CallbackPool }).pool;
  if (!pool || typeof pool.query !== 'function') return dataSource.query(sql, [...params]) as Promise<T[]>;
  // Through TypeORM's logger like every other statement (logging options, statement-counting tests).
  dataSource.logger.logQuery(sql, [...params]);
  return new Promise((resolve, reject) => {
    pool.query(sql, [...params], (error, rows) => (error ? reject(error) : resolve(rows as T[])));
  });
}
