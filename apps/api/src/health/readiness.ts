import type { DataSource } from 'typeorm';
import { pendingMigrations } from '../database/migrate';

export type Readiness =
  | { readonly ready: true; readonly database: 'up'; readonly pendingMigrations: 0 }
  | { readonly ready: false; readonly reason: 'shutting-down' | 'database-unreachable' | 'migrations-pending'; readonly pendingMigrations?: number };

/**
 * Ready = this process can serve requests: the database answers AND every committed migration is
 * applied (a process of a newer build against an older schema, or vice versa, is not ready).
 */
export async function checkReadiness(dataSource: DataSource, shuttingDown: () => boolean): Promise<Readiness> {
  if (shuttingDown()) return { ready: false, reason: 'shutting-down' };
  if (!dataSource.isInitialized) return { ready: false, reason: 'database-unreachable' };
  try {
    await dataSource.query('SELECT 1');
  } catch {
    return { ready: false, reason: 'database-unreachable' };
  }
  try {
    const pending = await pendingMigrations(dataSource);
    return pending.length === 0
      ? { ready: true, database: 'up', pendingMigrations: 0 }
      : { ready: false, reason: 'migrations-pending', pendingMigrations: pending.length };
  } catch {
    return { ready: false, reason: 'database-unreachable' };
  }
}
