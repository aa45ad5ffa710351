import { addDays, daysBetween, jstDate, type IsoDate } from '../calendar/calendar-date';
import { result, violation, type RuleResult, type Violation } from '../core/violation';
import type { PolicyProfile } from '../profiles/policy-profile';
import { DEFAULT_PROFILE } from '../profiles/profile-history';
import type { EmploymentStatus } from './access-review.rule';

export const OPERATOR_CARD_RETURN_RULE_ID = 'art20.cardReturn';
export const OPERATOR_CARD_REVOCATION_RULE_ID = 'art20.lostCardRevocation';

/** 第20条: the states of an operator ID card. */
export const OPERATOR_ID_CARD_STATUSES = ['ISSUED', 'ACTIVE', 'LOST', 'STOLEN', 'RETURNED', 'REVOKED'] as const;
export type OperatorIdCardStatus = (typeof OPERATOR_ID_CARD_STATUSES)[number];

/** Cards that can still open a session (第20条第5項: a lost or stolen card must not). */
export function cardUsableForSignIn(status: OperatorIdCardStatus): boolean {
  return status === 'ACTIVE';
}

export interface OperatorIdCardInput {
  readonly cardNumber: string;
  readonly status: OperatorIdCardStatus;
  readonly holderEmployment: { readonly status: EmploymentStatus; readonly since?: IsoDate };
  /** When loss or theft was reported (第20条第5項). */
  readonly lossReportedAt?: Date;
  readonly revokedAt?: Date;
  readonly now: Date;
}

/** The card number as shown in messages: only the last four characters. */
function shownCard(cardNumber: string): string {
  return cardNumber.length <= 4 ? cardNumber : `…${cardNumber.slice(-4)}`;
}

/**
 * 第20条第1項: a card is returned promptly when its holder retires or moves (within returnDueDays).
 * 第20条第5項: a card reported lost or stolen is revoked promptly (within revocationDueHours).
 */
export function checkOperatorIdCard(input: OperatorIdCardInput, profile: PolicyProfile = DEFAULT_PROFILE): RuleResult {
  const violations: Violation[] = [];
  const card = shownCard(input.cardNumber);
  const stillOut = input.status === 'ISSUED' || input.status === 'ACTIVE';
  const since = input.holderEmployment.since;
  if (stillOut && input.holderEmployment.status !== 'ACTIVE' && since) {
    const days = daysBetween(since, jstDate(input.now));
    if (jstDate(input.now) > addDays(since, profile.operatorCards.returnDueDays)) {
      violations.push(violation(OPERATOR_CARD_RETURN_RULE_ID, 'OPERATOR_CARDS.RETURN_OVERDUE', { card, since, days }));
    }
  }
  if (input.status === 'LOST' || input.status === 'STOLEN') {
    violations.push(violation(OPERATOR_CARD_REVOCATION_RULE_ID, 'OPERATOR_CARDS.LOST_NOT_REVOKED', { card }));
  }
  if (input.status === 'REVOKED' && input.lossReportedAt && input.revokedAt) {
    const hours = Math.floor((input.revokedAt.getTime() - input.lossReportedAt.getTime()) / 3_600_000);
    if (hours > profile.operatorCards.revocationDueHours) {
      violations.push(
        violation(OPERATOR_CARD_REVOCATION_RULE_ID, 'OPERATOR_CARDS.REVOCATION_LATE', {
          card,
          hours,
          limit: profile.operatorCards.revocationDueHours,
        }),
      );
    }
  }
  return result(violations);
}
