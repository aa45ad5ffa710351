import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

export interface SocketCredentials {
  /** Sent as the `juki_session` cookie of the upgrade request. */
  readonly cookie?: string;
  /** Sent as `Authorization: Bearer` on the upgrade request. */
  readonly bearer?: string;
  /** Sent in the connection parameters as `{ authorization: 'Bearer …' }` (what a browser does). */
  readonly bearerParam?: string;
  readonly origin?: string;
}

/** A graphql-ws client of the test API (no retries: a refused connection is the answer). */
export function subscriptionClient(graphqlUrl: string, credentials: SocketCredentials = {}): { client: Client; closed: Promise<{ code: number; reason: string }> } {
  const headers: Record<string, string> = {};
  if (credentials.cookie) headers['cookie'] = `juki_session=${credentials.cookie}`;
  if (credentials.bearer) headers['authorization'] = `Bearer ${credentials.bearer}`;
  if (credentials.origin) headers['origin'] = credentials.origin;
  class HeaderSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  let resolveClosed: (event: { code: number; reason: string }) => void = () => undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
  const client = createClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: HeaderSocket,
    retryAttempts: 0,
    shouldRetry: () => false,
    lazy: true,
    ...(credentials.bearerParam ? { connectionParams: { authorization: `Bearer ${credentials.bearerParam}` } } : {}),
    on: {
      closed: (event) => {
        const e = event as { code?: number; reason?: unknown };
        resolveClosed({ code: e.code ?? 0, reason: typeof e.reason === 'string' ? e.reason : String(e.reason ?? '') });
      },
    },
  });
  return { client, closed };
}

/** Subscribes and returns a function giving the next result (each call waits for one more). */
export function subscribe<T = Record<string, unknown>>(client: Client, query: string): { next: () => Promise<FormattedExecutionResult<T, unknown>>; stop: () => Promise<void> } {
  const iterator = client.iterate<T>({ query });
  return {
    next: async () => {
      const result = await iterator.next();
      if (result.done) throw new Error('subscription completed');
      return result.value;
    },
    stop: async () => {
      await iterator.return?.();
    },
  };
}

/** Waits (yielding to the event loop, bounded) until `condition` holds: for the server to register subscribers. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
