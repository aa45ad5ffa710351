import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import type { ApiContext } from '../graphql/api-context';
import { consoleStaticRouter } from '../console/console-static';
import { graphqlHttpGuards } from '../graphql/protection/graphql-http-guards';
import { healthRouter } from '../health/health.router';
import type { IdentityRuntime } from '../identity/identity-runtime';
import { resolveRequest } from '../identity/request-identity';
import type { Logger } from './logger';

export interface HttpAppParts {
  readonly dataSource: DataSource;
  /** Started. */
  readonly apollo: ApolloServer<ApiContext>;
  readonly logger: Logger;
  readonly shuttingDown: () => boolean;
  /** Resolves each request's principal (cookie or Bearer token) and owns the clock. */
  readonly identity: IdentityRuntime;
  /** Express `trust proxy`: which proxies' X-Forwarded-For / -Proto are believed (false: none). */
  readonly trustProxy?: boolean | number | string;
  /** Origins allowed besides the API's own (CORS_ORIGINS); default none. */
  readonly corsOrigins?: readonly string[];
  /** The built admin console (dist/apps/admin-web), served at / when it exists. */
  readonly consoleDir?: string;
}

export const GRAPHQL_PATH = '/graphql';

/**
 * The HTTP surface of the process, in order: request id → health probes → GraphQL → the admin console's
 * static files and its client-side routes (same origin, security headers) → JSON 404 → JSON error
 * handler (never a stack trace).
 */
export function createHttpApp({ dataSource, apollo, logger, shuttingDown, identity, trustProxy = false, corsOrigins = [], consoleDir }: HttpAppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(requestId);
  app.use(healthRouter({ dataSource, shuttingDown }));
  app.use(
    GRAPHQL_PATH,
    // Origin allowlist (CORS), JSON-only POSTs (CSRF) and a body limit, each refused with a coded JSON error.
    ...graphqlHttpGuards({ allowedOrigins: corsOrigins }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<ApiContext> => {
        const requestedAt = identity.clock();
        const resolved = await resolveRequest(identity, req, res, requestedAt);
        return { requestId: String(res.locals['requestId']), requestedAt, dataSource, ...resolved };
      },
    }),
  );
  const consoleRouter = consoleDir ? consoleStaticRouter(consoleDir) : undefined;
  if (consoleRouter) app.use(consoleRouter);
  app.use((_req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Not found' } });
  });
  app.use(errorHandler(logger));
  return app;
}

const INBOUND_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Correlates a response with the server's log lines (`x-request-id`, kept from a proxy when well-formed). */
const requestId: RequestHandler = (req, res, next) => {
  const inbound = req.get('x-request-id');
  const id = inbound && INBOUND_REQUEST_ID.test(inbound) ? inbound : randomUUID();
  res.locals['requestId'] = id;
  res.set('x-request-id', id);
  next();
};

function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = httpStatusOf(error);
    if (status >= 400 && status < 500) {
      res.status(status).json({ error: { code: 'BAD_REQUEST', message: 'Bad request' } });
      return;
    }
    logger.error('http.unexpected_error', {
      requestId: String(res.locals['requestId']),
      error: error instanceof Error ? error : String(error),
    });
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
  };
}

function httpStatusOf(error: unknown): number {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' && Number.isInteger(status) ? status : 500;
}
