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
  readonly profileAt: (at: Date) => PolicyProfile;
}

/** Who asks, when (the request's instant: one request sees one date) and from where (client address). */
export interface IdentityRequest {
  readonly principal: Principal;
  readonly now: Date;
  readonly source: string | null;
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
const DENIED_CODES = new Set<string>(['PERMISSIONS.FORBIDDEN', 'PERMISSIONS.SIGN_IN_REQUIRED', 'PASSWORDS.EXPIRED', 'PASSWORDS.MUST_CHANGE']);

/**
 * Runs one mutation: its change and its audit event commit together. When it is refused or fails, the
 * change is rolled back and the refusal is audited in a transaction of its own (DENIED or FAILED), then
 * the error is rethrown unchanged.
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
    const outcome: AuditOutcome = error instanceof DomainError && DENIED_CODES.has(error.code) ? 'DENIED' : 'FAILED';
    await env.transaction((manager) => auditIdentityMutation(manager, request, operation, attempted, outcome)).catch(() => undefined);
    throw error;
  }
}
