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
  /** Attempts in all, the first included (default 12, see DEFAULT_TRANSACTION_OPTIONS). */
  readonly maxAttempts?: number;
  /** Delay before the first retry, doubled for each further one (default 10 ms). */
  readonly baseDelayMs?: number;
  /** Upper bound of one delay (default 400 ms). */
  readonly maxDelayMs?: number;
  readonly isolationLevel?: IsolationLevel;
  readonly onRetry?: (event: RetryEvent) => void;
  /** For tests: how to wait, and the jitter source in [0, 1). */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

/**
 * Every mutation ends by appending its audit event, i.e. by updating the one chain head (第19条第1項). On a
 * Galera cluster whose every node takes writes, two appends on two nodes conflict at certification and the
 * loser is retried (1213): in a 3-node test with every node writing, 11 % of single-event appends still
 * failed after 5 attempts (20 ms base). Decision (docs/audit-trail.md): 12 attempts, starting at 10 ms and
 * doubling to at most 400 ms, each with jitter — under that load a conflict repeats with p ≈ 0.64 per attempt,
 * so 12 attempts leave ~0.5 % (p¹²) where 5 left 11 % (p⁵), and the jittered, growing delays make repeats
 * rarer still. The worst case waits 1.3–2.6 s in all. Production on Galera should still send writes to ONE
 * node (single-writer routing), which removes these conflicts altogether.
 */
export const DEFAULT_TRANSACTION_OPTIONS = { maxAttempts: 12, baseDelayMs: 10, maxDelayMs: 400 } as const;

/**
 * The delay before retry number `retry` (1-based): exponential, capped, with "equal jitter" — half
 * fixed, half random — so that two transactions that collided do not collide again in lock-step.
 */
export function backoffDelay(retry: number, baseDelayMs: number, maxDelayMs: number, random: () => number): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

const activeTransactions = new AsyncLocalStorage<ReadonlySet<DataSource>>();

/**
 * The re-entrancy guard (an AsyncLocalStorage) is a development and test aid: once an AsyncLocalStorage has
 * run, Node keeps its promise hooks on for the whole process, which costs every promise of every request
 * (~3–4 % of the API's CPU under load, docs/bench-api.md). Under NODE_ENV=production it is off: the code
 * that would trip it has run through the test suites, which run with the guard.
 */
function reentrancyGuarded(): boolean {
  return process.env['NODE_ENV'] !== 'production';
}
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `fn` in a transaction and runs the WHOLE transaction again when the database reports a transient
 * conflict (deadlock, lock wait timeout, Galera node not ready, lost connection, SQLITE_BUSY), with bounded
 * exponential backoff and jitter. Any other error, or the last one after `maxAttempts`, is rethrown
 * unchanged. `fn` may therefore run more than once: keep side effects other than database writes out of
 * it, and make writes idempotent (a unique key) — after a lost connection during COMMIT the first attempt
 * may or may not have committed.
 *
 * Not re-entrant: inside `fn`, use the EntityManager it is given instead of calling this again (checked
 * outside production, see `reentrancyGuarded`).
 * On SQLite (one shared connection in TypeORM) transactions of this process are run one after another.
 */
export async function withTransaction<T>(
  dataSource: DataSource,
  fn: (manager: EntityManager, attempt: number) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const guarded = reentrancyGuarded();
  const active = guarded ? activeTransactions.getStore() : undefined;
  if (active?.has(dataSource)) {
    throw new Error('withTransaction is not re-entrant: pass the EntityManager of the outer transaction down');
  }
  const maxAttempts = options.maxAttempts ?? DEFAULT_TRANSACTION_OPTIONS.maxAttempts;
  const baseDelayMs = options.baseDelayMs ?? DEFAULT_TRANSACTION_OPTIONS.baseDelayMs;
  const maxDelayMs = options.maxDelayMs ?? DEFAULT_TRANSACTION_OPTIONS.maxDelayMs;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const inside = guarded ? new Set(active ?? []).add(dataSource) : null;
  let attempt = 1;
  const begin = (): Promise<T> =>
    options.isolationLevel
      ? dataSource.transaction(options.isolationLevel, (manager) => fn(manager, attempt))
      : dataSource.transaction((manager) => fn(manager, attempt));

  for (; ; attempt++) {
    try {
      return await serialized(dataSource, () => (inside ? activeTransactions.run(inside, begin) : begin()));
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
