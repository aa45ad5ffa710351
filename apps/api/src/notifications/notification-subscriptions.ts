import type * as http from 'node:http';
import { randomUUID } from 'node:crypto';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { DataSource } from 'typeorm';
import type { Logger } from '../app/logger';
import type { ApiContext } from '../graphql/api-context';
import { catalogueError } from '../graphql/api-error';
import { authorizeOperation } from '../graphql/authorization/operation-authorization';
import { refusalError } from '../graphql/authorization/operation-authorization.plugin';
import { requestScope } from '../graphql/authorization/request-scope';
import { formatApiError } from '../graphql/format-error';
import { QUERY_LIMITS, queryLimitRules } from '../graphql/protection/query-limits';
import type { IdentityRuntime } from '../identity/identity-runtime';
import type { RequestIdentity } from '../identity/request-identity';
import { bearerToken, readCookie, SESSION_COOKIE } from '../identity/session-cookie';
import { CLOSE_FORBIDDEN, CLOSE_UNAUTHORIZED, usablePrincipal, type NotificationFeed, type NotificationSubscriber } from './notification-feed';

/** What a subscription's resolvers find in their context besides the ApiContext. */
export interface SubscriptionContext extends ApiContext {
  readonly notificationSubscription?: { readonly feed: NotificationFeed; readonly subscriber: NotificationSubscriber };
}

export interface SubscriptionServerSetup {
  readonly httpServer: http.Server;
  readonly path: string;
  readonly schema: GraphQLSchema;
  readonly dataSource: DataSource;
  readonly identity: IdentityRuntime;
  readonly feed: NotificationFeed;
  readonly logger: Logger;
  /** Origins allowed besides the API's own (CORS_ORIGINS), as for HTTP. */
  readonly corsOrigins?: readonly string[];
}

export interface SubscriptionServer {
  /** Closes every socket and stops accepting new ones. */
  dispose(): Promise<void>;
}

/** How a socket authenticated (connection time), re-checked at each subscribe and each delivery. */
interface SocketAuth {
  readonly token: string;
  readonly via: 'cookie' | 'bearer';
  readonly sourceAddress: string | null;
  readonly connectionId: string;
}

/** Connection parameters a browser can send (it cannot set headers on a WebSocket): `{ authorization: 'Bearer …' }`. */
interface ConnectionParams {
  readonly authorization?: unknown;
  readonly [key: string]: unknown;
}

const NO_COOKIES = { set: () => undefined, clear: () => undefined };

/**
 * GraphQL subscriptions over WebSocket (graphql-ws protocol) on the HTTP server's `/graphql`, for the
 * `notificationAdded` subscription (第10条の2第2項). Authentication happens when the connection opens —
 * `Authorization: Bearer` on the upgrade request or in the connection parameters (a session or an API
 * client token), else the console's `juki_session` cookie — and an anonymous or unknown secret is refused
 * (closed 4401). Browsers' cross-origin sockets are refused like cross-origin POSTs (4403). Each subscribe
 * message is parsed with the token limit, validated with the document limits, must be a subscription, and
 * passes the same operation-authorization pass as HTTP requests (OPERATION_MATRIX `Subscription.*`, field
 * access, token scopes). Errors leave through `formatApiError`. Queries and mutations stay on HTTP.
 */
