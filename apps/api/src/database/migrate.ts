import { MigrationExecutor, type DataSource, type Migration } from 'typeorm';

/** Held while migrating so that API processes starting together against MariaDB migrate one at a time. */
const MIGRATION_LOCK = 'juki_sec.migrations';
const MIGRATION_LOCK_TIMEOUT_S = 120;

/**
 * Applies every pending migration (each in its own transaction where the database allows DDL in one).
 * On MariaDB/MySQL a named lock serialises concurrent start-ups on one server. On a Galera cluster
 * GET_LOCK is node-local: point every process's start-up at the same node, or start one first.
 */
export async function migrateToLatest(dataSource: DataSource): Promise<Migration[]> {
  const type = dataSource.options.type;
  if (type !== 'mysql' && type !== 'mariadb') return dataSource.runMigrations({ transaction: 'each' });
  const lockRunner = dataSource.createQueryRunner();
  try {
    const rows = (await lockRunner.query('SELECT GET_LOCK(?, ?) AS acquired', [MIGRATION_LOCK, MIGRATION_LOCK_TIMEOUT_S])) as {
      acquired: number | string | null;
    }[];
    if (Number(rows[0]?.acquired) !== 1) throw new Error('timed out waiting for the migration lock');
    try {
      return await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await lockRunner.query('SELECT RELEASE_LOCK(?)', [MIGRATION_LOCK]);
    }
  } finally {
    await lockRunner.release();
  }
}

/** Names of the migrations that are committed in code but not applied to the database. Reads only. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const pending = await new MigrationExecutor(dataSource).getPendingMigrations();
  return pending.map((m) => m.name);
}
