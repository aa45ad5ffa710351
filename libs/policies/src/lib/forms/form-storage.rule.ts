import { DEFAULT_PROFILE } from '../profiles/profile-history';
import type { PolicyProfile } from '../profiles/policy-profile';
import { result, violation, type RuleResult, type Violation } from '../core/violation';
import { isWholeNumber, shown } from './record-fields.util';

/**
 * A place where printed forms or resident cards are kept: a cabinet, safe or room. Whether it can be
 * locked is a property of the place, recorded once (第10条第2項 書庫等; 第10条の2第1項 場所).
 */
export interface StoragePlace {
  readonly id: string;
  /** The label staff know it by, e.g. 市民課 書庫A. */
  readonly name: string;
  readonly lockable: boolean;
}

/** One line of the breakdown (内訳) of a stored quantity, e.g. per binder or per section. */
export interface FormStorageBreakdownLine {
  readonly label: string;
  readonly quantity: number;
}

/**
 * What is kept now of one output record in one place (第10条第2項: 保管する数量、内訳等). The quantity is
 * the current holding: it goes down as copies are disposed of.
 */
export interface FormStorageRecord {
  readonly outputRecordId: string;
  readonly formName: string;
  readonly place: StoragePlace;
  readonly quantity: number;
  readonly breakdown?: readonly FormStorageBreakdownLine[];
}

export const FORM_STORAGE_RULE_ID = 'art10.formStorage';

/** Whether a place may hold printed forms: only a lockable one (第10条第2項). */
export function isLockable(place: StoragePlace): boolean {
  return place.lockable === true;
}

/**
 * 第10条第2項: stored forms are recorded with quantity and breakdown and kept in a lockable cabinet.
 * Returns every violation: a place that cannot be locked, a quantity that is not a whole number ≥ 0,
 * breakdown lines that are not whole numbers or do not add up to the quantity.
 */
export function checkFormStorage(record: FormStorageRecord, _profile: PolicyProfile = DEFAULT_PROFILE): RuleResult {
  const found: Violation[] = [];
  if (!isLockable(record.place)) {
    found.push(violation(FORM_STORAGE_RULE_ID, 'FORMS.STORAGE_NOT_LOCKABLE', { place: record.place.name }));
  }
  const quantityOk = isWholeNumber(record.quantity, 0);
  if (!quantityOk) {
    found.push(violation(FORM_STORAGE_RULE_ID, 'FORMS.STORAGE_QUANTITY_INVALID', { quantity: shown(record.quantity) }));
  }
  if (record.breakdown !== undefined && record.breakdown.length > 0) {
    let total = 0;
    let linesOk = true;
    for (const line of record.breakdown) {
      if (!isWholeNumber(line.quantity, 0)) {
        linesOk = false;
        found.push(
          violation(FORM_STORAGE_RULE_ID, 'FORMS.STORAGE_BREAKDOWN_INVALID', {
            label: line.label,
            quantity: shown(line.quantity),
          }),
        );
      } else {
        total += line.quantity;
      }
    }
    if (linesOk && quantityOk && total !== record.quantity) {
      found.push(
        violation(FORM_STORAGE_RULE_ID, 'FORMS.STORAGE_BREAKDOWN_MISMATCH', {
          quantity: record.quantity,
          breakdownTotal: total,
        }),
      );
    }
  }
  return result(found);
}
