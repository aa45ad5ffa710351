import type { SignInRateLimit } from '@juki/domain';
import type { ApiModule } from '../api-module';
import { API_MODULES } from '../api-modules';
import type { SeedDemoMode } from '../app/app-config';
import { createJsonLogger, type Logger } from '../app/logger';
import { startApi, type RunningApi } from '../app/start-api';
import type { DatabaseConfig } from '../database/database-config';

export interface TestApi extends RunningApi {
  /** Log lines the server wrote (JSON objects). */
  readonly logs: Record<string, unknown>[];
  /** What the server printed to stdout outside the log (the demo credentials). */
  readonly printed: string[];
}

export interface TestApiOptions {
  readonly modules?: readonly ApiModule[];
  readonly production?: boolean;
  /** The server's clock (identity: session timeouts, password expiry): move time without sleeping. */
  readonly clock?: () => Date;
  readonly signInRateLimit?: SignInRateLimit;
  readonly trustProxy?: boolean | number | string;
  /** Default never: suites start on an empty database unless they ask for the demo data. */
  readonly seedDemo?: SeedDemoMode;
  /** The notification feed's poll interval (ms); default 0: the test drives `api.notificationFeed.poll()`. */
  readonly notificationPollIntervalMs?: number;
}

/** The real API (startApi: migrations, app_instance, Apollo, Express) on a free port of 127.0.0.1. */
export async function startTestApi(
  database: DatabaseConfig,
  options: TestApiOptions = {},
): Promise<TestApi> {
  const logs: Record<string, unknown>[] = [];
  const printed: string[] = [];
  const logger: Logger = createJsonLogger((line) => logs.push(JSON.parse(line) as Record<string, unknown>));
  const api = await startApi({
    config: {
      host: '127.0.0.1',
      port: 0,
      production: options.production ?? false,
      database,
      seedDemo: options.seedDemo ?? 'never',
      ...(options.signInRateLimit ? { signInRateLimit: options.signInRateLimit } : {}),
      ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    },
    logger,
    version: '0.0.0-integration',
    modules: options.modules ?? API_MODULES,
    print: (text) => printed.push(text),
    ...(options.clock ? { clock: options.clock } : {}),
    notificationPollIntervalMs: options.notificationPollIntervalMs ?? 0,
  });
  return Object.assign(api, { logs, printed });
}

export interface GraphqlResponse {
  readonly status: number;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: unknown; locations?: unknown; extensions?: Record<string, unknown> }[];
  };
  readonly text: string;
}

/** One GraphQL operation as a client sends it: an HTTP POST with a JSON body. */
export async function postGraphql(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as GraphqlResponse['body'], text };
}
