import { OK, result, violation, type RuleResult, type Violation } from '../core/violation';

export const PIN_GUIDANCE_RULE_ID = 'art10-4.pinGuidance';

/** What the guiding staff member acknowledges at one card issuance (第10条の4第2号・第3号). */
export interface PinGuidanceAcknowledgement {
  /** 第2号: the applicant entered the PIN themselves. */
  readonly applicantEnteredPin: boolean;
  /** 第3号: the applicant inserted the card into the reader-writer themselves. */
  readonly applicantInsertedCard: boolean;
}

/**
 * 第10条の4第2号・第3号: the guidance is recorded only when BOTH were done by the applicant; each one
 * missing is its own violation (every violation, never just the first). Anything but `true` is missing.
 */
export function checkPinGuidanceAcknowledgement(ack: PinGuidanceAcknowledgement): RuleResult {
  const violations: Violation[] = [];
  if (ack.applicantEnteredPin !== true) violations.push(violation(PIN_GUIDANCE_RULE_ID, 'PIN_GUIDANCE.PIN_NOT_ENTERED_BY_APPLICANT'));
  if (ack.applicantInsertedCard !== true) violations.push(violation(PIN_GUIDANCE_RULE_ID, 'PIN_GUIDANCE.CARD_NOT_INSERTED_BY_APPLICANT'));
  return violations.length === 0 ? OK : result(violations);
}
