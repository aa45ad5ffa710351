import * as fs from 'node:fs';
import { connectAdmin, TEST_MARIADB_CLEANUP, TEST_TMPDIR, type MariadbCleanup } from './mariadb-admin';

/** After the integration run: drop the database and user that the global setup created, remove temp files. */
async function mariadbGlobalTeardown(): Promise<void> {
  const tmp = process.env[TEST_TMPDIR];
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  const raw = process.env[TEST_MARIADB_CLEANUP];
  if (!raw) return;
  const cleanup = JSON.parse(raw) as MariadbCleanup;
  const { connection } = await connectAdmin(cleanup.endpoint);
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${cleanup.database}\``);
    for (const host of ['127.0.0.1', 'localhost']) await connection.query('DROP USER IF EXISTS ?@?', [cleanup.user, host]);
  } finally {
    await connection.end();
  }
}

export = mariadbGlobalTeardown;
