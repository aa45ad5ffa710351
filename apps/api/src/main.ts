import 'reflect-metadata';
import { loadAppConfig } from './app/app-config';
import { appVersion } from './app/app-version';
import { createJsonLogger } from './app/logger';
import { findRepoRoot } from './app/repo-root';
import { startApi } from './app/start-api';

const SHUTDOWN_TIMEOUT_MS = 15_000;

async function main(): Promise<void> {
  const logger = createJsonLogger();
  const repoRoot = findRepoRoot();
  const config = loadAppConfig(process.env, repoRoot);
  const version = appVersion(repoRoot);
  const api = await startApi({ config, logger, version, databaseLogging: false });
  logger.info('api.listening', { url: api.graphqlUrl, version, instanceId: api.instance.id, pid: process.pid });

  const shutdown = (signal: NodeJS.Signals): void => {
    logger.info('api.shutting_down', { signal });
    const force = setTimeout(() => {
      logger.error('api.shutdown_timeout', { timeoutMs: SHUTDOWN_TIMEOUT_MS });
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    force.unref();
    api.close().then(
      () => {
        logger.info('api.stopped', { signal });
        process.exitCode = 0;
      },
      (error: unknown) => {
        logger.error('api.shutdown_failed', { error: error instanceof Error ? error : String(error) });
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  createJsonLogger((line) => process.stderr.write(line)).error('api.start_failed', {
    error: error instanceof Error ? error : String(error),
  });
  process.exit(1);
});
