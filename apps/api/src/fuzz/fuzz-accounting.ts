import type { CallResponse, FuzzPrincipal, WireError } from './fuzz-transport';
import type { Row, TableDiff } from './table-snapshot';

/** One fuzz call and what came back. */
export interface CallRecord {
  /** The mutation's field name, e.g. `signIn`. */
  readonly mutation: string;
  readonly principal: FuzzPrincipal;
  readonly variables: Readonly<Record<string, unknown>>;
  /** Whether graphql-js accepts the variables (else the request must fail before any resolver). */
  readonly wellTyped: boolean;
  readonly response: CallResponse;
}

/** How a call ended, as far as what it may have written is concerned. */
export type Verdict =
  | { readonly kind: 'success' }
  /** Refused before any resolver ran: parse, validation, coercion, the authorization pass, the HTTP layer. */
  | { readonly kind: 'refused-before-execution'; readonly code: string }
  /** Refused by the input checks at the resolver (class-validator, id and cursor shapes): nothing read or written. */
  | { readonly kind: 'refused-input'; readonly code: string; readonly reason: string }
  /** Refused by the use case: its refusal is in the operation history (DENIED or FAILED). */
  | { readonly kind: 'refused-by-domain'; readonly code: string; readonly reason: string };

/** Wire codes the API may answer with (decision 4 of issue 3, Apollo's request-level ones, the HTTP layer's). */
export const KNOWN_ERROR_CODES: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
]);

function isInputRefusal(error: WireError): boolean {
  const reason = error.extensions?.['reason'];
  const params = error.extensions?.['params'] as Readonly<Record<string, unknown>> | undefined;
  return (typeof reason === 'string' && (reason.startsWith('INPUT.') || reason.startsWith('REQUEST.'))) || params?.['fields'] !== undefined;
}

export function verdictOf(record: CallRecord): Verdict {
  const { errors, data } = record.response;
  const error = errors[0];
  if (!error) {
    if (data && data[record.mutation] !== null && data[record.mutation] !== undefined) return { kind: 'success' };
    return { kind: 'refused-before-execution', code: 'NO_DATA' };
  }
  const code = String(error.extensions?.['code'] ?? 'NO_CODE');
  const reason = String(error.extensions?.['reason'] ?? '');
  if (!error.path || error.path.length === 0) return { kind: 'refused-before-execution', code };
  if (isInputRefusal(error)) return { kind: 'refused-input', code, reason };
  return { kind: 'refused-by-domain', code, reason };
}

/**
 * What each mutation may write when it SUCCEEDS, besides its SUCCESS event of the operation history (and
 * the chain head): table → which changes. A mutation without an entry may write nothing else; a refused
 * call writes nothing but its DENIED/FAILED event (and, for sign-in, its logon history and failure count).
 */
export const SUCCESS_EFFECTS: Readonly<Record<string, Readonly<Record<string, { readonly added?: boolean; readonly changed?: boolean; readonly removed?: boolean }>>>> = {
  signIn: { session: { added: true }, credential: { changed: true } },
  signOut: { session: { changed: true } },
  changePassword: { credential: { changed: true }, password_history: { added: true }, session: { changed: true } },
  unlockAccount: { credential: { changed: true } },
  reportOperatorIdCardLost: { operator_id_card: { changed: true }, session: { changed: true } },
  createApiClient: { api_client: { added: true } },
  revokeApiClient: { api_client: { changed: true } },
  placeAuditLegalHold: { audit_legal_hold: { added: true } },
  releaseAuditLegalHold: { audit_legal_hold: { changed: true } },
  purgeAuditEvents: { audit_checkpoint: { added: true }, audit_event: { removed: true } },
  // 第8条・第9条: a designation and the HANDLER role it grants; a revocation ends both; a new version supersedes the old.
  designateHandler: { handler_designation: { added: true }, role_assignment: { added: true } },
  revokeHandlerDesignation: { handler_designation: { changed: true }, role_assignment: { changed: true } },
  publishHandlingPrecautions: { handling_precautions: { added: true, changed: true } },
  acknowledgeHandlingPrecautions: { precaution_acknowledgement: { added: true } },
  // 第10条: cabinets; an output; its holdings per cabinet, their moves and disposals move its quantities.
  createStoragePlace: { storage_place: { added: true } },
  updateStoragePlace: { storage_place: { changed: true } },
  recordFormOutput: { printed_form_output: { added: true } },
  storeForms: { printed_form_output: { changed: true }, form_storage: { added: true, changed: true }, form_move: { added: true } },
  moveForms: { printed_form_output: { changed: true }, form_storage: { added: true, changed: true }, form_move: { added: true } },
  disposeForms: { printed_form_output: { changed: true }, form_storage: { changed: true }, form_disposal: { added: true } },
  // 第10条の2・第10条の3: cards and their movements; a loss or a stock-take difference notifies (第10条の2第2項).
  receiveResidentCards: { resident_card: { added: true }, card_movement: { added: true } },
  recordCardMovement: { resident_card: { changed: true }, card_movement: { added: true } },
  recordCardStockTake: { card_stock_take: { added: true }, notification: { added: true }, notification_sequence: { changed: true } },
  reportResidentCardLost: {
    resident_card: { changed: true },
    card_movement: { added: true },
    card_loss_report: { added: true },
    notification: { added: true },
    notification_sequence: { changed: true },
  },
  disposeResidentCard: { resident_card: { changed: true }, card_movement: { added: true }, card_disposal: { added: true } },
  // 第10条の2第2項 (a read receipt per person) and 第10条の4 (the guidance given at issuance).
  markNotificationsRead: { notification_read: { added: true } },
  recordPinGuidance: { pin_guidance_record: { added: true } },
};

