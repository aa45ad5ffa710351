/**
 * Which database errors mean "run the whole transaction again" (and nothing else does).
 *
 * MariaDB/Galera: a deadlock (1213, also how Galera reports a certification conflict at COMMIT), a lock
 * wait timeout (1205), a node that is not (yet) part of the primary component (1047), and a lost
 * connection (fail over to another node). SQLite: another connection holds the write lock (SQLITE_BUSY
 * and its extended codes). Everything else — constraint violations, syntax errors, bugs — is not retried.
 */
export type RetryReason = 'deadlock' | 'lock-wait-timeout' | 'node-not-ready' | 'connection-lost' | 'sqlite-busy';

const BY_ERRNO: Readonly<Record<number, RetryReason>> = {
  1213: 'deadlock', // ER_LOCK_DEADLOCK
  1205: 'lock-wait-timeout', // ER_LOCK_WAIT_TIMEOUT
  1047: 'node-not-ready', // ER_UNKNOWN_COM_ERROR: "WSREP has not yet prepared node for application use"
  2006: 'connection-lost', // CR_SERVER_GONE_ERROR
  2013: 'connection-lost', // CR_SERVER_LOST
};

const BY_CODE: Readonly<Record<string, RetryReason>> = {
  ER_LOCK_DEADLOCK: 'deadlock',
  ER_LOCK_WAIT_TIMEOUT: 'lock-wait-timeout',
  ER_UNKNOWN_COM_ERROR: 'node-not-ready',
  PROTOCOL_CONNECTION_LOST: 'connection-lost',
  ECONNRESET: 'connection-lost',
  ECONNREFUSED: 'connection-lost',
  EPIPE: 'connection-lost',
  ETIMEDOUT: 'connection-lost',
};

/** The retry reason of an error (looking through TypeORM's QueryFailedError and `cause`), if it has one. */
export function classifyTransactionError(error: unknown): RetryReason | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const reason = reasonOf(current as Record<string, unknown>);
    if (reason) return reason;
    const next = current as { driverError?: unknown; cause?: unknown };
    current = next.driverError ?? next.cause;
  }
  return undefined;
}

export function isRetryableTransactionError(error: unknown): boolean {
  return classifyTransactionError(error) !== undefined;
}

function reasonOf(error: Record<string, unknown>): RetryReason | undefined {
  const { errno, code } = error;
  if (typeof errno === 'number' && BY_ERRNO[errno]) return BY_ERRNO[errno];
  if (typeof code === 'string') {
    if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_')) return 'sqlite-busy';
    if (BY_CODE[code]) return BY_CODE[code];
  }
  return undefined;
}
