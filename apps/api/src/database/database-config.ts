import * as path from 'node:path';

/** The database engines juki-sec runs on: embedded SQLite (one process) or MariaDB/MySQL (scale-out). */
export const DATABASE_KINDS = ['sqlite', 'mariadb', 'mysql'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

/** Where the embedded database lives when DATABASE_URL is unset, relative to the repository root. */
export const DEFAULT_SQLITE_PATH = 'data/juki-sec.sqlite';
export const DEFAULT_SQLITE_BUSY_TIMEOUT_MS = 5_000;
export const DEFAULT_POOL_SIZE = 10;

export interface SqliteDatabaseConfig {
  readonly kind: 'sqlite';
  /** Absolute path of the database file (or `:memory:`). */
  readonly path: string;
  /** How long a writer waits for another connection's lock before SQLITE_BUSY. */
  readonly busyTimeoutMs: number;
}

export interface MysqlDatabaseConfig {
  readonly kind: 'mariadb' | 'mysql';
  readonly host: string;
  readonly port: number;
  readonly username: string;
  readonly password: string;
  readonly database: string;
  /** Unix socket (`?socketPath=/run/mysqld/mysqld.sock`); when set, host and port are not used. */
  readonly socketPath: string | undefined;
  readonly poolSize: number;
}

export type DatabaseConfig = SqliteDatabaseConfig | MysqlDatabaseConfig;

const MYSQL_SCHEMES: Readonly<Record<string, MysqlDatabaseConfig['kind']>> = {
  'mysql:': 'mysql',
  'mariadb:': 'mariadb',
};

/**
 * Reads DATABASE_URL: `mysql://user:pass@host:port/db` or `mariadb://…` select the MySQL-protocol driver
 * (mysql2); anything else, or nothing, is the path of an SQLite file, resolved against `baseDir`.
 */
export function parseDatabaseUrl(url: string | undefined, baseDir: string, poolSize = DEFAULT_POOL_SIZE): DatabaseConfig {
  const value = url?.trim() ?? '';
  const scheme = /^([a-z][a-z0-9+.-]*:)\/\//i.exec(value)?.[1]?.toLowerCase();
  const kind = scheme ? MYSQL_SCHEMES[scheme] : undefined;
  if (!kind) {
    const file = value === '' ? DEFAULT_SQLITE_PATH : value;
    return {
      kind: 'sqlite',
      path: file === ':memory:' ? file : path.resolve(baseDir, file),
      busyTimeoutMs: DEFAULT_SQLITE_BUSY_TIMEOUT_MS,
    };
  }
  const parsed = new URL(value);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (database === '' || database.includes('/')) {
    throw new RangeError('DATABASE_URL must name one database: mysql://user:pass@host:port/database');
  }
  const port = parsed.port === '' ? 3306 : Number(parsed.port);
  const poolParam = parsed.searchParams.get('poolSize');
  const pool = poolParam === null ? poolSize : Number(poolParam);
  if (!Number.isInteger(pool) || pool < 1) throw new RangeError('DATABASE_URL poolSize must be a positive integer');
  return {
    kind,
    host: parsed.hostname === '' ? '127.0.0.1' : parsed.hostname,
    port,
    username: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database,
    socketPath: parsed.searchParams.get('socketPath') ?? undefined,
    poolSize: pool,
  };
}

/** A description of the database for logs: never the password. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === 'sqlite') return `sqlite:${config.path}`;
  const where = config.socketPath ?? `${config.host}:${config.port}`;
  return `${config.kind}://${config.username}@${where}/${config.database}`;
}
