import type { CardDisposalReason, RecordableCardMovement, ResidentCardState } from '../graphql/generated/graphql';

/**
 * What the console offers for a card in a given state (第10条の2第1項, 第10条の3), mirroring the API's
 * life cycle so that a form never offers a movement the API would refuse; the API remains the authority
 * (a stale state still gets its CONFLICT, shown as the API words it).
 */
const FROM_STATES: Readonly<Record<RecordableCardMovement, readonly ResidentCardState[]>> = {
  PRINTED: ['BLANK'],
  ISSUED: ['PRINTED'],
  SPOILED: ['BLANK', 'PRINTED'],
  MOVED_TO_DISPOSAL: ['BLANK', 'PRINTED', 'ISSUED'],
  TRANSFERRED: ['BLANK', 'PRINTED', 'AWAITING_DISPOSAL'],
};

export const RECORDABLE_MOVEMENTS: readonly RecordableCardMovement[] = ['PRINTED', 'ISSUED', 'SPOILED', 'MOVED_TO_DISPOSAL', 'TRANSFERRED'];

/** Cards kept by the section (ISSUED cards are with their holders; DISPOSED, LOST and STOLEN are final). */
export const IN_STOCK_STATES: readonly ResidentCardState[] = ['BLANK', 'PRINTED', 'AWAITING_DISPOSAL'];

/** The states a stock-take counts (one count each, 第10条の2第1項). */
export const STOCK_TAKE_STATES: readonly ResidentCardState[] = ['BLANK', 'PRINTED', 'AWAITING_DISPOSAL'];

export function movementsFor(state: ResidentCardState): RecordableCardMovement[] {
  return RECORDABLE_MOVEMENTS.filter((kind) => FROM_STATES[kind].includes(state));
}

/** The reasons of 第10条の3 a movement may give: an issuance failure when spoiled; cancelled or abolished otherwise. */
export function reasonsFor(kind: RecordableCardMovement, state: ResidentCardState): CardDisposalReason[] {
  if (kind === 'SPOILED') return ['INITIAL_DATA_WRITE_FAILURE', 'FACE_PRINT_FAILURE'];
  if (kind === 'MOVED_TO_DISPOSAL') return state === 'ISSUED' ? ['CARD_ABOLISHED'] : ['APPLICATION_CANCELLED'];
  return [];
}

export function mayReportLoss(state: ResidentCardState): boolean {
  return IN_STOCK_STATES.includes(state);
}

export function mayDispose(state: ResidentCardState): boolean {
  return state === 'AWAITING_DISPOSAL';
}

/** Card numbers typed one per line (or separated by commas or spaces), blanks dropped, duplicates once. */
export function parseSerials(text: string): string[] {
  return [...new Set(text.split(/[\s,、]+/u).map((s) => s.trim()).filter((s) => s !== ''))];
}

/** Today's date in Japan (YYYY-MM-DD), the calendar the API's dates are in. */
export function todayInJapan(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
