import type { MessageCode } from '@juki/policies';
import { DomainError } from '../shared/domain-error';

/**
 * The life cycle of a printed-form output record (第10条), derived from its quantities:
 * - OUTPUT: recorded (第1項), no copy stored yet;
 * - STORED: copies kept in lockable places (第2項), none disposed of;
 * - PARTLY_DISPOSED: some copies disposed of (第3項), some not;
 * - DISPOSED: every copy output has been disposed of — final.
 */
export const FORM_STATUSES = ['OUTPUT', 'STORED', 'PARTLY_DISPOSED', 'DISPOSED'] as const;
export type FormStatus = (typeof FORM_STATUSES)[number];

/** What can happen to the copies of an output record. */
export const FORM_EVENTS = ['STORE', 'MOVE', 'DISPOSE'] as const;
export type FormEvent = (typeof FORM_EVENTS)[number];

/** The quantities of one output record: output (第1項第5号), kept now, disposed of. */
export interface FormQuantities {
  readonly quantity: number;
  readonly stored: number;
  readonly disposed: number;
}

/** The status the quantities mean. */
export function formStatusOf(q: FormQuantities): FormStatus {
  if (q.quantity > 0 && q.disposed >= q.quantity) return 'DISPOSED';
  if (q.disposed > 0) return 'PARTLY_DISPOSED';
  if (q.stored > 0) return 'STORED';
  return 'OUTPUT';
}

/**
 * The transition table: for each status and event, null when allowed, else the refusal (citing its
 * article through the catalogue). Disposed forms cannot be stored, moved or disposed of again; forms
 * never stored cannot be moved or disposed of.
 */
export const FORM_TRANSITIONS: Readonly<Record<FormStatus, Readonly<Record<FormEvent, MessageCode | null>>>> = {
  OUTPUT: { STORE: null, MOVE: 'FORMS.MOVE_NOT_STORED', DISPOSE: 'FORMS.NOT_STORED' },
  STORED: { STORE: null, MOVE: null, DISPOSE: null },
  PARTLY_DISPOSED: { STORE: null, MOVE: null, DISPOSE: null },
  DISPOSED: { STORE: 'FORMS.ALREADY_DISPOSED', MOVE: 'FORMS.ALREADY_DISPOSED', DISPOSE: 'FORMS.ALREADY_DISPOSED' },
};

/** Refuses an event the status does not allow (a coded DomainError citing 第10条第2項 or 第3項). */
export function assertFormTransition(status: FormStatus, event: FormEvent): void {
  const refusal = FORM_TRANSITIONS[status][event];
  if (refusal !== null) throw new DomainError(refusal);
}

/**
 * Applies an event to the quantities: STORE adds kept copies, MOVE changes nothing in the totals, DISPOSE
 * turns kept copies into disposed ones. Refuses what the table refuses and what the quantities cannot
 * give (storing more than is unstored; the per-place checks are the use cases' and the rules').
 */
export function applyFormEvent(q: FormQuantities, event: FormEvent, count: number): FormQuantities {
  assertFormTransition(formStatusOf(q), event);
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a whole number ≥ 1');
  switch (event) {
    case 'STORE': {
      const unstored = q.quantity - q.stored - q.disposed;
      if (count > unstored) {
        throw new DomainError('FORMS.STORE_EXCEEDS_UNSTORED', {
          actual: count,
          expected: unstored,
          outputQuantity: q.quantity,
          stored: q.stored,
          disposed: q.disposed,
        });
      }
      return { ...q, stored: q.stored + count };
    }
    case 'MOVE':
      return q;
    case 'DISPOSE':
      if (count > q.stored) throw new RangeError('cannot dispose of more than is kept (reconcile first)');
      return { ...q, stored: q.stored - count, disposed: q.disposed + count };
  }
}
