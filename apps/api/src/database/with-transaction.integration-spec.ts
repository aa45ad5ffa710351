import type { DataSource } from 'typeorm';
import { apiEntities } from '../api-modules';
import { deferred, openEmptyDatabase, TEST_DATABASES } from '../testing/test-databases';
import { createDataSource } from './create-data-source';
import type { DatabaseConfig } from './database-config';
import { portableTable } from './portable-table';
import type { RetryReason } from './transaction-errors';
import { withTransaction } from './with-transaction';

/** A scratch table of this suite only (not a migration): two rows to lock. */
async function createLockTable(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.createTable(
      portableTable(runner, {
        name: 'it_lock_row',
        columns: [
          { name: 'id', type: 'int', isPrimary: true },
          { name: 'v', type: 'int' },
        ],
      }),
      true,
    );
  } finally {
    await runner.release();
  }
  await dataSource.query('DELETE FROM it_lock_row');
  await dataSource.query('INSERT INTO it_lock_row (id, v) VALUES (1, 0), (2, 0)');
}

async function values(dataSource: DataSource): Promise<Record<number, number>> {
  const rows = (await dataSource.query('SELECT id, v FROM it_lock_row ORDER BY id')) as { id: number; v: number }[];
  return Object.fromEntries(rows.map((r) => [Number(r.id), Number(r.v)]));
}

describe.each(TEST_DATABASES)('withTransaction on $name', (database) => {
  let config: DatabaseConfig;
  let dataSource: DataSource;

  beforeAll(async () => {
    config = database.config({ busyTimeoutMs: 50 });
    dataSource = await openEmptyDatabase(config);
  });
  beforeEach(async () => {
    await createLockTable(dataSource);
  });
  afterAll(async () => {
    await dataSource.query('DROP TABLE IF EXISTS it_lock_row');
    await dataSource.destroy();
  });

  it('commits on success and rolls back on failure', async () => {
    await withTransaction(dataSource, (m) => m.query('UPDATE it_lock_row SET v = 5 WHERE id = 1'));
    const error = new Error('refused by the domain');
    await expect(
      withTransaction(dataSource, async (m) => {
        await m.query('UPDATE it_lock_row SET v = 99 WHERE id = 2');
        throw error;
      }),
    ).rejects.toBe(error);
    expect(await values(dataSource)).toEqual({ 1: 5, 2: 0 });
  });

  it('passes a non-retryable database error through unchanged, after one attempt', async () => {
    let attempts = 0;
    const failure = withTransaction(dataSource, async (m) => {
      attempts++;
      await m.query('INSERT INTO it_lock_row (id, v) VALUES (1, 1)');
    });
    await expect(failure).rejects.toMatchObject({ name: 'QueryFailedError' });
    await expect(failure).rejects.toThrow(/UNIQUE constraint failed|Duplicate entry/);
    expect(attempts).toBe(1);
  });

  if (database.name === 'mariadb') {
    it('completes two transactions that deadlock (rows locked in opposite order) by retrying the victim', async () => {
      const firstHoldsRow1 = deferred();
      const secondHoldsRow2 = deferred();
      const retries: [string, RetryReason][] = [];
      const first = withTransaction(
        dataSource,
        async (m, attempt) => {
          await m.query('UPDATE it_lock_row SET v = v + 1 WHERE id = 1');
          if (attempt === 1) {
            firstHoldsRow1.resolve();
            await secondHoldsRow2.promise;
          }
          await m.query('UPDATE it_lock_row SET v = v + 10 WHERE id = 2');
        },
        { onRetry: (e) => retries.push(['first', e.reason]) },
      );
      const second = withTransaction(
        dataSource,
        async (m, attempt) => {
          await m.query('UPDATE it_lock_row SET v = v + 100 WHERE id = 2');
          if (attempt === 1) {
            secondHoldsRow2.resolve();
            await firstHoldsRow1.promise;
          }
          await m.query('UPDATE it_lock_row SET v = v + 1000 WHERE id = 1');
        },
        { onRetry: (e) => retries.push(['second', e.reason]) },
      );
      await Promise.all([first, second]);
      expect(retries).toHaveLength(1);
      expect(retries[0]?.[1]).toBe('deadlock');
      expect(await values(dataSource)).toEqual({ 1: 1001, 2: 110 });
    });
  }

  if (database.name === 'sqlite') {
    it('retries when another connection holds the write lock (SQLITE_BUSY)', async () => {
      const other = createDataSource(config, { entities: apiEntities() });
      await other.initialize();
      try {
        const holderWrote = deferred();
        const releaseHolder = deferred();
        const retries: RetryReason[] = [];
        const holder = withTransaction(other, async (m) => {
          await m.query('UPDATE it_lock_row SET v = v + 1 WHERE id = 1');
          holderWrote.resolve();
          await releaseHolder.promise;
        });
        await holderWrote.promise;
        const contender = withTransaction(dataSource, (m) => m.query('UPDATE it_lock_row SET v = v + 10 WHERE id = 2'), {
          onRetry: (e) => {
            retries.push(e.reason);
            releaseHolder.resolve();
          },
        });
        await Promise.all([holder, contender]);
        expect(retries[0]).toBe('sqlite-busy');
        expect(await values(dataSource)).toEqual({ 1: 1, 2: 10 });
      } finally {
        await other.destroy();
      }
    });

    it('runs concurrent transactions of one process one after another on the shared connection', async () => {
      const increments = Array.from({ length: 20 }, (_, i) =>
        withTransaction(dataSource, async (m) => {
          const [row] = (await m.query('SELECT v FROM it_lock_row WHERE id = 1')) as { v: number }[];
          await new Promise((resolve) => setTimeout(resolve, i % 3));
          await m.query('UPDATE it_lock_row SET v = ? WHERE id = 1', [Number(row?.v) + 1]);
        }),
      );
      await Promise.all(increments);
      expect((await values(dataSource))[1]).toBe(20);
    });
  }
});
