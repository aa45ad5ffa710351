import { isIssuanceFailure, type CardDisposalReason } from '@juki/policies';
import { DomainError } from '../shared/domain-error';

/**
 * The life cycle of one resident card (住民基本台帳カード) as the section keeps it (第10条の2, 第10条の3):
 *
 *   (received) → BLANK ─printed→ PRINTED ─issued→ ISSUED
 *   BLANK | PRINTED ─spoiled (issuance failure)→ AWAITING_DISPOSAL
 *   BLANK | PRINTED ─moved to disposal (application cancelled)→ AWAITING_DISPOSAL
 *   ISSUED ─moved to disposal (card abolished, returned)→ AWAITING_DISPOSAL
 *   AWAITING_DISPOSAL ─disposed→ DISPOSED
 *   BLANK | PRINTED | AWAITING_DISPOSAL ─reported lost / stolen→ LOST | STOLEN
 *   BLANK | PRINTED | AWAITING_DISPOSAL ─transferred→ same state, another place
 *
 * DISPOSED, LOST and STOLEN are final. ISSUED cards are with their holders, out of the section's stock.
 */
export const RESIDENT_CARD_STATES = ['BLANK', 'PRINTED', 'ISSUED', 'AWAITING_DISPOSAL', 'DISPOSED', 'LOST', 'STOLEN'] as const;
export type ResidentCardState = (typeof RESIDENT_CARD_STATES)[number];

export const CARD_MOVEMENT_KINDS = [
  'RECEIVED',
  'PRINTED',
  'ISSUED',
  'SPOILED',
  'MOVED_TO_DISPOSAL',
  'TRANSFERRED',
  'DISPOSED',
  'REPORTED_LOST',
  'REPORTED_STOLEN',
] as const;
export type CardMovementKind = (typeof CARD_MOVEMENT_KINDS)[number];

/** Movements recorded through `recordCardMovement`; the others have their own use case (receive, dispose, report). */
export const RECORDABLE_CARD_MOVEMENTS = ['PRINTED', 'ISSUED', 'SPOILED', 'MOVED_TO_DISPOSAL', 'TRANSFERRED'] as const satisfies readonly CardMovementKind[];
export type RecordableCardMovement = (typeof RECORDABLE_CARD_MOVEMENTS)[number];

/** The states of cards kept by the section (第10条の2第1項: locked up, counted). */
export const IN_STOCK_STATES: readonly ResidentCardState[] = ['BLANK', 'PRINTED', 'AWAITING_DISPOSAL'];

/** Where a card is now. */
export interface CardPosition {
  readonly state: ResidentCardState;
  readonly placeId: string;
}

/** What is asked of the card. */
export interface CardMovementRequest {
  readonly kind: CardMovementKind;
  /** SPOILED and MOVED_TO_DISPOSAL: the reason of 第10条の3 the card will be disposed of for. */
  readonly reason?: CardDisposalReason | null;
  /** TRANSFERRED: the place the card goes to. */
  readonly toPlaceId?: string | null;
}

/** One movement as it is recorded: the counts per (place, state) are derived from these alone. */
export interface CardMovementStep {
  readonly kind: CardMovementKind;
  readonly fromState: ResidentCardState | null;
  readonly toState: ResidentCardState;
  readonly fromPlaceId: string | null;
  readonly toPlaceId: string;
  readonly reason: CardDisposalReason | null;
}

const TARGET: Readonly<Record<Exclude<CardMovementKind, 'RECEIVED' | 'TRANSFERRED'>, ResidentCardState>> = {
  PRINTED: 'PRINTED',
  ISSUED: 'ISSUED',
  SPOILED: 'AWAITING_DISPOSAL',
  MOVED_TO_DISPOSAL: 'AWAITING_DISPOSAL',
  DISPOSED: 'DISPOSED',
  REPORTED_LOST: 'LOST',
  REPORTED_STOLEN: 'STOLEN',
};

const SOURCES: Readonly<Record<Exclude<CardMovementKind, 'RECEIVED'>, readonly ResidentCardState[]>> = {
  PRINTED: ['BLANK'],
  ISSUED: ['PRINTED'],
  SPOILED: ['BLANK', 'PRINTED'],
  MOVED_TO_DISPOSAL: ['BLANK', 'PRINTED', 'ISSUED'],
  TRANSFERRED: IN_STOCK_STATES,
  DISPOSED: ['AWAITING_DISPOSAL'],
  REPORTED_LOST: IN_STOCK_STATES,
  REPORTED_STOLEN: IN_STOCK_STATES,
};

