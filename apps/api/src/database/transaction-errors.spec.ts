import { QueryFailedError } from 'typeorm';
import { classifyTransactionError, isRetryableTransactionError, type RetryReason } from './transaction-errors';

/** An error shaped as mysql2 raises it. */
function mysqlError(errno: number, code: string, message: string): Error {
  return Object.assign(new Error(message), { errno, code, sqlState: 'HY000', fatal: false });
}

/** An error shaped as better-sqlite3's SqliteError (a real one is raised in with-transaction.integration-spec.ts). */
class SqliteError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'SqliteError';
  }
}

/** What TypeORM hands to the caller: the driver error wrapped in a QueryFailedError. */
function viaTypeorm(driverError: Error): QueryFailedError {
  return new QueryFailedError('UPDATE t SET v = ? WHERE id = ?', [1, 2], driverError);
}

describe('classifyTransactionError', () => {
  it.each<[string, Error, RetryReason]>([
    ['MariaDB deadlock 1213', mysqlError(1213, 'ER_LOCK_DEADLOCK', 'Deadlock found when trying to get lock'), 'deadlock'],
    ['lock wait timeout 1205', mysqlError(1205, 'ER_LOCK_WAIT_TIMEOUT', 'Lock wait timeout exceeded'), 'lock-wait-timeout'],
    ['Galera node not ready 1047', mysqlError(1047, 'ER_UNKNOWN_COM_ERROR', 'WSREP has not yet prepared node'), 'node-not-ready'],
    ['server gone away 2006', mysqlError(2006, 'CR_SERVER_GONE_ERROR', 'MySQL server has gone away'), 'connection-lost'],
    ['lost connection', Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST', fatal: true }), 'connection-lost'],
    ['socket reset', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104 }), 'connection-lost'],
    ['connection refused (failing node)', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', errno: -111 }), 'connection-lost'],
    ['SQLITE_BUSY', new SqliteError('database is locked', 'SQLITE_BUSY'), 'sqlite-busy'],
    ['SQLITE_BUSY_SNAPSHOT', new SqliteError('database is locked', 'SQLITE_BUSY_SNAPSHOT'), 'sqlite-busy'],
  ])('retries on %s, raw and wrapped by TypeORM', (_name, error, reason) => {
    expect(classifyTransactionError(error)).toBe(reason);
    expect(classifyTransactionError(viaTypeorm(error))).toBe(reason);
    expect(classifyTransactionError(new Error('outer', { cause: error }))).toBe(reason);
  });

  it.each<[string, unknown]>([
    ['duplicate key 1062', mysqlError(1062, 'ER_DUP_ENTRY', "Duplicate entry '1' for key 'PRIMARY'")],
    ['syntax error 1064', mysqlError(1064, 'ER_PARSE_ERROR', 'You have an error in your SQL syntax')],
    ['data truncated 1265', mysqlError(1265, 'WARN_DATA_TRUNCATED', 'Data truncated for column')],
    ['foreign key 1452', mysqlError(1452, 'ER_NO_REFERENCED_ROW_2', 'Cannot add or update a child row')],
    ['SQLite constraint', new SqliteError('UNIQUE constraint failed: t.id', 'SQLITE_CONSTRAINT_PRIMARYKEY')],
    ['SQLITE_LOCKED (same connection, not transient)', new SqliteError('database table is locked', 'SQLITE_LOCKED')],
    ['a plain error', new Error('deadlock in my own code')],
    ['a string', 'ER_LOCK_DEADLOCK'],
    ['null', null],
    ['undefined', undefined],
  ])('does not retry on %s', (_name, error) => {
    expect(classifyTransactionError(error)).toBeUndefined();
    expect(isRetryableTransactionError(error)).toBe(false);
    if (error instanceof Error) expect(isRetryableTransactionError(viaTypeorm(error))).toBe(false);
  });

  it('stops on a cycle of causes', () => {
    const a: { cause?: unknown } = {};
    const b = { cause: a };
    a.cause = b;
    expect(classifyTransactionError(a)).toBeUndefined();
  });
});
