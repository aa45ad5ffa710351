import { authenticate, DEFAULT_SIGN_IN_RATE_LIMIT, type Authenticated, type AuditWriteFailure, type IdentityEnvironment, type SignInRateLimit } from '@juki/domain';
import { CHIBA_PROFILE_HISTORY, DEFAULT_PROFILE, jstDate, type PolicyProfile } from '@juki/policies';
import type { DataSource } from 'typeorm';
import type { Logger } from '../app/logger';
import { readRows } from '../database/raw-reader';
import { withTransaction } from '../database/with-transaction';

export interface IdentitySettings {
  /** The clock of the process: "now" of every request (tests inject one; never sleep). */
  readonly clock?: () => Date;
  readonly signInRateLimit?: SignInRateLimit;
  /** The policy profile in force at an instant (default: the Chiba profile history, 附則). */
  readonly profileAt?: (at: Date) => PolicyProfile;
  /** Where an audit event of a refusal that could not be written is logged (with the request id). */
  readonly logger?: Logger;
}

/** The profile in force on the day of `at` in Japan; the current one before the history begins. */
export function chibaProfileAt(at: Date): PolicyProfile {
  return CHIBA_PROFILE_HISTORY.inForceOn(jstDate(at)) ?? DEFAULT_PROFILE;
}

/**
 * The identity layer of one API process: how the use cases of @juki/domain reach the database (write
 * transactions through `withTransaction`, reads outside them), the clock and the sign-in settings.
 * Holds no per-request state.
 */
export class IdentityRuntime {
  readonly environment: IdentityEnvironment;
  readonly clock: () => Date;
  readonly signInRateLimit: SignInRateLimit;

  constructor(
    readonly dataSource: DataSource,
    settings: IdentitySettings = {},
  ) {
    this.clock = settings.clock ?? (() => new Date());
    this.signInRateLimit = settings.signInRateLimit ?? DEFAULT_SIGN_IN_RATE_LIMIT;
    this.environment = {
      transaction: (work) => withTransaction(dataSource, (manager) => work(manager)),
      reader: dataSource.manager,
      readRows: (sql, params) => readRows(dataSource, sql, params),
      profileAt: settings.profileAt ?? chibaProfileAt,
      ...(settings.logger ? { onAuditWriteFailure: auditWriteFailureLogger(settings.logger) } : {}),
    };
  }

  /** Who a bearer secret (session or API-client token) belongs to at `now`, or null. */
  authenticate(token: string, now: Date): Promise<Authenticated | null> {
    return authenticate(this.environment, token, now);
  }
}

/** Logs a refusal whose audit event could not be written: error level, with the request id (never silent). */
export function auditWriteFailureLogger(logger: Logger): (failure: AuditWriteFailure) => void {
  return (failure) =>
    logger.error('audit.refusal_not_written', {
      requestId: failure.requestId,
      operation: failure.operation,
      outcome: failure.outcome,
      error: failure.error instanceof Error ? failure.error : String(failure.error),
    });
}
