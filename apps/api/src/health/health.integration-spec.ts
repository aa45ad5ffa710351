import type { DataSource } from 'typeorm';
import { SILENT_LOGGER } from '../app/logger';
import { serveHttp, type HttpServing } from '../app/start-api';
import { migrateToLatest } from '../database/migrate';
import { MIGRATIONS } from '../database/migrations/migration-registry';
import { buildApiSchema } from '../graphql/build-api-schema';
import { startTestApi, type TestApi } from '../testing/test-api';
import { openEmptyDatabase, TEST_DATABASES } from '../testing/test-databases';
import { checkReadiness } from './readiness';

async function get(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe.each(TEST_DATABASES)('/healthz and /readyz on $name', (database) => {
  describe('a process whose database is not migrated yet', () => {
    let dataSource: DataSource;
    let serving: HttpServing;

    beforeAll(async () => {
      dataSource = await openEmptyDatabase(database.config());
      serving = await serveHttp({ dataSource, schema: await buildApiSchema(), host: '127.0.0.1', port: 0, production: false, logger: SILENT_LOGGER });
    });
    afterAll(async () => {
      await serving.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
    });

    it('is alive but not ready before migrations, ready after, and not ready once the database is closed', async () => {
      expect(await get(`${serving.baseUrl}/healthz`)).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await get(`${serving.baseUrl}/readyz`)).toEqual({
        status: 503,
        body: { status: 'not-ready', ready: false, reason: 'migrations-pending', pendingMigrations: MIGRATIONS.length },
      });

      await migrateToLatest(dataSource);
      expect(await get(`${serving.baseUrl}/readyz`)).toEqual({
        status: 200,
        body: { status: 'ready', ready: true, database: 'up', pendingMigrations: 0 },
      });

      await dataSource.destroy();
      expect(await get(`${serving.baseUrl}/readyz`)).toMatchObject({ status: 503, body: { reason: 'database-unreachable' } });
      expect((await get(`${serving.baseUrl}/healthz`)).status).toBe(200);
    });
  });

  describe('a started API', () => {
    let api: TestApi;

    beforeAll(async () => {
      const empty = await openEmptyDatabase(database.config());
      await empty.destroy();
      api = await startTestApi(database.config());
    });
    afterAll(async () => {
      await api.close();
    });

    it('is ready: startApi applied the migrations and recorded its start', async () => {
      const response = await fetch(`${api.baseUrl}/readyz`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers.get('x-powered-by')).toBeNull();
      const [row] = (await api.dataSource.query('SELECT COUNT(*) AS n FROM app_instance WHERE id = ?', [api.instance.id])) as { n: number | string }[];
      expect(Number(row?.n)).toBe(1);
    });

    it('answers unknown paths with a JSON 404', async () => {
      const response = await fetch(`${api.baseUrl}/no-such-page`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Not found' } });
    });

    it('reports not ready once shutting down', async () => {
      expect(await checkReadiness(api.dataSource, () => true)).toEqual({ ready: false, reason: 'shutting-down' });
    });

    it('stops listening and closes the database on close()', async () => {
      await api.close();
      expect(api.dataSource.isInitialized).toBe(false);
      await expect(fetch(`${api.baseUrl}/healthz`)).rejects.toThrow();
    });
  });
});
