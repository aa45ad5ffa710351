import { addDays, daysBetween, type IsoDate } from '../calendar/calendar-date';
import { OK, result, violation, type RuleResult } from '../core/violation';
import type { PolicyProfile } from '../profiles/policy-profile';
import { DEFAULT_PROFILE } from '../profiles/profile-history';
import { isWholeNumber, requireToday } from './record-fields.util';

export const FORM_DISPOSAL_DUE_RULE_ID = 'art10.formDisposalDue';

/**
 * The last day on which forms whose keeping period ended on `keepingPeriodEnd` may still be awaiting
 * disposal: `keepingPeriodEnd + forms.disposalDueDays` (第10条第3項 速やかに, the days set under 第24条).
 */
export function formDisposalDueDate(keepingPeriodEnd: IsoDate, profile: PolicyProfile = DEFAULT_PROFILE): IsoDate {
  return addDays(keepingPeriodEnd, profile.forms.disposalDueDays);
}

/** Days past the due date on `today`; 0 while the forms are not overdue. */
export function formDisposalDaysOverdue(
  keepingPeriodEnd: IsoDate,
  today: IsoDate,
  profile: PolicyProfile = DEFAULT_PROFILE,
): number {
  return Math.max(0, daysBetween(keepingPeriodEnd, today) - profile.forms.disposalDueDays);
}

/**
 * Whether forms whose keeping period ended on `keepingPeriodEnd` and that are still kept on `today`
 * are overdue for disposal: more than `forms.disposalDueDays` days have passed since the end (第10条第3項).
 * With 30 days and an end on 2026-04-01 they are due by 2026-05-01 and overdue from 2026-05-02.
 */
export function isFormDisposalOverdue(
  keepingPeriodEnd: IsoDate,
  today: IsoDate,
  profile: PolicyProfile = DEFAULT_PROFILE,
): boolean {
  return formDisposalDaysOverdue(keepingPeriodEnd, today, profile) > 0;
}

/** What is still kept of one output record whose keeping period has an end. */
export interface FormKeepingStatus {
  readonly keepingPeriodEnd: IsoDate;
  /** Copies still kept (all places together); 0 once all are disposed of. */
  readonly stillStored: number;
}

/**
 * 第10条第3項 (保管期間の終了等に伴い…速やかに廃棄する): copies still kept more than
 * `forms.disposalDueDays` days after their keeping period ended are overdue; the violation says since
 * when, the due date and by how many days.
 */
export function checkFormDisposalDue(
  status: FormKeepingStatus,
  today: IsoDate,
  profile: PolicyProfile = DEFAULT_PROFILE,
): RuleResult {
  requireToday(today);
  if (!isWholeNumber(status.stillStored, 1)) return OK;
  const daysOverdue = formDisposalDaysOverdue(status.keepingPeriodEnd, today, profile);
  if (daysOverdue === 0) return OK;
  return result([
    violation(FORM_DISPOSAL_DUE_RULE_ID, 'FORMS.DISPOSAL_OVERDUE', {
      keepingPeriodEnd: status.keepingPeriodEnd,
      dueDate: formDisposalDueDate(status.keepingPeriodEnd, profile),
      daysOverdue,
      stillStored: status.stillStored,
    }),
  ]);
}
