import * as fs from 'node:fs';
import * as path from 'node:path';
import * as mysql2 from 'mysql2';
import { DataSource, type DataSourceOptions, type LoggerOptions, type MigrationInterface, type MixedList, type EntitySchema } from 'typeorm';
import type { DatabaseConfig, MysqlDatabaseConfig, SqliteDatabaseConfig } from './database-config';
import { MIGRATIONS } from './migrations/migration-registry';

export interface DataSourceSetup {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own entity list type
  readonly entities: MixedList<Function | EntitySchema>;
  readonly migrations?: readonly (new () => MigrationInterface)[];
  /** TypeORM's own console logging of warnings and migrations (off in tests). */
  readonly logging?: boolean;
}

/**
 * A DataSource (not yet initialized) for the configured database. The schema is never synchronized from
 * the entities: the committed migrations are the only way it changes (run by `migrateToLatest`).
 */
export function createDataSource(config: DatabaseConfig, setup: DataSourceSetup): DataSource {
  const migrations: (new () => MigrationInterface)[] = [...(setup.migrations ?? MIGRATIONS)];
  const logging: LoggerOptions = setup.logging ? ['warn', 'migration'] : false;
  const common = {
    entities: setup.entities,
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging,
  };
  return new DataSource(config.kind === 'sqlite' ? { ...common, ...sqliteOptions(config) } : { ...common, ...mysqlOptions(config) });
}

function sqliteOptions(config: SqliteDatabaseConfig): DataSourceOptions {
  if (config.path !== ':memory:') fs.mkdirSync(path.dirname(config.path), { recursive: true });
  return {
    type: 'better-sqlite3',
    database: config.path,
    enableWAL: true,
    timeout: config.busyTimeoutMs,
    prepareDatabase: (db: { pragma: (source: string) => unknown }) => {
      db.pragma(`busy_timeout = ${Math.trunc(config.busyTimeoutMs)}`);
      db.pragma('foreign_keys = ON');
    },
  };
}

function mysqlOptions(config: MysqlDatabaseConfig): DataSourceOptions {
  return {
    type: config.kind,
    ...(config.socketPath ? { socketPath: config.socketPath } : { host: config.host, port: config.port }),
    username: config.username,
    password: config.password,
    database: config.database,
    poolSize: config.poolSize,
    charset: 'utf8mb4',
    // Dates travel as UTC both ways, and the session clock is UTC too (CURRENT_TIMESTAMP, NOW()).
    timezone: 'Z',
    driver: utcSessionDriver(),
    connectTimeout: 10_000,
    supportBigNumbers: true,
    bigNumberStrings: true,
  };
}

/**
 * mysql2 with one change: every new pooled connection sets `time_zone = '+00:00'` before first use, so
 * server-side timestamps agree with the `timezone: 'Z'` conversion whatever the server's own zone.
 */
function utcSessionDriver(): typeof mysql2 {
  return {
    ...mysql2,
    createPool: ((options: mysql2.PoolOptions) => {
      const pool = mysql2.createPool(options);
      pool.on('connection', (connection) => {
        connection.query("SET time_zone = '+00:00'", (error) => {
          // A connection whose clock could not be set is not used: its next query fails and is retried.
          if (error) connection.destroy();
        });
      });
      return pool;
    }) as typeof mysql2.createPool,
  };
}
