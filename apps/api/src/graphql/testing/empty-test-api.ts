import type { DatabaseConfig } from '../../database/database-config';
import { startTestApi, type TestApi, type TestApiOptions } from '../../testing/test-api';
import { openEmptyDatabase } from '../../testing/test-databases';

/** Empties the run's shared MariaDB database (a new SQLite file is empty already). */
async function emptyDatabase(config: DatabaseConfig): Promise<void> {
  if (config.kind === 'sqlite') return;
  const dataSource = await openEmptyDatabase(config);
  await dataSource.destroy();
}

/**
 * The real API on an EMPTY database: the MariaDB database of an integration run is shared by its suites,
 * so a suite starts from nothing whatever ran before it, and `closeAndEmpty` leaves nothing behind.
 */
export async function startEmptyTestApi(config: DatabaseConfig, options: TestApiOptions = {}): Promise<TestApi> {
  await emptyDatabase(config);
  return startTestApi(config, options);
}

export async function closeAndEmpty(api: TestApi | undefined, config: DatabaseConfig): Promise<void> {
  await api?.close();
  await emptyDatabase(config);
}
