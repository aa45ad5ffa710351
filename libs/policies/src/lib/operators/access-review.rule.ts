import { addDays, daysBetween, jstDate, type IsoDate } from '../calendar/calendar-date';
import { result, violation, type RuleResult, type Violation } from '../core/violation';
import type { PolicyProfile } from '../profiles/policy-profile';
import { DEFAULT_PROFILE } from '../profiles/profile-history';

export const ACCESS_REVIEW_RULE_ID = 'art19-2.accessReview';

/** Whether the member of staff behind a user ID still works where the ID was granted. */
export type EmploymentStatus = 'ACTIVE' | 'RETIRED' | 'TRANSFERRED';

export interface UserIdReviewInput {
  readonly userId: string;
  readonly active: boolean;
  readonly createdAt: Date;
  readonly lastLogonAt?: Date;
  readonly lastReviewedAt?: Date;
  readonly employment: { readonly status: EmploymentStatus; readonly since?: IsoDate };
  readonly now: Date;
}

/**
 * 第19条の2第1項第4号: user IDs and their permissions are reviewed periodically and unneeded IDs deleted
 * promptly. An active ID is flagged when its review is overdue, when it has had no logon for the
 * profile's inactive days, and when its holder retired or moved.
 */
export function reviewUserId(input: UserIdReviewInput, profile: PolicyProfile = DEFAULT_PROFILE): RuleResult {
  if (!input.active) return result([]);
  const today = jstDate(input.now);
  const violations: Violation[] = [];
  const reviewedOn = jstDate(input.lastReviewedAt ?? input.createdAt);
  const dueOn = addDays(reviewedOn, profile.accessReview.reviewIntervalDays);
  if (today > dueOn) violations.push(violation(ACCESS_REVIEW_RULE_ID, 'OPERATORS.REVIEW_OVERDUE', { userId: input.userId, dueOn }));

  const lastSeen = jstDate(input.lastLogonAt ?? input.createdAt);
  const idleDays = daysBetween(lastSeen, today);
  if (idleDays >= profile.accessReview.inactiveDays) {
    violations.push(violation(ACCESS_REVIEW_RULE_ID, 'OPERATORS.INACTIVE_ID', { userId: input.userId, days: idleDays }));
  }
  if (input.employment.status !== 'ACTIVE') {
    violations.push(
      violation(ACCESS_REVIEW_RULE_ID, 'OPERATORS.LEAVER_ID_ACTIVE', { userId: input.userId, since: input.employment.since ?? '—' }),
    );
  }
  return result(violations);
}
