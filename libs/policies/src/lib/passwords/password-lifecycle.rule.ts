import { jstDate, jstDayNumber } from '../calendar/calendar-date';
import { result, violation, type RuleResult, type Violation } from '../core/violation';
import type { PolicyProfile } from '../profiles/policy-profile';
import { DEFAULT_PROFILE } from '../profiles/profile-history';

export interface PasswordLifecycleInput {
  /** When the password was last changed (or set). */
  changedAt: Date;
  /** The current instant (rules never read the clock). */
  now: Date;
  /** Set when an administrator reset the password: the user must change it first (第21条第4項). */
  mustChange: boolean;
}

export interface PasswordLifecycleStatus extends RuleResult {
  /** `now` is at or after `expiresAt` (第21条第1項). */
  expired: boolean;
  /** `changedAt` plus `passwords.expiryDays` days. */
  expiresAt: Date;
  /** Not expired, and the expiry date is at most `passwords.warningDays` days away. */
  inWarningWindow: boolean;
  /** Calendar days in Japan from today to the expiry date: 0 on that day, negative after it. */
  daysLeft: number;
  mustChange: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function requireInstant(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new RangeError(`${name} is not a valid instant`);
}

/**
 * 第21条第1項 (パスワードの有効期限を設ける) and 第4項 (定期的又は必要に応じて随時に変更): the password
 * expires `expiryDays` days after its last change; the user is warned in the last `warningDays`
 * days; after a reset (`mustChange`) it must be changed before anything else. Japan has no daylight
 * saving, so adding whole days to the instant keeps the time of day in JST.
 */
export function evaluatePasswordLifecycle(input: PasswordLifecycleInput, profile: PolicyProfile = DEFAULT_PROFILE): PasswordLifecycleStatus {
  requireInstant(input.changedAt, 'changedAt');
  requireInstant(input.now, 'now');
  const { expiryDays, warningDays } = profile.passwords;
  const expiresAt = new Date(input.changedAt.getTime() + expiryDays * DAY_MS);
  const expired = input.now.getTime() >= expiresAt.getTime();
  // = daysBetween(jstDate(now), jstDate(expiresAt)), without formatting and parsing two dates (every request's session check).
  const daysLeft = jstDayNumber(expiresAt) - jstDayNumber(input.now);
  const inWarningWindow = !expired && daysLeft <= warningDays;

  const violations: Violation[] = [];
  if (expired) violations.push(violation('art21.passwordExpiry', 'PASSWORDS.EXPIRED', { expiresOn: jstDate(expiresAt) }));
  if (input.mustChange) violations.push(violation('art21.passwordChangeAfterReset', 'PASSWORDS.MUST_CHANGE'));
  return { ...result(violations), expired, expiresAt, inWarningWindow, daysLeft, mustChange: input.mustChange };
}
