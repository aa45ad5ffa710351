import { randomUUID } from 'node:crypto';
import * as http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { ANONYMOUS } from '@juki/domain';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from '../app/logger';
import type { ApiContext } from '../graphql/api-context';
import { createApolloServer } from '../graphql/create-apollo-server';
import type { IdentityRuntime } from '../identity/identity-runtime';
import type { TestApi } from '../testing/test-api';

/** Who sends a fuzz call: how it authenticates (if at all). */
export interface FuzzPrincipal {
  /** e.g. `SYSTEM_OFFICER`, `anonymous`, `forged-session`. */
  readonly label: string;
  readonly kind: 'staff' | 'integration' | 'anonymous' | 'forged' | 'ended';
  /** The value of the Authorization header (HTTP) — its bearer token is what the executor authenticates. */
  readonly authorization?: string;
  /** Sent as the `juki_session` cookie (HTTP only; the executor authenticates it as a bearer would). */
  readonly cookie?: string;
  /** The member of staff behind a staff session (row id). */
  readonly staffId?: string;
}

/** One error as it reached the client. */
export interface WireError {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export interface CallResponse {
  readonly transport: 'http' | 'executor';
  readonly status: number;
  readonly data: Readonly<Record<string, unknown>> | null | undefined;
  readonly errors: readonly WireError[];
  /** The whole response as text (searched for echoed secrets, SQL, stacks). */
  readonly text: string;
}

export interface FuzzRequest {
  readonly query: string;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly principal: FuzzPrincipal;
  /** The client address (X-Forwarded-For through the trusted loopback proxy; the context's source in the executor). */
  readonly source: string;
  readonly transport: 'http' | 'executor';
}

const NO_COOKIES = { set: (): void => undefined, clear: (): void => undefined };

function tokenOf(principal: FuzzPrincipal): string | undefined {
  const bearer = principal.authorization ? /^Bearer[ ]+([^\s]+)\s*$/i.exec(principal.authorization)?.[1] : undefined;
  return bearer ?? principal.cookie;
}

/**
 * Sends fuzz calls either through the real HTTP stack of the test API (the HTTP front: guards, body limit,
 * cookie/Bearer resolution, Apollo) or through a prebuilt executor: an Apollo server built by the same
 * `createApolloServer` on the same schema, plugins and database, called with `executeOperation` and a
 * context resolved as `resolveRequest` does (the token authenticated by the identity runtime at the
 * server's clock). The executor skips only the HTTP layer, so most calls take it; a sample takes HTTP.
 */
export class FuzzTransport {
  private constructor(
    private readonly api: TestApi,
    private readonly apollo: ApolloServer<ApiContext>,
    private readonly runtime: IdentityRuntime,
  ) {}

  static async start(api: TestApi, schema: GraphQLSchema, runtime: IdentityRuntime, logger: Logger): Promise<FuzzTransport> {
    const apollo = createApolloServer({ schema, httpServer: http.createServer(), production: false, logger });
    await apollo.start();
    return new FuzzTransport(api, apollo, runtime);
  }

  async stop(): Promise<void> {
    await this.apollo.stop();
  }

  send(request: FuzzRequest): Promise<CallResponse> {
    return request.transport === 'http' ? this.overHttp(request) : this.throughExecutor(request);
  }

  private async overHttp({ query, variables, principal, source }: FuzzRequest): Promise<CallResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': source };
    if (principal.authorization) headers['authorization'] = principal.authorization;
    if (principal.cookie) headers['cookie'] = `juki_session=${principal.cookie}`;
    const response = await fetch(this.api.graphqlUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: WireError[]; error?: { code?: string; message?: string } };
    // The HTTP layer's own refusals (body, content type, origin) are `{ error: { code } }` or GraphQL-shaped.
    const errors = body.errors ?? (body.error ? [{ message: body.error.message ?? '', extensions: { code: body.error.code } }] : []);
    return { transport: 'http', status: response.status, data: body.data, errors, text };
  }

  private async throughExecutor({ query, variables, principal, source }: FuzzRequest): Promise<CallResponse> {
    const requestedAt = this.runtime.clock();
    const token = tokenOf(principal);
    const found = token ? await this.runtime.authenticate(token, requestedAt) : null;
    const authenticated = found && principal.cookie !== undefined && found.kind !== 'STAFF' ? null : found;
    const contextValue: ApiContext = {
      requestId: randomUUID(),
      requestedAt,
      dataSource: this.api.dataSource,
      principal: authenticated?.principal ?? ANONYMOUS,
      sourceAddress: source,
      identity: { runtime: this.runtime, authenticated, via: authenticated ? (principal.cookie !== undefined ? 'cookie' : 'bearer') : null, cookie: NO_COOKIES },
    };
    const response = await this.apollo.executeOperation({ query, variables: { ...variables } }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not expected');
    const { data, errors } = response.body.singleResult;
    const result = { data, errors: (errors ?? []) as WireError[] };
    return { transport: 'executor', status: response.http.status ?? 200, data: data as CallResponse['data'], errors: result.errors, text: JSON.stringify(result) };
  }
}