/** The first movement of every card: received blank into a place. */
export function receivedStep(placeId: string): CardMovementStep {
  return { kind: 'RECEIVED', fromState: null, toState: 'BLANK', fromPlaceId: null, toPlaceId: placeId, reason: null };
}

/** Which reasons of 第10条の3 a movement to disposal allows from a state. */
function reasonFits(kind: CardMovementKind, state: ResidentCardState, reason: CardDisposalReason): boolean {
  if (kind === 'SPOILED') return isIssuanceFailure(reason);
  if (kind === 'MOVED_TO_DISPOSAL') return state === 'ISSUED' ? reason === 'CARD_ABOLISHED' : reason === 'APPLICATION_CANCELLED';
  return false;
}

/**
 * The state machine: the movement `request` applied to a card at `card`, or a refusal citing the article.
 * DISPOSED cards refuse everything (第10条の3: CARDS.ALREADY_DISPOSED), lost or stolen ones too
 * (第10条の2第2項: CARDS.LOST_OR_STOLEN); disposing of a card not awaiting disposal is
 * CARDS.NOT_AWAITING_DISPOSAL; a reason that does not fit is CARDS.REASON_NOT_FOR_MOVEMENT; reporting
 * the loss of a card not in stock is CARDS.LOSS_NOT_REPORTABLE; any other movement the state does not
 * allow is CARDS.TRANSITION_NOT_ALLOWED.
 */
export function nextCardStep(card: CardPosition, request: CardMovementRequest): CardMovementStep {
  const { kind } = request;
  const params = { movement: kind, state: card.state };
  if (card.state === 'DISPOSED') throw new DomainError('CARDS.ALREADY_DISPOSED');
  if (card.state === 'LOST' || card.state === 'STOLEN') throw new DomainError('CARDS.LOST_OR_STOLEN', { state: card.state });
  if (kind === 'RECEIVED') throw new DomainError('CARDS.TRANSITION_NOT_ALLOWED', params);
  if (!SOURCES[kind].includes(card.state)) {
    if (kind === 'DISPOSED') throw new DomainError('CARDS.NOT_AWAITING_DISPOSAL', { state: card.state });
    if (kind === 'REPORTED_LOST' || kind === 'REPORTED_STOLEN') throw new DomainError('CARDS.LOSS_NOT_REPORTABLE', { state: card.state });
    throw new DomainError('CARDS.TRANSITION_NOT_ALLOWED', params);
  }
  if (kind === 'TRANSFERRED') {
    const to = request.toPlaceId ?? null;
    if (to === null) throw new DomainError('CARDS.PLACE_NOT_FOUND');
    if (to === card.placeId) throw new DomainError('CARDS.SAME_PLACE');
    return { kind, fromState: card.state, toState: card.state, fromPlaceId: card.placeId, toPlaceId: to, reason: null };
  }
  let reason: CardDisposalReason | null = null;
  if (kind === 'SPOILED' || kind === 'MOVED_TO_DISPOSAL') {
    reason = request.reason ?? null;
    if (reason === null) throw new DomainError('CARDS.DISPOSAL_REASON_MISSING');
    if (!reasonFits(kind, card.state, reason)) throw new DomainError('CARDS.REASON_NOT_FOR_MOVEMENT', { ...params, reason });
  }
  return { kind, fromState: card.state, toState: TARGET[kind], fromPlaceId: card.placeId, toPlaceId: card.placeId, reason };
}

/** `section|place|state` → number of cards. */
export type CardStockCounts = ReadonlyMap<string, number>;

export function stockKey(sectionId: string, placeId: string, state: ResidentCardState): string {
  return `${sectionId}|${placeId}|${state}`;
}

/**
 * The counts per (section, place, state) derived from the movements alone: +1 where a movement leaves a
 * card, −1 where it took it from. This is what the SQL of `residentCardStock` computes; a key whose count
 * is 0 is left out.
 */
export function deriveCardStock(
  movements: Iterable<Pick<CardMovementStep, 'fromState' | 'toState' | 'fromPlaceId' | 'toPlaceId'> & { readonly sectionId: string }>,
): CardStockCounts {
  const counts = new Map<string, number>();
  const add = (key: string, delta: number): void => {
    const next = (counts.get(key) ?? 0) + delta;
    if (next === 0) counts.delete(key);
    else counts.set(key, next);
  };
  for (const m of movements) {
    add(stockKey(m.sectionId, m.toPlaceId, m.toState), 1);
    if (m.fromState !== null && m.fromPlaceId !== null) add(stockKey(m.sectionId, m.fromPlaceId, m.fromState), -1);
  }
  return counts;
}
