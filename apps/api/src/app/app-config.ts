import * as path from 'node:path';
import { parseCorsOrigins } from '../graphql/protection/graphql-http-guards';
import { DEFAULT_SIGN_IN_RATE_LIMIT, type SignInRateLimit } from '@juki/domain';
import { parseDatabaseUrl, type DatabaseConfig } from '../database/database-config';

/** Whether start-up seeds the demo data into an EMPTY database: `auto` = only the embedded SQLite default. */
export type SeedDemoMode = 'auto' | 'always' | 'never';

export interface AppConfig {
  readonly host: string;
  /** 0 lets the system choose a free port (tests). */
  readonly port: number;
  /** NODE_ENV=production: no introspection, no field suggestions. */
  readonly production: boolean;
  readonly database: DatabaseConfig;
  /**
   * TRUST_PROXY: Express's `trust proxy` — false (default: the socket's peer is the client), a hop count,
   * or the proxies' addresses (`loopback`, `10.0.0.1`). Behind a trusted proxy `X-Forwarded-For` gives the
   * client address (logon history) and `X-Forwarded-Proto: https` makes the session cookie Secure.
   */
  readonly trustProxy?: boolean | number | string;
  /** SIGN_IN_RATE_LIMIT=`<failures>/<seconds>` (default 20/600): failed sign-ins per source address. */
  readonly signInRateLimit?: SignInRateLimit;
  /** SEED_DEMO: unset = auto, `1` = always (also MariaDB), `0` = never. Absent = never (tests). */
  readonly seedDemo?: SeedDemoMode;
  /** CORS_ORIGINS: origins allowed besides the API's own (comma-separated); default none (same origin only). */
  readonly corsOrigins?: readonly string[];
  /** CONSOLE_DIR: the built admin console served at / (default dist/apps/admin-web; `none` = API only). */
  readonly consoleDir?: string;
}

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * Reads the configuration from the environment: PORT, HOST, NODE_ENV, DATABASE_URL, DATABASE_POOL_SIZE,
 * TRUST_PROXY, SIGN_IN_RATE_LIMIT, SEED_DEMO, CORS_ORIGINS, CONSOLE_DIR.
 */
export function loadAppConfig(env: Readonly<Record<string, string | undefined>>, repoRoot: string): AppConfig {
  return {
    host: env['HOST']?.trim() || DEFAULT_HOST,
    port: parsePort(env['PORT']),
    production: env['NODE_ENV'] === 'production',
    database: parseDatabaseUrl(env['DATABASE_URL'], repoRoot, parsePositiveInt(env['DATABASE_POOL_SIZE'], 10, 'DATABASE_POOL_SIZE')),
    trustProxy: parseTrustProxy(env['TRUST_PROXY']),
    signInRateLimit: parseRateLimit(env['SIGN_IN_RATE_LIMIT']),
    seedDemo: parseSeedDemo(env['SEED_DEMO']),
    corsOrigins: parseCorsOrigins(env['CORS_ORIGINS']),
    ...parseConsoleDir(env['CONSOLE_DIR'], repoRoot),
  };
}

function parseConsoleDir(value: string | undefined, repoRoot: string): { consoleDir?: string } {
  const v = value?.trim() ?? '';
  if (v === 'none') return {};
  return { consoleDir: path.resolve(repoRoot, v === '' ? 'dist/apps/admin-web' : v) };
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  const v = value?.trim() ?? '';
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true') throw new RangeError('TRUST_PROXY=true would believe any client: give the hop count or the proxies\' addresses');
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

function parseRateLimit(value: string | undefined): SignInRateLimit {
  const v = value?.trim() ?? '';
  if (v === '') return DEFAULT_SIGN_IN_RATE_LIMIT;
  const match = /^(\d+)\/(\d+)$/.exec(v);
  const failures = Number(match?.[1]);
  const seconds = Number(match?.[2]);
  if (!match || failures < 1 || seconds < 1) throw new RangeError(`SIGN_IN_RATE_LIMIT must be <failures>/<seconds>, e.g. 20/600, got ${JSON.stringify(value)}`);
  return { maxFailures: failures, windowMs: seconds * 1000 };
}

function parseSeedDemo(value: string | undefined): SeedDemoMode {
  const v = value?.trim() ?? '';
  if (v === '') return 'auto';
  if (v === '1') return 'always';
  if (v === '0') return 'never';
  throw new RangeError(`SEED_DEMO must be 1 or 0, got ${JSON.stringify(value)}`);
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new RangeError(`PORT must be 0–65535, got ${JSON.stringify(value)}`);
  return port;
}

function parsePositiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${name} must be a positive integer, got ${JSON.stringify(value)}`);
  return n;
}
