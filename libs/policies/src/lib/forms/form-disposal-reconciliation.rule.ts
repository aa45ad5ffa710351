import type { IsoDate } from '../calendar/calendar-date';
import { result, violation, type RuleResult, type Violation } from '../core/violation';
import { checkDisposal, type DisposalMethod } from '../disposal/disposal-method.rule';
import type { PolicyProfile } from '../profiles/policy-profile';
import { DEFAULT_PROFILE } from '../profiles/profile-history';
import type { FormOutputRecord } from './form-output-record.rule';
import type { FormStorageRecord } from './form-storage.rule';
import { isDate, isWholeNumber, shown } from './record-fields.util';

/** One disposal of copies of an output record from one storage place (第10条第3項). */
export interface FormDisposalRecord {
  /** Set once recorded; a disposal already among the prior disposals is not recorded twice. */
  readonly id?: string;
  readonly outputRecordId: string;
  readonly formName: string;
  /** The place the copies were taken from. */
  readonly placeId: string;
  readonly quantity: number;
  readonly disposedOn: IsoDate;
}

export interface FormDisposalReconciliationInput {
  /** The output record the disposal is reconciled against (第10条第1項). */
  readonly output: FormOutputRecord;
  /**
   * What is kept now (before this disposal), per place (第10条第2項). Records of other output records
   * are ignored, so a whole cabinet's inventory may be passed.
   */
  readonly storage: readonly FormStorageRecord[];
  /** Disposals already recorded; those of other output records are ignored. */
  readonly priorDisposals: readonly FormDisposalRecord[];
  readonly disposal: FormDisposalRecord;
}

export const FORM_DISPOSAL_RECONCILIATION_RULE_ID = 'art10.formDisposalReconciliation';

/**
 * 第10条第3項 (前項の記録と突き合わせる): reconciles a disposal with the output record and the storage
 * records, and names every mismatch, each with what was expected and what was found:
 * - the disposal refers to another output record, or names another form;
 * - a storage record of this output names another form;
 * - the disposal date is not a date, or is before the output date;
 * - the quantity is not a whole number ≥ 1;
 * - the place never held this output (no storage record and no prior disposal from it);
 * - the quantity exceeds what that place holds now, or what is left of the output
 *   (output quantity − already disposed);
 * - the ledger does not balance: stored everywhere + already disposed ≠ output quantity (copies
 *   unaccounted for, or counted twice);
 * - the disposal was already recorded.
 * It accepts exactly when identities agree and the quantities balance.
 */
