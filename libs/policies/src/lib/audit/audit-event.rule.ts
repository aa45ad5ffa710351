import { result, violation, type RuleResult, type Violation } from '../core/violation';
import { isRole } from '../permissions/roles';

export const AUDIT_EVENT_RULE_ID = 'art19.operationHistoryEvent';
export const LEGAL_HOLD_RULE_ID = 'art19.operationHistoryLegalHold';

/**
 * The operations an event can name: a GraphQL root field (`Query.staff`, `Mutation.signIn`) or a job of
 * the system itself (`System.purgeAuditEvents`). Never a free text.
 */
export const AUDIT_OPERATION_PATTERN = /^(Query|Mutation|Subscription|System)\.[A-Za-z]+$/;

/** A record type: a PascalCase type name of the permission matrix (or of the API), e.g. `PrintedFormOutput`. */
export const AUDIT_RECORD_TYPE_PATTERN = /^[A-Z][A-Za-z]{0,63}$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A short code: starts with a letter, segments of letters/digits joined by - _ . or :, e.g. `chuo-shimin`. */
const SHORT_CODE = /^[A-Za-z][A-Za-z0-9]*(?:[-_.:][A-Za-z0-9]+)*$/;
export const AUDIT_SHORT_CODE_MAX_LENGTH = 40;
/** A run of this many letters/digits without a separator looks like a token or a key, not a code. */
const MAX_SEGMENT_LENGTH = 24;

/** At most this many record ids in one event (a caller with more appends several events). */
export const MAX_AUDIT_RECORD_IDS = 1000;

/**
 * Whether `value` may be recorded as an identifier in the operation history: a UUID, or a short code
 * (≤ 40 characters, starting with a letter, no run of more than 24 letters/digits). Everything that
 * could carry a secret — spaces, symbols, PINs (digits only), tokens and keys (long runs) — is refused.
 */
export function isAuditIdentifier(value: string): boolean {
  if (UUID.test(value)) return true;
  if (value.length === 0 || value.length > AUDIT_SHORT_CODE_MAX_LENGTH || !SHORT_CODE.test(value)) return false;
  return value.split(/[-_.:]/).every((segment) => segment.length <= MAX_SEGMENT_LENGTH);
}

const IPV4_OCTET = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function isIpv4(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((p) => IPV4_OCTET.test(p));
}

/** An IPv4 or IPv6 address (an IPv4-mapped tail allowed), as a client address is recorded. No zone, no port. */
export function isIpAddress(value: string): boolean {
  if (value.length > 45) return false;
  if (!value.includes(':')) return isIpv4(value);
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groupsOf = (part: string | undefined): string[] | undefined => (part === undefined || part === '' ? [] : part.split(':'));
  const head = groupsOf(halves[0]) ?? [];
  const tail = groupsOf(halves[1]) ?? [];
  const groups = [...head, ...tail];
  let count = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i] as string;
    const last = i === groups.length - 1;
    if (last && group.includes('.')) {
      if (!isIpv4(group)) return false;
      count += 2;
    } else if (/^[0-9a-f]{1,4}$/i.test(group)) {
      count += 1;
    } else {
      return false;
    }
  }
  return halves.length === 2 ? count <= 7 : count === 8;
}

/** The fields of an operation-history event that a caller supplies (the chain adds sequence and hashes). */
export interface AuditEventFields {
  readonly operation: string;
  readonly recordType: string | null;
  readonly recordIds: readonly string[];
  readonly sectionId: string | null;
  /** The client address. */
  readonly source: string | null;
  readonly roles: readonly string[];
  /** The staff member's or API client's id (null for an anonymous caller). */
  readonly actorId: string | null;
  readonly occurredAt: Date;
}

/**
 * 第19条第1項: the operation history records who did what to which record, when, from where and with
 * what outcome — as identifiers only. A field that is not an identifier is refused (the violation names
 * the field, never its value), so that no password, PIN, token or free text can reach the trail.
 */
