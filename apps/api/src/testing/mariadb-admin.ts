import * as fs from 'node:fs';
import * as mysql from 'mysql2/promise';

/** How the integration run reaches MariaDB as an administrator (to create and drop its own database). */
export type AdminEndpoint = { readonly host: string; readonly port: number } | { readonly socketPath: string };

export const DEFAULT_SOCKET = '/run/mysqld/mysqld.sock';
const START_HINT = 'start it with: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd';

/**
 * Connects as root with an empty password: over TCP 127.0.0.1:3306 first, then through the unix socket
 * (root may be refused over TCP; KNOWN-GOOD pitfall 8). Throws — never skips — when neither works.
 */
export async function connectAdmin(preferred?: AdminEndpoint): Promise<{ connection: mysql.Connection; endpoint: AdminEndpoint }> {
  const socketPath = process.env['MARIADB_SOCKET'] ?? DEFAULT_SOCKET;
  const candidates: AdminEndpoint[] = preferred ? [preferred] : [{ host: '127.0.0.1', port: 3306 }, { socketPath }];
  const failures: string[] = [];
  for (const endpoint of candidates) {
    if ('socketPath' in endpoint && !fs.existsSync(endpoint.socketPath)) {
      failures.push(`${endpoint.socketPath}: no such socket`);
      continue;
    }
    try {
      const connection = await mysql.createConnection({ ...endpoint, user: 'root', password: '', connectTimeout: 5_000 });
      return { connection, endpoint };
    } catch (error) {
      failures.push(`${'socketPath' in endpoint ? endpoint.socketPath : `${endpoint.host}:${endpoint.port}`}: ${(error as Error).message}`);
    }
  }
  throw new Error(`MariaDB is unreachable for the integration tests (${failures.join('; ')}); ${START_HINT}, or set MARIADB_URL`);
}

/** Environment variables through which the global setup hands the database to the test files. */
export const TEST_MARIADB_URL = 'JUKI_IT_MARIADB_URL';
export const TEST_MARIADB_CLEANUP = 'JUKI_IT_MARIADB_CLEANUP';
/** A folder of this run for temporary SQLite files, removed by the global teardown. */
export const TEST_TMPDIR = 'JUKI_IT_TMPDIR';

export interface MariadbCleanup {
  readonly endpoint: AdminEndpoint;
  readonly database: string;
  readonly user: string;
}