export function reconcileFormDisposal(
  input: FormDisposalReconciliationInput,
  _profile: PolicyProfile = DEFAULT_PROFILE,
): RuleResult {
  const { output, disposal } = input;
  const id = FORM_DISPOSAL_RECONCILIATION_RULE_ID;
  const found: Violation[] = [];
  const storage = input.storage.filter((s) => s.outputRecordId === output.id);
  const prior = input.priorDisposals.filter((d) => d.outputRecordId === output.id);

  if (disposal.id !== undefined && input.priorDisposals.some((d) => d.id === disposal.id)) {
    found.push(violation(id, 'FORMS.RECONCILE_ALREADY_RECORDED', { disposalId: disposal.id }));
  }
  if (disposal.outputRecordId !== output.id) {
    found.push(
      violation(id, 'FORMS.RECONCILE_OUTPUT_RECORD_MISMATCH', {
        expected: output.id,
        actual: shown(disposal.outputRecordId),
      }),
    );
  }
  if (disposal.formName !== output.formName) {
    found.push(
      violation(id, 'FORMS.RECONCILE_FORM_NAME_MISMATCH', {
        expected: output.formName,
        actual: shown(disposal.formName),
      }),
    );
  }
  for (const s of storage) {
    if (s.formName !== output.formName) {
      found.push(
        violation(id, 'FORMS.RECONCILE_STORAGE_FORM_NAME_MISMATCH', {
          place: s.place.name,
          expected: output.formName,
          actual: shown(s.formName),
        }),
      );
    }
  }
  if (!isDate(disposal.disposedOn)) {
    found.push(violation(id, 'FORMS.RECONCILE_DATE_INVALID', { date: shown(disposal.disposedOn) }));
  } else if (isDate(output.outputOn) && disposal.disposedOn < output.outputOn) {
    found.push(
      violation(id, 'FORMS.RECONCILE_DISPOSAL_BEFORE_OUTPUT', {
        outputOn: output.outputOn,
        disposedOn: disposal.disposedOn,
      }),
    );
  }

  const stored = storage.reduce((sum, s) => sum + (isWholeNumber(s.quantity, 0) ? s.quantity : 0), 0);
  const alreadyDisposed = prior.reduce((sum, d) => sum + (isWholeNumber(d.quantity, 1) ? d.quantity : 0), 0);
  if (stored + alreadyDisposed !== output.quantity) {
    found.push(
      violation(id, 'FORMS.RECONCILE_LEDGER_UNBALANCED', {
        expected: output.quantity,
        stored,
        alreadyDisposed,
        difference: output.quantity - stored - alreadyDisposed,
      }),
    );
  }

  const here = storage.filter((s) => s.place.id === disposal.placeId);
  const placeName = here[0]?.place.name ?? disposal.placeId;
  const everHeld = here.length > 0 || prior.some((d) => d.placeId === disposal.placeId);
  if (!everHeld) {
    found.push(violation(id, 'FORMS.RECONCILE_PLACE_NEVER_HELD', { place: shown(disposal.placeId) }));
  }
  if (!isWholeNumber(disposal.quantity, 1)) {
    found.push(violation(id, 'FORMS.RECONCILE_QUANTITY_INVALID', { quantity: shown(disposal.quantity) }));
  } else {
    const storedHere = here.reduce((sum, s) => sum + (isWholeNumber(s.quantity, 0) ? s.quantity : 0), 0);
    if (everHeld && disposal.quantity > storedHere) {
      found.push(
        violation(id, 'FORMS.RECONCILE_EXCEEDS_STORED', {
          place: placeName,
          expected: storedHere,
          actual: disposal.quantity,
        }),
      );
    }
    const remaining = output.quantity - alreadyDisposed;
    if (disposal.quantity > remaining) {
      found.push(
        violation(id, 'FORMS.RECONCILE_EXCEEDS_REMAINING', {
          expected: remaining,
          actual: disposal.quantity,
          outputQuantity: output.quantity,
          alreadyDisposed,
        }),
      );
    }
  }
  return result(found);
}

/** A disposal of printed forms as recorded: what was disposed of, and how (第10条第3項). */
export interface FormDisposalCheckInput extends FormDisposalReconciliationInput {
  readonly method: DisposalMethod;
  readonly performedBy: string;
  readonly witnessedBy?: string;
  /** The recording date, passed in (rules never read the clock). */
  readonly today: IsoDate;
}

/**
 * 第10条第3項 as a whole: the disposal reconciles with the records ({@link reconcileFormDisposal}) and
 * is done by incineration, dissolving or shredding, by a named person, on a date not in the future
 * ({@link checkDisposal} for a printed form).
 */
export function checkFormDisposal(input: FormDisposalCheckInput, profile: PolicyProfile = DEFAULT_PROFILE): RuleResult {
  const reconciliation = reconcileFormDisposal(input, profile);
  const method = checkDisposal(
    {
      medium: 'PRINTED_FORM',
      method: input.method,
      disposedOn: input.disposal.disposedOn,
      today: input.today,
      performedBy: input.performedBy,
      ...(input.witnessedBy !== undefined ? { witnessedBy: input.witnessedBy } : {}),
    },
    profile,
  );
  // An unreadable disposal date is reported once, by the reconciliation.
  const dateReported = reconciliation.violations.some((v) => v.code === 'FORMS.RECONCILE_DATE_INVALID');
  const methodViolations = method.violations.filter((v) => !(dateReported && v.code === 'DISPOSAL.FORM_DATE_INVALID'));
  return result([...reconciliation.violations, ...methodViolations]);
}