/** The number of consecutive failures that locks an account (the profile in force in the test). */
export interface AccountingOptions {
  readonly lockAfter: number;
}

const AUDIT_TABLE = 'audit_event';
const CHAIN_HEAD_TABLE = 'audit_chain_head';
const LOGON_TABLE = 'logon_event';
const CREDENTIAL_TABLE = 'credential';

function without(row: Row, columns: readonly string[]): string {
  return JSON.stringify(Object.entries(row).filter(([k]) => !columns.includes(k)));
}

/**
 * Explains every change between the snapshots around a group of calls to ONE mutation, call by call, and
 * returns what it cannot explain (empty: every write is accounted for):
 *
 * - the operation history gains exactly one event per call that reached its use case — SUCCESS for each
 *   success, DENIED or FAILED for each refusal by the domain — all naming `Mutation.<name>`, and nothing
 *   else (no event for a call refused before its resolver or by the input checks); the chain head moves
 *   with it;
 * - sign-in: one logon-history row per attempt that reached the use case (never SUCCESS unless it
 *   succeeded), and the failure count (and lock) of exactly the accounts whose card it names;
 * - changePassword: the caller's failure count, once per wrong current password;
 * - any other table changes only as SUCCESS_EFFECTS allows for the group's successes, and never more
 *   rows than there were successes.
 */
