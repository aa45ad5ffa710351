import { jstDate, type PolicyProfile } from '@juki/policies';
import type { EntityManager } from 'typeorm';
import { rolesOf, type Principal } from '../access/principal';
import { appendAuditEvent } from '../audit/audit-trail';
import type { AuditOutcome } from '../audit/audit-event.entity';
import { DomainError } from '../shared/domain-error';

/** Runs `work` in one database transaction, retried as a whole on a transient conflict (`withTransaction`). */
export type TransactionRunner = <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;

/**
 * What the identity use cases need from the process: a way to run write transactions, a manager for
 * reads outside them (so that argon2 never runs while a transaction is open), and the policy profile in
 * force at an instant (附則: profiles carry effective dates).
 */
export interface IdentityEnvironment {
  readonly transaction: TransactionRunner;
  readonly reader: EntityManager;
  /**
   * Plain rows of one hand-written statement, for the per-request hot reads (the session lookup);
   * default `reader.query`. The API passes the driver's own pool here (no QueryRunner, no promise wrapper).
   */
  readonly readRows?: (sql: string, params: readonly unknown[]) => Promise<unknown[]>;
  readonly profileAt: (at: Date) => PolicyProfile;
  /**
   * Told when the audit event of a REFUSAL could not be written (the API logs it with the request id).
   * Without it the failure goes to stderr: never silently.
   */
  readonly onAuditWriteFailure?: (failure: AuditWriteFailure) => void;
}

/** Who asks, when (the request's instant: one request sees one date) and from where (client address). */
export interface IdentityRequest {
  readonly principal: Principal;
  readonly now: Date;
  readonly source: string | null;
  /** The request's id, for the log line of an audit event that could not be written. */
  readonly requestId?: string;
}

/** An audit event of a refusal that could not be written (the refusal is still answered; see `runAuditedMutation`). */
export interface AuditWriteFailure {
  readonly operation: string;
  readonly outcome: AuditOutcome;
  readonly requestId: string | null;
  readonly error: unknown;
}

/** What one mutation did, for its audit event (identifiers only: never a password, token or hash). */
export interface AuditedChange {
  readonly recordType: string;
  readonly recordIds: readonly string[];
  readonly sectionId: string | null;
}

/** Appends the event of a mutation of the identity area in the caller's transaction (第19条第1項). */
export async function auditIdentityMutation(
  manager: EntityManager,
  request: IdentityRequest,
  operation: string,
  change: AuditedChange,
  outcome: AuditOutcome,
  actor: Principal = request.principal,
): Promise<void> {
  await appendAuditEvent(manager, {
    principal: actor,
    roles: rolesOf(actor, jstDate(request.now)),
    operation,
    recordType: change.recordType,
    recordIds: change.recordIds,
    sectionId: change.sectionId,
    source: request.source,
    outcome,
    occurredAt: request.now,
  });
}

/** Codes that mean "you may not", audited as DENIED; any other refusal is FAILED. */
const DENIED_CODES = new Set<string>([
  'PERMISSIONS.FORBIDDEN',
  'PERMISSIONS.SIGN_IN_REQUIRED',
  'PASSWORDS.EXPIRED',
  'PASSWORDS.MUST_CHANGE',
  'HANDLERS.NOT_DESIGNATED',
]);

/** Whether a refusal means "you may not": the codes above, and every AUTHORITY.* rule (who may act, 第2章). */
export function isDenial(code: string): boolean {
  return DENIED_CODES.has(code) || code.startsWith('AUTHORITY.');
}

/**
 * Runs one mutation: its change and its audit event commit together. When it is refused or fails, the
 * change is rolled back and the refusal is audited in a transaction of its own (DENIED or FAILED), then
 * the error is rethrown unchanged.
 *
 * Decision (第19条第1項): the event of a change is part of its transaction — if it cannot be written the
 * mutation fails and nothing changes. The event of a REFUSAL is written afterwards; if that fails too, the
 * caller still gets the refusal (nothing changed, and they must learn why), and the failure is reported
 * through `env.onAuditWriteFailure` (the API logs `audit.refusal_not_written` with the request id) —
 * never swallowed.
 */
export async function runAuditedMutation<T>(
  env: IdentityEnvironment,
  request: IdentityRequest,
  operation: string,
  attempted: AuditedChange,
  work: (manager: EntityManager) => Promise<{ readonly result: T; readonly change: AuditedChange }>,
): Promise<T> {
  try {
    return await env.transaction(async (manager) => {
      const { result, change } = await work(manager);
      await auditIdentityMutation(manager, request, operation, change, 'SUCCESS');
      return result;
    });
  } catch (error) {
    const outcome: AuditOutcome = error instanceof DomainError && isDenial(error.code) ? 'DENIED' : 'FAILED';
    await env
      .transaction((manager) => auditIdentityMutation(manager, request, operation, attempted, outcome))
      .catch((auditError: unknown) => reportAuditWriteFailure(env, { operation, outcome, requestId: request.requestId ?? null, error: auditError }));
    throw error;
  }
}

/** Hands an unwritten refusal event to the environment's reporter, or to stderr: never silently. */
export function reportAuditWriteFailure(env: Pick<IdentityEnvironment, 'onAuditWriteFailure'>, failure: AuditWriteFailure): void {
  if (env.onAuditWriteFailure) {
    env.onAuditWriteFailure(failure);
    return;
  }
  const error = failure.error instanceof Error ? { name: failure.error.name, message: failure.error.message } : String(failure.error);
  process.stderr.write(`${JSON.stringify({ level: 'error', message: 'audit.refusal_not_written', operation: failure.operation, outcome: failure.outcome, requestId: failure.requestId, error })}\n`);
}
