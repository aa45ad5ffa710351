import { DomainError, reportAuditWriteFailure, type AuditOutcome } from '@juki/domain';
import type { ApiContext } from '../graphql/api-context';
import { dataSourceOf } from '../graphql/request-data-source';
import { auditAppenderFor } from './audit-appender';
import { auditActor, auditedRequest, type AuditContext } from './audit-request';

/** Refusals for lack of permission or by policy are DENIED; anything else is FAILED. */
const DENIED = new Set<string>(['PERMISSIONS.FORBIDDEN', 'RETENTION.PERIOD_NOT_ENDED', 'RETENTION.LEGAL_HOLD']);

export function outcomeOf(error: unknown): AuditOutcome {
  return error instanceof DomainError && DENIED.has(error.code) ? 'DENIED' : 'FAILED';
}

/**
 * A mutation of the audit area was refused or failed: its transaction (and the event it would have
 * written) rolled back, so the attempt is recorded in a transaction of its own (DENIED or FAILED).
 *
 * Never throws: the caller answers the refusal whatever happens here. If the event cannot be written the
 * failure is reported with the request id (`audit.refusal_not_written`, through the identity runtime's
 * logger; stderr for a context without one) — never swallowed (the same decision as `runAuditedMutation`).
 */
export async function recordRefusal(context: AuditContext, operation: string, recordType: string, recordIds: readonly string[], error: unknown): Promise<void> {
  const outcome = outcomeOf(error);
  try {
    const { principal, roles } = auditActor(context);
    const { at, source } = auditedRequest(context);
    await auditAppenderFor(dataSourceOf(context)).append([{ principal, roles, operation, recordType, recordIds, sectionId: null, source, outcome, occurredAt: at }]);
  } catch (auditError) {
    const environment = (context as Partial<Pick<ApiContext, 'identity'>>).identity?.runtime.environment ?? {};
    reportAuditWriteFailure(environment, { operation, outcome, requestId: context.requestId ?? null, error: auditError });
  }
}

/** The same, for an operation that read records (ids only), e.g. browsing the operation history. */
export async function recordRead(context: AuditContext, operation: string, recordType: string | null, recordIds: readonly string[], outcome: AuditOutcome = 'SUCCESS'): Promise<void> {
  const { principal, roles } = auditActor(context);
  const { at, source } = auditedRequest(context);
  await auditAppenderFor(dataSourceOf(context)).append([{ principal, roles, operation, recordType, recordIds, sectionId: null, source, outcome, occurredAt: at }]);
}