export function unexplainedChanges(records: readonly CallRecord[], diffs: readonly TableDiff[], options: AccountingOptions): string[] {
  const problems: string[] = [];
  const mutation = records[0]?.mutation;
  if (mutation === undefined || records.some((r) => r.mutation !== mutation)) return ['a group must call one mutation'];
  const verdicts = records.map(verdictOf);
  const successes = verdicts.filter((v) => v.kind === 'success').length;
  const domainRefusals = verdicts.filter((v) => v.kind === 'refused-by-domain').length;
  const byTable = new Map(diffs.map((d) => [d.table, d]));
  const operation = `Mutation.${mutation}`;

  // The operation history.
  const audit = byTable.get(AUDIT_TABLE);
  const events = audit?.added ?? [];
  if (events.length !== successes + domainRefusals) {
    problems.push(`${AUDIT_TABLE}: ${events.length} events for ${successes} successes and ${domainRefusals} refusals by the domain`);
  }
  const wrongOperation = events.filter((e) => e['operation'] !== operation);
  if (wrongOperation.length > 0) problems.push(`${AUDIT_TABLE}: events of other operations: ${[...new Set(wrongOperation.map((e) => String(e['operation'])))].join(', ')}`);
  const successEvents = events.filter((e) => e['outcome'] === 'SUCCESS').length;
  if (successEvents !== successes) problems.push(`${AUDIT_TABLE}: ${successEvents} SUCCESS events for ${successes} successes`);
  if (audit && audit.changed.length > 0) problems.push(`${AUDIT_TABLE}: ${audit.changed.length} events changed`);
  if (audit && audit.removed.length > 0 && !(mutation === 'purgeAuditEvents' && successes > 0)) problems.push(`${AUDIT_TABLE}: ${audit.removed.length} events removed`);
  const head = byTable.get(CHAIN_HEAD_TABLE);
  if (head && events.length === 0) problems.push(`${CHAIN_HEAD_TABLE} moved without an event`);
  if (head && (head.added.length > 0 || head.removed.length > 0)) problems.push(`${CHAIN_HEAD_TABLE}: rows added or removed`);
  if (events.length > 0) {
    const last = Math.max(...events.map((e) => Number(e['sequence'])));
    const moved = head?.changed[0]?.after ?? head?.added[0];
    if (!moved || Number(moved['last_sequence']) !== last) problems.push(`${CHAIN_HEAD_TABLE} does not end at the last event (${last})`);
  }

  // Logon history (sign-in only).
  const logon = byTable.get(LOGON_TABLE);
  const attempts = logon?.added ?? [];
  if (mutation === 'signIn') {
    if (attempts.length !== successes + domainRefusals) problems.push(`${LOGON_TABLE}: ${attempts.length} rows for ${successes + domainRefusals} attempts`);
    const signedIn = attempts.filter((a) => a['outcome'] === 'SUCCESS' || a['outcome'] === 'PASSWORD_EXPIRED').length;
    if (signedIn !== successes) problems.push(`${LOGON_TABLE}: ${signedIn} successful attempts for ${successes} successes`);
  } else if (attempts.length > 0) {
    problems.push(`${LOGON_TABLE}: ${attempts.length} rows added by ${mutation}`);
  }
  if (logon && (logon.changed.length > 0 || logon.removed.length > 0)) problems.push(`${LOGON_TABLE}: rows changed or removed`);

  // Failure counts: sign-in with a known card and a wrong password; changePassword with a wrong current one.
  const expectedFailures = new Map<string, number>();
  if (mutation === 'signIn') {
    for (const a of attempts) if (a['outcome'] === 'BAD_CREDENTIALS' && a['staff_id']) expectedFailures.set(String(a['staff_id']), (expectedFailures.get(String(a['staff_id'])) ?? 0) + 1);
  }
  if (mutation === 'changePassword') {
    records.forEach((record, i) => {
      const verdict = verdicts[i] as Verdict;
      if (verdict.kind === 'refused-by-domain' && verdict.reason === 'PASSWORDS.CURRENT_INCORRECT' && record.principal.staffId) {
        expectedFailures.set(record.principal.staffId, (expectedFailures.get(record.principal.staffId) ?? 0) + 1);
      }
    });
  }
  const credential = byTable.get(CREDENTIAL_TABLE);
  const mayChangeOnSuccess = successes > 0 && SUCCESS_EFFECTS[mutation]?.[CREDENTIAL_TABLE]?.changed === true;
  for (const { before, after } of credential?.changed ?? []) {
    const staffId = String(after['staff_id']);
    const counted = expectedFailures.get(staffId);
    if (counted !== undefined) {
      const failedBefore = Number(before['failed_count']);
      const failedAfter = Number(after['failed_count']);
      const lockedBefore = before['locked_at'] !== null;
      const lockedAfter = after['locked_at'] !== null;
      const okCount = failedAfter === failedBefore + counted;
      const okLock = lockedAfter === (lockedBefore || failedAfter >= options.lockAfter);
      // TypeORM's @VersionColumn: each counting update (and the locking one) moves the version by one.
      const okVersion = Number(after['version']) === Number(before['version']) + counted + (lockedAfter && !lockedBefore ? 1 : 0);
      const okRest = without(before, ['failed_count', 'locked_at', 'version']) === without(after, ['failed_count', 'locked_at', 'version']);
      if (okCount && okLock && okVersion && okRest) {
        expectedFailures.delete(staffId);
        continue;
      }
    }
    if (!mayChangeOnSuccess) problems.push(`${CREDENTIAL_TABLE}: the credential of ${staffId} changed (failed ${String(before['failed_count'])}→${String(after['failed_count'])})`);
  }
  for (const [staffId, count] of expectedFailures) {
    if (!mayChangeOnSuccess) problems.push(`${CREDENTIAL_TABLE}: ${count} failures of ${staffId} not counted`);
  }

  // Everything else: only what the group's successes may write.
  for (const diff of diffs) {
    if ([AUDIT_TABLE, CHAIN_HEAD_TABLE, LOGON_TABLE, CREDENTIAL_TABLE].includes(diff.table)) continue;
    const allowed = successes > 0 ? SUCCESS_EFFECTS[mutation]?.[diff.table] : undefined;
    const check = (kind: 'added' | 'changed' | 'removed', rows: readonly unknown[]): void => {
      if (rows.length === 0) return;
      if (!allowed?.[kind]) problems.push(`${diff.table}: ${rows.length} rows ${kind} by ${successes} successes and ${records.length - successes} refusals of ${mutation}`);
      else if (kind === 'added' && rows.length > successes) problems.push(`${diff.table}: ${rows.length} rows added by ${successes} successes`);
    };
    check('added', diff.added);
    check('changed', diff.changed);
    check('removed', diff.removed);
  }
  return problems;
}
