import { parseDatabaseUrl, type DatabaseConfig } from '../database/database-config';

export interface AppConfig {
  readonly host: string;
  /** 0 lets the system choose a free port (tests). */
  readonly port: number;
  /** NODE_ENV=production: no introspection, no field suggestions. */
  readonly production: boolean;
  readonly database: DatabaseConfig;
}

export const DEFAULT_PORT = 3000;
export const DEFAULT_HOST = '127.0.0.1';

/** Reads the configuration from the environment: PORT, HOST, NODE_ENV, DATABASE_URL, DATABASE_POOL_SIZE. */
export function loadAppConfig(env: Readonly<Record<string, string | undefined>>, repoRoot: string): AppConfig {
  return {
    host: env['HOST']?.trim() || DEFAULT_HOST,
    port: parsePort(env['PORT']),
    production: env['NODE_ENV'] === 'production',
    database: parseDatabaseUrl(env['DATABASE_URL'], repoRoot, parsePositiveInt(env['DATABASE_POOL_SIZE'], 10, 'DATABASE_POOL_SIZE')),
  };
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
