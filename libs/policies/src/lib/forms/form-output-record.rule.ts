import type { IsoDate } from '../calendar/calendar-date';
import { result, violation, type RuleResult, type Violation } from '../core/violation';
import type { PolicyProfile } from '../profiles/policy-profile';
import { DEFAULT_PROFILE } from '../profiles/profile-history';
import { isBlank, isDate, isWholeNumber, requireToday, shown } from './record-fields.util';

/**
 * The record kept of a form output from the communication server (第10条第1項 items 1–6).
 */
export interface FormOutputRecord {
  readonly id: string;
  /** (1) 帳票の名称 */
  readonly formName: string;
  /** (2) 出力年月日 */
  readonly outputOn: IsoDate;
  /** (3) 使用目的 */
  readonly purpose: string;
  /** (4) 申請者 */
  readonly requester: string;
  /** (5) 数量: copies (部) output. */
  readonly quantity: number;
  /** (6) その他必要な事項: optional notes. */
  readonly notes?: string;
}

export const FORM_OUTPUT_RECORD_RULE_ID = 'art10.formOutputRecord';

/**
 * 第10条第1項: the output record names the form (1), its output date (2, a real date not after `today`),
 * the purpose (3), the requester (4) and the quantity (5, a whole number ≥ 1); other notes (6) are
 * optional. Returns every violation found.
 */
export function checkFormOutputRecord(
  record: FormOutputRecord,
  today: IsoDate,
  _profile: PolicyProfile = DEFAULT_PROFILE,
): RuleResult {
  requireToday(today);
  const id = FORM_OUTPUT_RECORD_RULE_ID;
  const found: Violation[] = [];
  if (isBlank(record.formName)) found.push(violation(id, 'FORMS.NAME_MISSING'));
  if (!isDate(record.outputOn)) {
    found.push(violation(id, 'FORMS.OUTPUT_DATE_INVALID', { date: shown(record.outputOn) }));
  } else if (record.outputOn > today) {
    found.push(violation(id, 'FORMS.OUTPUT_DATE_IN_FUTURE', { outputOn: record.outputOn, today }));
  }
  if (isBlank(record.purpose)) found.push(violation(id, 'FORMS.PURPOSE_MISSING'));
  if (isBlank(record.requester)) found.push(violation(id, 'FORMS.REQUESTER_MISSING'));
  if (!isWholeNumber(record.quantity, 1)) {
    found.push(violation(id, 'FORMS.QUANTITY_INVALID', { quantity: shown(record.quantity) }));
  }
  return result(found);
}
