import { type CardDisposalReason } from '@juki/policies';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { DomainError } from '../shared/domain-error';
import type { CardMovementEntity } from './card-movement.entity';
import { findCardPlace, requirePlaceForCards } from './card-place';
import { applyCardStep, lockCard, recorderOf } from './card-mutation.support';
import { nextCardStep, type RecordableCardMovement } from './resident-card-lifecycle';
import type { ResidentCardEntity } from './resident-card.entity';

export const RECORD_CARD_MOVEMENT_OPERATION = 'Mutation.recordCardMovement';

export interface RecordCardMovementInput {
  readonly cardId: string;
  /** The version of the card the caller last saw (a stale one is a conflict). */
  readonly version: number;
  readonly kind: RecordableCardMovement;
  readonly reason?: CardDisposalReason | null;
  readonly toPlaceId?: string | null;
}

export interface RecordedCardMovement {
  readonly card: ResidentCardEntity;
  readonly movement: CardMovementEntity;
}

/**
 * 第10条の2第1項・第10条の3: records one movement of one card — printed, issued, spoiled (issuance failure),
 * moved to disposal (application cancelled, card abolished), transferred to another lockable place of the
 * section — through the state machine (`nextCardStep`), with the card's version checked and its audit
 * event in the same transaction. Of two concurrent movements of one card exactly one succeeds; the other
 * is CARDS.CHANGED.
 */
export async function recordCardMovement(env: IdentityEnvironment, request: IdentityRequest, input: RecordCardMovementInput): Promise<RecordedCardMovement> {
  const attempted = { recordType: 'ResidentCard', recordIds: [input.cardId], sectionId: null };
  return runAuditedMutation(env, request, RECORD_CARD_MOVEMENT_OPERATION, attempted, async (manager) => {
    const recordedById = recorderOf(request);
    const card = await lockCard(manager, request, 'CardMovement', input.cardId, input.version);
    const step = nextCardStep(card, { kind: input.kind, reason: input.reason ?? null, toPlaceId: input.toPlaceId ?? null });
    if (step.kind === 'TRANSFERRED') {
      const place = await findCardPlace(manager, step.toPlaceId);
      if (!place || place.sectionId !== card.sectionId) throw new DomainError('CARDS.PLACE_NOT_FOUND');
      requirePlaceForCards(place, card.sectionId);
    }
    const movement = await applyCardStep(manager, card, step, recordedById, request.now);
    return { result: { card, movement }, change: { recordType: 'CardMovement', recordIds: [movement.id, card.id], sectionId: card.sectionId } };
  });
}
