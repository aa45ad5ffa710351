import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import parseurl from 'parseurl';
import type { DataSource } from 'typeorm';
import type { ApiContext } from '../graphql/api-context';
import { consoleStaticRouter } from '../console/console-static';
import { healthRouter } from '../health/health.router';
import type { IdentityRuntime } from '../identity/identity-runtime';
import { resolveRequest } from '../identity/request-identity';
import { graphqlFront } from './graphql-front';
import { answerHttpError, compileTrustProxy, requestIdOf, type TrustProxySetting } from './http-exchange';
import type { Logger } from './logger';

export interface HttpAppParts {
  readonly dataSource: DataSource;
  /** Started. */
  readonly apollo: ApolloServer<ApiContext>;
  readonly logger: Logger;
  readonly shuttingDown: () => boolean;
  /** Resolves each request's principal (cookie or Bearer token) and owns the clock. */
  readonly identity: IdentityRuntime;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For / -Proto are believed (false: none). */
  readonly trustProxy?: TrustProxySetting;
  /** Origins allowed besides the API's own (CORS_ORIGINS); default none. */
  readonly corsOrigins?: readonly string[];
  /** The built admin console (dist/apps/admin-web), served at / when it exists. */
  readonly consoleDir?: string;
}

export const GRAPHQL_PATH = '/graphql';

/** The process's request listener (`http.createServer(listener)`, or supertest's `request(listener)`). */
export type HttpListener = (req: IncomingMessage, res: ServerResponse) => void;

/** The paths Express's `app.use('/graphql', …)` matched: `/graphql` and below, any case, trailing slash or not. */
const GRAPHQL_PATHS = /^\/graphql(?:\/|$)/i;

/**
 * The HTTP surface of the process. `/graphql` goes to the lean front (`graphqlFront`: request id, origin
 * check and CORS, JSON-only POSTs, the body limit, Apollo; no Express on the hot path). Everything else
 * goes to Express, in order: request id → health probes → the admin console's static files and its
 * client-side routes (same origin, security headers) → JSON 404 → JSON error handler (never a stack trace).
 */
export function createHttpApp({ dataSource, apollo, logger, shuttingDown, identity, trustProxy = false, corsOrigins = [], consoleDir }: HttpAppParts): HttpListener {
  const trust = compileTrustProxy(trustProxy);
  const graphql = graphqlFront<ApiContext>({
    server: apollo,
    allowedOrigins: corsOrigins,
    logger,
    context: async ({ req, res, requestId }) => {
      const requestedAt = identity.clock();
      const resolved = await resolveRequest(identity, { req, res, trustProxy: trust }, requestedAt);
      return { requestId, requestedAt, dataSource, ...resolved };
    },
  });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(requestId);
  app.use(healthRouter({ dataSource, shuttingDown }));
  const consoleRouter = consoleDir ? consoleStaticRouter(consoleDir) : undefined;
  if (consoleRouter) app.use(consoleRouter);
  app.use((_req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Not found' } });
  });
  app.use(errorHandler(logger));
  return (req, res) => {
    if (GRAPHQL_PATHS.test(parseurl(req)?.pathname ?? '')) graphql(req, res);
    else app(req, res);
  };
}

/** Correlates a response with the server's log lines (`x-request-id`, kept from a proxy when well-formed). */
const requestId: RequestHandler = (req, res, next) => {
  const id = requestIdOf(req);
  res.locals['requestId'] = id;
  res.set('x-request-id', id);
  next();
};

function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    answerHttpError(req, res, error, logger, String(res.locals['requestId']));
  };
}
