import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as mysql from 'mysql2/promise';
import { connectAdmin, TEST_MARIADB_CLEANUP, TEST_MARIADB_URL, TEST_TMPDIR, type MariadbCleanup } from './mariadb-admin';

/**
 * Before the integration run: a fresh MariaDB database `juki_it_<random>` and a user of the same name
 * that may use only it (password over TCP, so root's TCP restrictions do not matter). With MARIADB_URL
 * set, that database is used as it is (it must be disposable: the suites drop its tables).
 * Fails the whole run when MariaDB cannot be reached: the MariaDB half is never skipped.
 */
async function mariadbGlobalSetup(): Promise<void> {
  process.env[TEST_TMPDIR] = fs.mkdtempSync(path.join(os.tmpdir(), 'juki-it-'));
  const override = process.env['MARIADB_URL'];
  if (override) {
    try {
      const probe = await mysql.createConnection({ uri: override.replace(/^mariadb:/i, 'mysql:'), connectTimeout: 5_000 });
      await probe.query('SELECT 1');
      await probe.end();
    } catch (error) {
      throw new Error(`MariaDB is unreachable at MARIADB_URL (${(error as Error).message})`, { cause: error });
    }
    process.env[TEST_MARIADB_URL] = override;
    return;
  }
  const { connection, endpoint } = await connectAdmin();
  const name = `juki_it_${randomBytes(5).toString('hex')}`;
  const password = randomBytes(18).toString('base64url');
  try {
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    for (const host of ['127.0.0.1', 'localhost']) {
      await connection.query('CREATE USER ?@? IDENTIFIED BY ?', [name, host, password]);
      await connection.query(`GRANT ALL PRIVILEGES ON \`${name}\`.* TO ?@?`, [name, host]);
    }
  } finally {
    await connection.end();
  }
  const cleanup: MariadbCleanup = { endpoint, database: name, user: name };
  process.env[TEST_MARIADB_CLEANUP] = JSON.stringify(cleanup);
  process.env[TEST_MARIADB_URL] =
    'socketPath' in endpoint
      ? `mariadb://${name}:${password}@localhost/${name}?socketPath=${encodeURIComponent(endpoint.socketPath)}`
      : `mariadb://${name}:${password}@${endpoint.host}:${endpoint.port}/${name}`;
}

export = mariadbGlobalSetup;
