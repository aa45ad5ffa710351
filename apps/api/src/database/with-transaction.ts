import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { classifyTransactionError, type RetryReason } from './transaction-errors';

type IsolationLevel = 'READ UNCOMMITTED' | 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

export interface RetryEvent {
  /** The attempt that failed (1 = the first). */
  readonly attempt: number;
  readonly reason: RetryReason;
  readonly delayMs: number;
  readonly error: unknown;
}

export interface TransactionOptions {
  /** Attempts in all, the first included (default 5). */
  readonly maxAttempts?: number;
  /** Delay before the first retry, doubled for each further one (default 20 ms). */
  readonly baseDelayMs?: number;
  /** Upper bound of one delay (default 1 s). */
  readonly maxDelayMs?: number;
  readonly isolationLevel?: IsolationLevel;
  readonly onRetry?: (event: RetryEvent) => void;
  /** For tests: how to wait, and the jitter source in [0, 1). */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

export const DEFAULT_TRANSACTION_OPTIONS = { maxAttempts: 5, baseDelayMs: 20, maxDelayMs: 1_000 } as const;

/**
 * The delay before retry number `retry` (1-based): exponential, capped, with "equal jitter" — half
 * fixed, half random — so that two transactions that collided do not collide again in lock-step.
 */
export function backoffDelay(retry: number, baseDelayMs: number, maxDelayMs: number, random: () => number): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

const activeTransactions = new AsyncLocalStorage<ReadonlySet<DataSource>>();
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `fn` in a transaction and runs the WHOLE transaction again when the database reports a transient
 * conflict (deadlock, lock wait timeout, Galera node not ready, lost connection, SQLITE_BUSY), with bounded
 * exponential backoff and jitter. Any other error, or the last one after `maxAttempts`, is rethrown
 * unchanged. `fn` may therefore run more than once: keep side effects other than database writes out of
 * it, and make writes idempotent (a unique key) — after a lost connection during COMMIT the first attempt
 * may or may not have committed.
 *
 * Not re-entrant: inside `fn`, use the EntityManager it is given instead of calling this again.
 * On SQLite (one shared connection in TypeORM) transactions of this process are run one after another.
 */
export async function withTransaction<T>(
  dataSource: DataSource,
  fn: (manager: EntityManager, attempt: number) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const active = activeTransactions.getStore();
  if (active?.has(dataSource)) {
    throw new Error('withTransaction is not re-entrant: pass the EntityManager of the outer transaction down');
  }
  const maxAttempts = options.maxAttempts ?? DEFAULT_TRANSACTION_OPTIONS.maxAttempts;
  const baseDelayMs = options.baseDelayMs ?? DEFAULT_TRANSACTION_OPTIONS.baseDelayMs;
  const maxDelayMs = options.maxDelayMs ?? DEFAULT_TRANSACTION_OPTIONS.maxDelayMs;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const inside = new Set(active ?? []).add(dataSource);

  for (let attempt = 1; ; attempt++) {
    try {
      return await serialized(dataSource, () =>
        activeTransactions.run(inside, () =>
          options.isolationLevel
            ? dataSource.transaction(options.isolationLevel, (manager) => fn(manager, attempt))
            : dataSource.transaction((manager) => fn(manager, attempt)),
        ),
      );
    } catch (error) {
      const reason = classifyTransactionError(error);
      if (!reason || attempt >= maxAttempts) throw error;
      const delayMs = backoffDelay(attempt, baseDelayMs, maxDelayMs, random);
      options.onRetry?.({ attempt, reason, delayMs, error });
      await sleep(delayMs);
    }
  }
}

/** TypeORM shares one better-sqlite3 connection: overlapping transactions would nest as savepoints. */
function serialized<T>(dataSource: DataSource, run: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return run();
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const next = previous.then(run, run);
  sqliteQueues.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
