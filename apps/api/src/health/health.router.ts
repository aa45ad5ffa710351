import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { checkReadiness } from './readiness';

export interface HealthDependencies {
  readonly dataSource: DataSource;
  readonly shuttingDown: () => boolean;
  /** Bounds a readiness probe against a database that hangs instead of failing (default 2 s). */
  readonly readinessTimeoutMs?: number;
}

/**
 * `/healthz`: the process is up (liveness; no database, so a database outage does not restart every
 * process). `/readyz`: the process can serve (database reachable, all migrations applied), else 503.
 */
export function healthRouter({ dataSource, shuttingDown, readinessTimeoutMs = 2_000 }: HealthDependencies): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').status(200).json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const readiness = await Promise.race([
      checkReadiness(dataSource, shuttingDown),
      new Promise<{ ready: false; reason: 'database-unreachable' }>((resolve) => {
        setTimeout(() => resolve({ ready: false, reason: 'database-unreachable' }), readinessTimeoutMs).unref();
      }),
    ]);
    res
      .set('Cache-Control', 'no-store')
      .status(readiness.ready ? 200 : 503)
      .json({ status: readiness.ready ? 'ready' : 'not-ready', ...readiness });
  });
  return router;
}