export function checkAuditEventFields(fields: AuditEventFields): RuleResult {
  const violations: Violation[] = [];
  const invalid = (field: string): void => {
    violations.push(violation(AUDIT_EVENT_RULE_ID, 'AUDIT.INVALID_EVENT', { field }));
  };
  if (!AUDIT_OPERATION_PATTERN.test(fields.operation) || fields.operation.length > 100) invalid('operation');
  if (fields.recordType !== null && !AUDIT_RECORD_TYPE_PATTERN.test(fields.recordType)) invalid('recordType');
  if (fields.recordIds.length > MAX_AUDIT_RECORD_IDS || !fields.recordIds.every(isAuditIdentifier)) invalid('recordIds');
  if (fields.recordIds.length > 0 && fields.recordType === null) invalid('recordType');
  if (fields.sectionId !== null && !isAuditIdentifier(fields.sectionId)) invalid('sectionId');
  if (fields.source !== null && !isIpAddress(fields.source)) invalid('source');
  if (!fields.roles.every(isRole)) invalid('roles');
  if (fields.actorId !== null && !isAuditIdentifier(fields.actorId)) invalid('actor');
  if (!(fields.occurredAt instanceof Date) || Number.isNaN(fields.occurredAt.getTime())) invalid('occurredAt');
  return result(violations);
}

/** What a legal hold covers: events in a time range [from, until) and/or of one record type. */
export interface LegalHoldScope {
  readonly coversFrom: Date | null;
  readonly coversUntil: Date | null;
  readonly recordType: string | null;
  readonly caseReference: string;
  readonly reason: string;
}

/**
 * A legal hold (保全措置) suspends the purge of the operation history it covers (第19条第1項: the
 * history is kept at least 7 years; a hold keeps it longer). It must cover something: a time range, a
 * record type, or both; its case reference is a short code and its reason a bounded text.
 */
export function checkLegalHoldScope(scope: LegalHoldScope): RuleResult {
  const violations: Violation[] = [];
  if (scope.coversFrom === null && scope.coversUntil === null && scope.recordType === null) {
    violations.push(violation(LEGAL_HOLD_RULE_ID, 'AUDIT.LEGAL_HOLD_SCOPE_REQUIRED', {}));
  }
  const invalidDate = (d: Date | null): boolean => d !== null && Number.isNaN(d.getTime());
  if (
    invalidDate(scope.coversFrom) ||
    invalidDate(scope.coversUntil) ||
    (scope.coversFrom !== null && scope.coversUntil !== null && scope.coversUntil.getTime() <= scope.coversFrom.getTime())
  ) {
    violations.push(violation(LEGAL_HOLD_RULE_ID, 'AUDIT.LEGAL_HOLD_RANGE_INVALID', {}));
  }
  if (scope.recordType !== null && !AUDIT_RECORD_TYPE_PATTERN.test(scope.recordType)) {
    violations.push(violation(AUDIT_EVENT_RULE_ID, 'AUDIT.INVALID_EVENT', { field: 'recordType' }));
  }
  const reason = scope.reason.trim();
  if (!isAuditIdentifier(scope.caseReference) || reason.length === 0 || reason.length > 500) {
    violations.push(violation(LEGAL_HOLD_RULE_ID, 'AUDIT.LEGAL_HOLD_REFERENCE_INVALID', {}));
  }
  return result(violations);
}

/** Whether a hold with this scope covers an event of `recordType` that occurred at `occurredAt`. */
export function legalHoldCovers(scope: Pick<LegalHoldScope, 'coversFrom' | 'coversUntil' | 'recordType'>, occurredAt: Date, recordType: string | null): boolean {
  if (scope.coversFrom !== null && occurredAt.getTime() < scope.coversFrom.getTime()) return false;
  if (scope.coversUntil !== null && occurredAt.getTime() >= scope.coversUntil.getTime()) return false;
  if (scope.recordType !== null && scope.recordType !== recordType) return false;
  return true;
}
