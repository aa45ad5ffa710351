import type { ApiModule } from '../api-module';
import { API_MODULES } from '../api-modules';
import { createJsonLogger, type Logger } from '../app/logger';
import { startApi, type RunningApi } from '../app/start-api';
import type { DatabaseConfig } from '../database/database-config';

export interface TestApi extends RunningApi {
  /** Log lines the server wrote (JSON objects). */
  readonly logs: Record<string, unknown>[];
}

/** The real API (startApi: migrations, app_instance, Apollo, Express) on a free port of 127.0.0.1. */
export async function startTestApi(
  database: DatabaseConfig,
  options: { readonly modules?: readonly ApiModule[]; readonly production?: boolean } = {},
): Promise<TestApi> {
  const logs: Record<string, unknown>[] = [];
  const logger: Logger = createJsonLogger((line) => logs.push(JSON.parse(line) as Record<string, unknown>));
  const api = await startApi({
    config: { host: '127.0.0.1', port: 0, production: options.production ?? false, database },
    logger,
    version: '0.0.0-integration',
    modules: options.modules ?? API_MODULES,
  });
  return Object.assign(api, { logs });
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
