import type { PolicyProfile } from '../profiles/policy-profile';
import { DEFAULT_PROFILE } from '../profiles/profile-history';
import type { OperatorIdCardStatus } from './operator-id-card.rule';

export const OPERATOR_SIGN_IN_RULE_ID = 'art19.operatorSignIn';
export const SESSION_TIMEOUT_RULE_ID = 'art19.sessionTimeout';
export const CARD_LOSS_REPORT_RULE_ID = 'art20.cardLossReport';

/**
 * 第19条第1項 (IDカード及びパスワードにより…正当な権限を確認する): after `consecutiveFailures` failed
 * sign-ins in a row, the account is locked until the system officer unlocks it.
 */
export function lockedAfterFailures(consecutiveFailures: number, profile: PolicyProfile = DEFAULT_PROFILE): boolean {
  return consecutiveFailures >= profile.passwords.maxConsecutiveFailures;
}

export interface SessionTimesInput {
  readonly createdAt: Date;
  /** The last request made with the session. */
  readonly lastSeenAt: Date;
  /** The current instant (rules never read the clock). */
  readonly now: Date;
}

export type SessionTimeout = 'IDLE_TIMEOUT' | 'ABSOLUTE_TIMEOUT';

export interface SessionTimesStatus {
  readonly active: boolean;
  /** Why the session is no longer active, when it is not. An absolute timeout wins over an idle one. */
  readonly timedOut: SessionTimeout | null;
  /** `lastSeenAt` + `sessions.idleTimeoutMinutes`. */
  readonly idleExpiresAt: Date;
  /** `createdAt` + `sessions.absoluteTimeoutHours`. */
  readonly absoluteExpiresAt: Date;
  /** The earlier of the two: when the session ends unless it is used again. */
  readonly expiresAt: Date;
}

const MINUTE_MS = 60_000;

/**
 * 第19条第1項: a session stands for the operator's confirmed authority only while it is in use. It ends
 * `idleTimeoutMinutes` after its last request and `absoluteTimeoutHours` after sign-in, whichever comes
 * first; at the instant itself it has ended.
 */
export function evaluateSessionTimes(input: SessionTimesInput, profile: PolicyProfile = DEFAULT_PROFILE): SessionTimesStatus {
  for (const [name, value] of Object.entries(input)) {
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new RangeError(`${name} is not a valid instant`);
  }
  const idleExpiresAt = new Date(input.lastSeenAt.getTime() + profile.sessions.idleTimeoutMinutes * MINUTE_MS);
  const absoluteExpiresAt = new Date(input.createdAt.getTime() + profile.sessions.absoluteTimeoutHours * 60 * MINUTE_MS);
  const now = input.now.getTime();
  const timedOut: SessionTimeout | null =
    now >= absoluteExpiresAt.getTime() ? 'ABSOLUTE_TIMEOUT' : now >= idleExpiresAt.getTime() ? 'IDLE_TIMEOUT' : null;
  const expiresAt = idleExpiresAt.getTime() < absoluteExpiresAt.getTime() ? idleExpiresAt : absoluteExpiresAt;
  return { active: timedOut === null, timedOut, idleExpiresAt, absoluteExpiresAt, expiresAt };
}

/**
 * 第20条第5項: a card that is lent out (issued or active) can be reported lost or stolen; the report
 * revokes it at once. A card already returned, revoked or reported cannot be reported again.
 */
export function cardReportableAsLost(status: OperatorIdCardStatus): boolean {
  return status === 'ISSUED' || status === 'ACTIVE';
}
