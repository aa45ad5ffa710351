import { addYears, compareDates, jstDate, type IsoDate } from '../calendar/calendar-date';
import { result, violation, type RuleResult } from '../core/violation';
import type { PolicyProfile, RecordKind } from '../profiles/policy-profile';
import { DEFAULT_PROFILE } from '../profiles/profile-history';

export const RETENTION_RULE_ID = 'art19.retention';

/**
 * The last day a record must still be kept. Periods are counted as the Civil Code counts them
 * (民法第140条・第143条): the day of creation is not counted, so a record created on 2019-04-01 and kept
 * 7 years must be kept through 2026-04-01 and may be purged from 2026-04-02 (Japan time).
 */
export function retentionLastDay(kind: RecordKind, createdAt: Date, profile: PolicyProfile = DEFAULT_PROFILE): IsoDate {
  return addYears(jstDate(createdAt), profile.retention[kind].years);
}

export interface PurgeRequest {
  readonly kind: RecordKind;
  readonly createdAt: Date;
  readonly now: Date;
  readonly legalHold: boolean;
}

/**
 * 第19条第1項 (operation history kept 7 years) and the keeping periods of 第24条: a record may be purged
 * only after its period has ended, and never while a legal hold applies. Every reason is returned.
 */
export function checkPurge(request: PurgeRequest, profile: PolicyProfile = DEFAULT_PROFILE): RuleResult {
  const violations = [];
  const lastDay = retentionLastDay(request.kind, request.createdAt, profile);
  // Compared as days, not as text: past the year 9999 the dates are written +YYYYYY-MM-DD (total over every Date).
  if (compareDates(jstDate(request.now), lastDay) <= 0) {
    violations.push(
      violation(RETENTION_RULE_ID, 'RETENTION.PERIOD_NOT_ENDED', {
        kind: request.kind,
        years: profile.retention[request.kind].years,
        until: lastDay,
      }),
    );
  }
  if (request.legalHold) violations.push(violation(RETENTION_RULE_ID, 'RETENTION.LEGAL_HOLD', { kind: request.kind }));
  return result(violations);
}

/** `mayPurge(kind, createdAt, now, legalHold)`: false before the period ends or while a hold applies. */
export function mayPurge(
  kind: RecordKind,
  createdAt: Date,
  now: Date,
  legalHold: boolean,
  profile: PolicyProfile = DEFAULT_PROFILE,
): boolean {
  return checkPurge({ kind, createdAt, now, legalHold }, profile).ok;
}
