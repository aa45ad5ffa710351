import * as http from 'node:http';
import * as os from 'node:os';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { ApiModule } from '../api-module';
import { apiEntities, API_MODULES } from '../api-modules';
import { recordAppInstanceStart } from '../app-instance/app-instance.repository';
import type { AppInstanceEntity } from '../app-instance/app-instance.entity';
import { createDataSource } from '../database/create-data-source';
import { describeDatabase } from '../database/database-config';
import { migrateToLatest } from '../database/migrate';
import { buildApiSchema } from '../graphql/build-api-schema';
import { createApolloServer } from '../graphql/create-apollo-server';
import { IdentityRuntime } from '../identity/identity-runtime';
import { NotificationFeed } from '../notifications/notification-feed';
import { serveSubscriptions } from '../notifications/notification-subscriptions';
import { seedDemoOnStart } from '../seed/seed-demo-on-start';
import type { AppConfig } from './app-config';
import { createHttpApp, GRAPHQL_PATH } from './create-http-app';
import type { Logger } from './logger';

export interface HttpServing {
  /** e.g. http://127.0.0.1:3000 */
  readonly baseUrl: string;
  readonly graphqlUrl: string;
  readonly httpServer: http.Server;
  /** Pushes new notifications to this process's WebSocket subscribers (`poll()` drives it in tests). */
  readonly notificationFeed: NotificationFeed;
  /** Marks the process not ready, drains in-flight requests and closes the HTTP server. */
  stop(): Promise<void>;
}

export interface HttpServingSetup {
  readonly dataSource: DataSource;
  readonly schema: GraphQLSchema;
  readonly host: string;
  readonly port: number;
  readonly production: boolean;
  readonly logger: Logger;
  /** Resolves each request's principal; default: a runtime on `dataSource` with the system clock. */
  readonly identity?: IdentityRuntime;
  readonly trustProxy?: boolean | number | string;
  readonly corsOrigins?: readonly string[];
  /** How often the notification feed polls the database (ms); 0: only when `notificationFeed.poll()` is called. */
  readonly notificationPollIntervalMs?: number;
  /** The built admin console to serve at / (absent or not built: API only). */
  readonly consoleDir?: string;
}

/** Serves the API over HTTP on an initialized DataSource (migrated or not: /readyz tells). */
export async function serveHttp(setup: HttpServingSetup): Promise<HttpServing> {
  const httpServer = http.createServer();
  let shuttingDown = false;
  const apollo = createApolloServer({ schema: setup.schema, httpServer, production: setup.production, logger: setup.logger });
  await apollo.start();
  const identity = setup.identity ?? new IdentityRuntime(setup.dataSource, { logger: setup.logger });
  // 第10条の2第2項: GraphQL subscriptions over WebSocket on the same path, fed from the database (cluster-safe).
  const notificationFeed = new NotificationFeed({
    dataSource: setup.dataSource,
    identity,
    logger: setup.logger,
    ...(setup.notificationPollIntervalMs !== undefined ? { pollIntervalMs: setup.notificationPollIntervalMs } : {}),
  });
  await notificationFeed.start();
  const subscriptions = serveSubscriptions({
    httpServer,
    path: GRAPHQL_PATH,
    schema: setup.schema,
    dataSource: setup.dataSource,
    identity,
    feed: notificationFeed,
    logger: setup.logger,
    ...(setup.corsOrigins !== undefined ? { corsOrigins: setup.corsOrigins } : {}),
  });
  httpServer.on(
    'request',
    createHttpApp({
      dataSource: setup.dataSource,
      apollo,
      logger: setup.logger,
      shuttingDown: () => shuttingDown,
      identity,
      ...(setup.trustProxy !== undefined ? { trustProxy: setup.trustProxy } : {}),
      ...(setup.corsOrigins !== undefined ? { corsOrigins: setup.corsOrigins } : {}),
      ...(setup.consoleDir !== undefined ? { consoleDir: setup.consoleDir } : {}),
    }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(setup.port, setup.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = setup.host.includes(':') ? `[${setup.host}]` : setup.host;
  const baseUrl = `http://${host}:${port}`;
  let stopping: Promise<void> | undefined;
  return {
    baseUrl,
    graphqlUrl: baseUrl + GRAPHQL_PATH,
    httpServer,
    notificationFeed,
    stop: () => {
      shuttingDown = true;
      // WebSocket subscriptions end first; then Apollo's drain plugin closes the listener, lets in-flight
      // requests finish, then closes idle sockets.
      stopping ??= subscriptions.dispose().then(() => apollo.stop());
      return stopping;
    },
  };
}

export interface RunningApi extends HttpServing {
  readonly dataSource: DataSource;
  readonly instance: AppInstanceEntity;
  /** Graceful: stop serving, then close the database. Safe to call twice. */
  close(): Promise<void>;
}

export interface StartApiOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly version: string;
  readonly modules?: readonly ApiModule[];
  /** TypeORM's own console logging. */
  readonly databaseLogging?: boolean;
  /** The clock of the process (tests inject one to move time; never sleep). */
  readonly clock?: () => Date;
  /** Where the demo credentials are printed when the demo seed is in use (stdout; never the log). */
  readonly print?: (text: string) => void;
  /** How often the notification feed polls (ms, default 1,000); 0: tests call `notificationFeed.poll()`. */
  readonly notificationPollIntervalMs?: number;
}

/**
 * Starts one API process: open the database, apply pending migrations, record this start in
 * app_instance, build the schema and serve HTTP. Any failure closes what was opened and rethrows.
 */
export async function startApi({
  config,
  logger,
  version,
  modules = API_MODULES,
  databaseLogging = false,
  clock,
  print = (text) => process.stdout.write(text),
  notificationPollIntervalMs,
}: StartApiOptions): Promise<RunningApi> {
  const dataSource = createDataSource(config.database, { entities: apiEntities(modules), logging: databaseLogging });
  try {
    await dataSource.initialize();
    const applied = await migrateToLatest(dataSource);
    logger.info('database.ready', { database: describeDatabase(config.database), migrationsApplied: applied.map((m) => m.name) });
    const instance = await recordAppInstanceStart(dataSource, {
      hostname: os.hostname(),
      pid: process.pid,
      version,
      databaseKind: config.database.kind,
      startedAt: new Date(),
    });
    const identity = new IdentityRuntime(dataSource, {
      logger,
      ...(clock ? { clock } : {}),
      ...(config.signInRateLimit ? { signInRateLimit: config.signInRateLimit } : {}),
    });
    await seedDemoOnStart({ dataSource, identity, mode: config.seedDemo ?? 'never', databaseKind: config.database.kind, logger, print });
    const schema = await buildApiSchema(modules);
    const serving = await serveHttp({
      dataSource,
      schema,
      host: config.host,
      port: config.port,
      production: config.production,
      logger,
      identity,
      ...(config.trustProxy !== undefined ? { trustProxy: config.trustProxy } : {}),
      ...(config.corsOrigins !== undefined ? { corsOrigins: config.corsOrigins } : {}),
      ...(notificationPollIntervalMs !== undefined ? { notificationPollIntervalMs } : {}),
      ...(config.consoleDir !== undefined ? { consoleDir: config.consoleDir } : {}),
    });
    let closing: Promise<void> | undefined;
    return {
      ...serving,
      dataSource,
      instance,
      close: () => {
        closing ??= serving.stop().finally(() => (dataSource.isInitialized ? dataSource.destroy() : undefined));
        return closing;
      },
    };
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    throw error;
  }
}
