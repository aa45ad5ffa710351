import type { DataSource } from 'typeorm';
import { createDataSource } from './create-data-source';
import { migrateToLatest, pendingMigrations } from './migrate';
import { MIGRATIONS } from './migrations/migration-registry';
import { apiEntities } from '../api-modules';
import { openEmptyDatabase, TEST_DATABASES } from '../testing/test-databases';

const ALL = MIGRATIONS.map((M) => new M().name ?? '');

async function tableNames(dataSource: DataSource): Promise<string[]> {
  const rows =
    dataSource.options.type === 'better-sqlite3'
      ? ((await dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)) as { name: string }[])
      : ((await dataSource.query('SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()')) as { name: string }[]);
  return rows.map((r) => r.name).sort();
}

async function primaryKeyColumns(dataSource: DataSource, table: string): Promise<string[]> {
  if (dataSource.options.type === 'better-sqlite3') {
    const rows = (await dataSource.query(`PRAGMA table_info("${table}")`)) as { name: string; pk: number }[];
    return rows.filter((r) => r.pk > 0).map((r) => r.name);
  }
  const rows = (await dataSource.query(
    `SELECT COLUMN_NAME AS name FROM information_schema.KEY_COLUMN_USAGE
      WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND CONSTRAINT_NAME = 'PRIMARY'`,
    [table],
  )) as { name: string }[];
  return rows.map((r) => r.name);
}

/** Every entity's table, and TypeORM's own bookkeeping table. */
function expectedTables(dataSource: DataSource): string[] {
  return [...dataSource.entityMetadatas.map((m) => m.tableName), 'migrations'].sort();
}

describe.each(TEST_DATABASES)('migrations on $name', (database) => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await openEmptyDatabase(database.config());
  });
  afterAll(async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
  });

  it('starts with every committed migration pending and no table', async () => {
    expect(await pendingMigrations(dataSource)).toEqual(ALL);
    expect(await tableNames(dataSource)).toEqual([]);
  });

  it('applies them all, once', async () => {
    const applied = await migrateToLatest(dataSource);
    expect(applied.map((m) => m.name)).toEqual(ALL);
    expect(await pendingMigrations(dataSource)).toEqual([]);
    expect(await migrateToLatest(dataSource)).toEqual([]);
    expect(await tableNames(dataSource)).toEqual(expectedTables(dataSource));
  });

  it('gives every table a primary key', async () => {
    for (const table of await tableNames(dataSource)) {
      expect({ table, pk: (await primaryKeyColumns(dataSource, table)).length > 0 }).toEqual({ table, pk: true });
    }
  });

  it('leaves nothing for the entities to change (entities and migrations agree)', async () => {
    const sql = await dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('reverts them all, newest first, and applies them again', async () => {
    for (let i = ALL.length; i > 0; i--) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await pendingMigrations(dataSource)).toEqual(ALL);
    expect(await tableNames(dataSource)).toEqual(['migrations']);
    await migrateToLatest(dataSource);
    expect(await pendingMigrations(dataSource)).toEqual([]);
    expect(await tableNames(dataSource)).toEqual(expectedTables(dataSource));
  });

  if (database.name === 'sqlite') {
    it('opens SQLite in WAL mode with foreign keys and a busy timeout', async () => {
      expect(await dataSource.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
      expect(await dataSource.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
      expect(await dataSource.query('PRAGMA busy_timeout')).toEqual([{ timeout: 5000 }]);
    });
  }

  if (database.name === 'mariadb') {
    it('stores every table in InnoDB and every string column in utf8mb4', async () => {
      const tables = (await dataSource.query(
        'SELECT TABLE_NAME AS name, ENGINE AS engine FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()',
      )) as { name: string; engine: string }[];
      expect(tables.map((t) => [t.name, t.engine]).sort()).toEqual(expectedTables(dataSource).map((name) => [name, 'InnoDB']));
      const columns = (await dataSource.query(
        `SELECT TABLE_NAME AS t, COLUMN_NAME AS c, CHARACTER_SET_NAME AS charset FROM information_schema.COLUMNS
          WHERE TABLE_SCHEMA = DATABASE() AND CHARACTER_SET_NAME IS NOT NULL`,
      )) as { t: string; c: string; charset: string }[];
      expect(columns.length).toBeGreaterThan(0);
      for (const column of columns) expect(column).toEqual({ ...column, charset: 'utf8mb4' });
    });

    it('uses UTC for the session clock and keeps milliseconds in datetime(3)', async () => {
      expect(await dataSource.query('SELECT @@session.time_zone AS tz')).toEqual([{ tz: '+00:00' }]);
      const [column] = (await dataSource.query(
        `SELECT DATETIME_PRECISION AS p FROM information_schema.COLUMNS
          WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'app_instance' AND COLUMN_NAME = 'started_at'`,
      )) as { p: number | string }[];
      expect(Number(column?.p)).toBe(3);
    });

    it('lets processes that start together migrate one at a time (named lock)', async () => {
      for (let i = ALL.length; i > 0; i--) await dataSource.undoLastMigration({ transaction: 'each' });
      const others = [createDataSource(database.config(), { entities: apiEntities() }), createDataSource(database.config(), { entities: apiEntities() })];
      await Promise.all(others.map((d) => d.initialize()));
      try {
        const results = await Promise.all([migrateToLatest(dataSource), ...others.map((d) => migrateToLatest(d))]);
        expect(results.map((r) => r.length).sort()).toEqual([0, 0, ALL.length]);
        const rows = (await dataSource.query('SELECT name FROM migrations')) as { name: string }[];
        expect(rows.map((r) => r.name).sort()).toEqual([...ALL].sort());
      } finally {
        await Promise.all(others.map((d) => d.destroy()));
      }
    });
  }
});
