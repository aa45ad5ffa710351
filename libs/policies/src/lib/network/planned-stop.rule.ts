import { daysBetween, type IsoDate } from '../calendar/calendar-date';
import { result, violation, type RuleResult, type Violation } from '../core/violation';
import type { PolicyProfile } from '../profiles/policy-profile';
import { DEFAULT_PROFILE } from '../profiles/profile-history';

export const PLANNED_STOP_RULE_ID = 'art17.plannedStopNotice';

/** Why the network is stopped. Disasters and power outages waive advance notice (ただし書). */
export type NetworkStopReason = 'MAINTENANCE' | 'DISASTER' | 'POWER_OUTAGE';

export interface NetworkStopInput {
  readonly reason: NetworkStopReason;
  readonly stopOn: IsoDate;
  /** When notice was given; absent when none was. */
  readonly noticeOn?: IsoDate;
  readonly notifiedSecurityOfficers: boolean;
  readonly notifiedDesignatedAgency: boolean;
}

export const RECIPIENT_LABELS = {
  securityOfficers: '情報セキュリティ責任者 (security officers)',
  designatedAgency: '指定情報処理機関 (the designated agency)',
} as const;

/**
 * 第17条第3項第2号: a network stop for maintenance is notified in advance to the security officers and
 * the designated agency (指定情報処理機関). When a disaster, power outage or the like leaves no time,
 * the notice is waived.
 */
export function checkPlannedStopNotice(input: NetworkStopInput, profile: PolicyProfile = DEFAULT_PROFILE): RuleResult {
  if (input.reason !== 'MAINTENANCE') return result([]);
  const violations: Violation[] = [];
  if (!input.notifiedSecurityOfficers) {
    violations.push(violation(PLANNED_STOP_RULE_ID, 'NETWORK.NOT_NOTIFIED', { recipient: RECIPIENT_LABELS.securityOfficers }));
  }
  if (!input.notifiedDesignatedAgency) {
    violations.push(violation(PLANNED_STOP_RULE_ID, 'NETWORK.NOT_NOTIFIED', { recipient: RECIPIENT_LABELS.designatedAgency }));
  }
  if (input.noticeOn !== undefined) {
    const given = daysBetween(input.noticeOn, input.stopOn);
    const required = profile.network.plannedStopNoticeDays;
    if (given < 0) {
      violations.push(violation(PLANNED_STOP_RULE_ID, 'NETWORK.NOTICE_AFTER_STOP', { noticeOn: input.noticeOn, stopOn: input.stopOn }));
    } else if (given < required) {
      violations.push(violation(PLANNED_STOP_RULE_ID, 'NETWORK.NOTICE_TOO_LATE', { stopOn: input.stopOn, required, given }));
    }
  }
  return result(violations);
}
