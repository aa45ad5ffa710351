import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DataSource } from 'typeorm';
import { apiEntities } from '../api-modules';
import { createDataSource } from '../database/create-data-source';
import { DEFAULT_SQLITE_BUSY_TIMEOUT_MS, parseDatabaseUrl, type DatabaseConfig } from '../database/database-config';
import { TEST_MARIADB_URL, TEST_TMPDIR } from './mariadb-admin';

/** A new empty folder under this run's temporary folder (removed after the run). */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(process.env[TEST_TMPDIR] ?? os.tmpdir(), 'db-'));
}

/** One database the integration suites run against. Every suite runs once per entry of `TEST_DATABASES`. */
export interface TestDatabase {
  readonly name: 'sqlite' | 'mariadb';
  /** A fresh configuration: a new temporary SQLite file, or the run's MariaDB database. */
  config(options?: { readonly busyTimeoutMs?: number }): DatabaseConfig;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  config: (options = {}) => ({
    kind: 'sqlite',
    path: path.join(tempDir(), 'juki-sec.sqlite'),
    busyTimeoutMs: options.busyTimeoutMs ?? DEFAULT_SQLITE_BUSY_TIMEOUT_MS,
  }),
};

const mariadb: TestDatabase = {
  name: 'mariadb',
  config: () => {
    const url = process.env[TEST_MARIADB_URL];
    if (!url) throw new Error(`${TEST_MARIADB_URL} is not set: run through apps/api/jest.integration.config.cjs`);
    return parseDatabaseUrl(url, process.cwd(), 4);
  },
};

export const TEST_DATABASES: readonly TestDatabase[] = [sqlite, mariadb];

/**
 * An initialized DataSource on an EMPTY database (MariaDB: every table of the shared test database is
 * dropped first), without migrations applied.
 */
export async function openEmptyDatabase(config: DatabaseConfig): Promise<DataSource> {
  const dataSource = createDataSource(config, { entities: apiEntities() });
  await dataSource.initialize();
  if (config.kind !== 'sqlite') {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.clearDatabase();
    } finally {
      await runner.release();
    }
  }
  return dataSource;
}

/** Resolves when `resolve()` is called: for ordering two transactions in a test. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
