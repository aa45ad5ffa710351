import fc from 'fast-check';
import type { DataSource, EntityManager } from 'typeorm';
import { backoffDelay, DEFAULT_TRANSACTION_OPTIONS, withTransaction, type RetryEvent } from './with-transaction';

const deadlock = (): Error => Object.assign(new Error('Deadlock found when trying to get lock'), { errno: 1213, code: 'ER_LOCK_DEADLOCK' });
const duplicate = (): Error => Object.assign(new Error('Duplicate entry'), { errno: 1062, code: 'ER_DUP_ENTRY' });

/**
 * A stand-in for DataSource.transaction that fails its first attempts with the given errors. The real
 * databases are exercised by with-transaction.integration-spec.ts; this isolates the retry loop.
 */
function flakyDataSource(failures: readonly Error[], type = 'mariadb'): { dataSource: DataSource; calls: () => number } {
  let calls = 0;
  const manager = {} as EntityManager;
  const dataSource = {
    options: { type },
    transaction: async (...args: unknown[]) => {
      const fn = args[args.length - 1] as (m: EntityManager) => Promise<unknown>;
      const failure = failures[calls++];
      const value = await fn(manager);
      if (failure) throw failure;
      return value;
    },
  } as unknown as DataSource;
  return { dataSource, calls: () => calls };
}

const noSleep = (): Promise<void> => Promise.resolve();

describe('withTransaction', () => {
  it('returns the result of the first successful attempt', async () => {
    const { dataSource, calls } = flakyDataSource([]);
    await expect(withTransaction(dataSource, async () => 42)).resolves.toBe(42);
    expect(calls()).toBe(1);
  });

  it('runs the whole transaction again after a deadlock, with growing delays', async () => {
    const { dataSource, calls } = flakyDataSource([deadlock(), deadlock()]);
    const events: RetryEvent[] = [];
    const slept: number[] = [];
    const attempts: number[] = [];
    const result = await withTransaction(
      dataSource,
      async (_m, attempt) => {
        attempts.push(attempt);
        return 'done';
      },
      { onRetry: (e) => events.push(e), sleep: async (ms) => void slept.push(ms), random: () => 0.5, baseDelayMs: 10 },
    );
    expect(result).toBe('done');
    expect(calls()).toBe(3);
    expect(attempts).toEqual([1, 2, 3]);
    expect(events.map((e) => [e.attempt, e.reason])).toEqual([
      [1, 'deadlock'],
      [2, 'deadlock'],
    ]);
    expect(slept).toEqual([8, 15]); // 10 → 5 + 2.5, 20 → 10 + 5
  });

  it('passes a non-retryable error through unchanged, without retrying', async () => {
    const error = duplicate();
    const { dataSource, calls } = flakyDataSource([error]);
    const onRetry = jest.fn();
    await expect(withTransaction(dataSource, async () => 1, { onRetry, sleep: noSleep })).rejects.toBe(error);
    expect(calls()).toBe(1);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('gives up after maxAttempts and rethrows the last error', async () => {
    const errors = [deadlock(), deadlock(), deadlock()];
    const { dataSource, calls } = flakyDataSource(errors);
    await expect(withTransaction(dataSource, async () => 1, { maxAttempts: 3, sleep: noSleep })).rejects.toBe(errors[2]);
    expect(calls()).toBe(3);
  });

  it('by default tries 12 times (Galera: the chain head), with jittered delays of 10 ms doubling to 400 ms: 1.3–2.6 s in all', async () => {
    const errors = Array.from({ length: 12 }, deadlock);
    for (const r of [0, 0.999999]) {
      const { dataSource, calls } = flakyDataSource(errors);
      const slept: number[] = [];
      await expect(withTransaction(dataSource, async () => 1, { sleep: async (ms) => void slept.push(ms), random: () => r })).rejects.toBe(errors[11]);
      expect(calls()).toBe(DEFAULT_TRANSACTION_OPTIONS.maxAttempts);
      expect(slept).toHaveLength(11);
      const total = slept.reduce((a, b) => a + b, 0);
      expect(total).toBe(r === 0 ? 1_315 : 2_630);
    }
  });

  it('refuses to nest on the same data source (outside production)', async () => {
    const { dataSource } = flakyDataSource([]);
    await expect(withTransaction(dataSource, () => withTransaction(dataSource, async () => 1))).rejects.toThrow(/not re-entrant/);
  });

  it('allows a transaction on another data source inside one', async () => {
    const a = flakyDataSource([]).dataSource;
    const b = flakyDataSource([]).dataSource;
    await expect(withTransaction(a, () => withTransaction(b, async () => 'inner'))).resolves.toBe('inner');
  });

  it('runs transactions on one SQLite data source one after another', async () => {
    const { dataSource } = flakyDataSource([], 'better-sqlite3');
    const log: string[] = [];
    const tx = (name: string) =>
      withTransaction(dataSource, async () => {
        log.push(`${name}:start`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`${name}:end`);
      });
    await Promise.all([tx('a'), tx('b'), tx('c')]);
    expect(log).toEqual(['a:start', 'a:end', 'b:start', 'b:end', 'c:start', 'c:end']);
  });

  it('keeps the SQLite queue going after a failed transaction', async () => {
    const { dataSource } = flakyDataSource([duplicate()], 'better-sqlite3');
    const first = withTransaction(dataSource, async () => 1);
    const second = withTransaction(dataSource, async () => 2);
    await expect(first).rejects.toThrow('Duplicate entry');
    await expect(second).resolves.toBe(2);
  });
});

describe('backoffDelay', () => {
  it('stays within [ceiling/2, ceiling] and the ceiling doubles up to the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (retry, r) => {
        const ceiling = Math.min(1000, 20 * 2 ** (retry - 1));
        const delay = backoffDelay(retry, 20, 1000, () => r);
        expect(delay).toBeGreaterThanOrEqual(Math.round(ceiling / 2));
        expect(delay).toBeLessThanOrEqual(ceiling);
      }),
    );
  });

  it('never exceeds the cap', () => {
    expect(backoffDelay(100, 20, 1000, () => 0.999999)).toBe(1000);
  });
});
