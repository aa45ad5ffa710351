import type { IsoDate } from '../calendar/calendar-date';
import { OK, result, violation, type RuleResult } from '../core/violation';
import { isDate, isWholeNumber, shown } from './record-fields.util';

/**
 * The life cycle of a printed form in the ledger (第10条): recorded (第1項) → kept in lockable places
 * (第2項) → disposed of after reconciliation (第3項). The state machine itself is @juki/domain's
 * (form-lifecycle.ts); its refusals are this rule's codes.
 */
export const FORM_LEDGER_LIFECYCLE_RULE_ID = 'art10.formLedgerLifecycle';

/**
 * The keeping period of an output record ends on or after its output date (第10条第3項: 保管期間の終了).
 * Dates that are not dates are left to the output-record rule (FORMS.OUTPUT_DATE_INVALID).
 */
export function checkKeepingPeriod(outputOn: IsoDate, keepUntil: IsoDate): RuleResult {
  if (!isDate(outputOn) || !isDate(keepUntil) || keepUntil >= outputOn) return OK;
  return result([violation(FORM_LEDGER_LIFECYCLE_RULE_ID, 'FORMS.KEEP_UNTIL_BEFORE_OUTPUT', { keepUntil, outputOn })]);
}

/** A date of the ledger (stored on, moved on) that is after the recording date. */
export function checkNotInFuture(date: IsoDate, today: IsoDate): RuleResult {
  if (!isDate(date) || date <= today) return OK;
  return result([violation(FORM_LEDGER_LIFECYCLE_RULE_ID, 'FORMS.DATE_IN_FUTURE', { date, today })]);
}

/** The copies stored or moved at once: a whole number of at least 1 (第10条第2項). */
export function checkCopies(quantity: number): RuleResult {
  if (isWholeNumber(quantity, 1)) return OK;
  return result([violation(FORM_LEDGER_LIFECYCLE_RULE_ID, 'FORMS.COUNT_INVALID', { quantity: shown(quantity) })]);
}