export function serveSubscriptions(setup: SubscriptionServerSetup): SubscriptionServer {
  const wsServer = new WebSocketServer({ server: setup.httpServer, path: setup.path, maxPayload: 100 * 1024 });
  const auths = new WeakMap<object, SocketAuth>();
  const allowedOrigins = new Set(setup.corsOrigins ?? []);
  const rules = [...specifiedRules, ...queryLimitRules()];

  const contextOf = (auth: SocketAuth, principal: ApiContext['principal'], authenticated: RequestIdentity['authenticated'], now: Date): ApiContext => ({
    requestId: `${auth.connectionId}:${randomUUID()}`,
    requestedAt: now,
    principal,
    sourceAddress: auth.sourceAddress,
    dataSource: setup.dataSource,
    identity: { runtime: setup.identity, authenticated, via: auth.via, cookie: NO_COOKIES },
  });

  const cleanup = useServer<ConnectionParams>(
    {
      schema: setup.schema,
      connectionInitWaitTimeout: 10_000,
      onConnect: async (ctx) => {
        const request = ctx.extra.request;
        const socket = ctx.extra.socket;
        const origin = request.headers.origin;
        if (origin !== undefined && !sameOrigin(origin, request.headers.host) && !allowedOrigins.has(origin)) {
          socket.close(CLOSE_FORBIDDEN, 'Origin not allowed');
          return false;
        }
        const header = bearerToken(request.headers.authorization);
        const param = typeof ctx.connectionParams?.authorization === 'string' ? bearerToken(ctx.connectionParams.authorization) : undefined;
        const bearer = header ?? param;
        const cookie = bearer === undefined ? readCookie(request.headers.cookie, SESSION_COOKIE) : undefined;
        const token = bearer ?? cookie;
        const via = bearer !== undefined ? 'bearer' : 'cookie';
        const authenticated = token ? await setup.identity.authenticate(token, setup.identity.clock()).catch(() => null) : null;
        if (!token || !usablePrincipal(authenticated, via)) {
          socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized');
          return false;
        }
        auths.set(ctx, { token, via, sourceAddress: addressOf(request), connectionId: randomUUID() });
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const auth = auths.get(ctx);
        if (!auth) {
          ctx.extra.socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized');
          return [catalogueError('UNAUTHENTICATED', 'PERMISSIONS.SIGN_IN_REQUIRED')];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: QUERY_LIMITS.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('Syntax error')];
        }
        const errors = validate(setup.schema, document, rules);
        if (errors.length > 0) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation || operation.operation !== 'subscription') return [catalogueError('BAD_USER_INPUT', 'NOTIFICATIONS.SUBSCRIPTIONS_ONLY')];
        const now = setup.identity.clock();
        const authenticated = await setup.identity.authenticate(auth.token, now).catch(() => null);
        const principal = usablePrincipal(authenticated, auth.via);
        if (!principal) {
          ctx.extra.socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized');
          return [catalogueError('UNAUTHENTICATED', 'PERMISSIONS.SIGN_IN_REQUIRED')];
        }
        const context = contextOf(auth, principal, authenticated, now);
        const verdict = authorizeOperation(setup.schema, document, payload.operationName, requestScope(context).subject);
        if (!verdict.allowed) return [refusalError(verdict.refusal)];
        const subscriber: NotificationSubscriber = {
          token: auth.token,
          context,
          close: (code, reason) => ctx.extra.socket.close(code, reason),
          expiresAt: authenticated?.kind === 'STAFF' ? earliest(authenticated.expiresAt, authenticated.absoluteExpiresAt) : null,
        };
        const contextValue: SubscriptionContext = { ...context, notificationSubscription: { feed: setup.feed, subscriber } };
        const args: ExecutionArgs = {
          schema: setup.schema,
          document,
          contextValue,
          ...(payload.operationName ? { operationName: payload.operationName } : {}),
          ...(payload.variables ? { variableValues: payload.variables } : {}),
        };
        return args;
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatApiError(error.toJSON(), error)),
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors || result.errors.length === 0) return undefined;
        for (const error of result.errors) {
          if (!(error.originalError instanceof GraphQLError) && error.originalError) {
            setup.logger.error('graphql.unexpected_error', { requestId: 'subscription', path: error.path ?? null, error: error.originalError });
          }
        }
        return { ...result, errors: result.errors.map((error) => formatApiError(error.toJSON(), error)) };
      },
    },
    wsServer,
  );

  let disposing: Promise<void> | undefined;
  return {
    dispose: () => {
      disposing ??= (async () => {
        setup.feed.stop();
        await cleanup.dispose();
        await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      })();
      return disposing;
    },
  };
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

function addressOf(request: http.IncomingMessage): string | null {
  const ip = request.socket.remoteAddress;
  if (!ip) return null;
  return (ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip).slice(0, 45);
}

function earliest(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}
