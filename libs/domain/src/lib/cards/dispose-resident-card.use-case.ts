import { checkCardDisposal, daysBetween, jstDate, type DisposalMethod, type IsoDate } from '@juki/policies';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { DomainError } from '../shared/domain-error';
import { CardDisposalEntity } from './card-disposal.entity';
import type { CardMovementEntity } from './card-movement.entity';
import { applyCardStep, lockCard, recorderOf } from './card-mutation.support';
import { nextCardStep } from './resident-card-lifecycle';
import type { ResidentCardEntity } from './resident-card.entity';

export const DISPOSE_RESIDENT_CARD_OPERATION = 'Mutation.disposeResidentCard';

export interface ResidentCardDisposalInput {
  readonly cardId: string;
  readonly version: number;
  readonly method: DisposalMethod;
  readonly methodDescription?: string | null;
  readonly icChipDestroyed: boolean;
  readonly performer: string;
  readonly witness: string;
  readonly disposedOn: IsoDate;
}

export interface DisposedCard {
  readonly disposal: CardDisposalEntity;
  readonly card: ResidentCardEntity;
  readonly movement: CardMovementEntity;
}

/**
 * 第10条の3: disposes of one card awaiting disposal, for the reason it was set aside with. Refused, naming
 * every violation of `checkCardDisposal`, when the method is not 焼却・溶解・裁断等, the IC chip was not
 * physically destroyed (第10条の3第3号: DISPOSAL.CARD_IC_CHIP_NOT_DESTROYED), there is no performer or
 * witness, or the date is invalid, in the future or before the card started awaiting disposal. Late
 * disposal (past `cards.disposalDueDays`, 第10条の3第1号) is recorded with its days late, not refused: the
 * card must still be disposed of. A card not awaiting disposal, or disposed already, is refused by the
 * state machine; of two concurrent disposals exactly one succeeds (CARDS.CHANGED for the other).
 */
export async function disposeResidentCard(env: IdentityEnvironment, request: IdentityRequest, input: ResidentCardDisposalInput): Promise<DisposedCard> {
  const attempted = { recordType: 'ResidentCard', recordIds: [input.cardId], sectionId: null };
  return runAuditedMutation(env, request, DISPOSE_RESIDENT_CARD_OPERATION, attempted, async (manager) => {
    const recordedById = recorderOf(request);
    const card = await lockCard(manager, request, 'CardDisposal', input.cardId, input.version);
    const step = nextCardStep(card, { kind: 'DISPOSED' });
    const reason = card.disposalReason;
    const awaitingSince = card.awaitingDisposalSince;
    if (reason === null || awaitingSince === null) throw new DomainError('CARDS.DISPOSAL_REASON_MISSING');
    const profile = env.profileAt(request.now);
    const verdict = checkCardDisposal(
      {
        reason,
        awaitingSince,
        disposedOn: input.disposedOn,
        today: jstDate(request.now),
        method: input.method,
        ...(input.methodDescription ? { methodDescription: input.methodDescription } : {}),
        icChipPhysicallyDestroyed: input.icChipDestroyed,
        performedBy: input.performer,
        witnessedBy: input.witness,
      },
      profile,
    );
    const refusals = verdict.violations.filter((v) => v.code !== 'CARDS.DISPOSED_LATE');
    if (refusals.length > 0) throw DomainError.fromViolations(refusals);
    // 第10条の3第3号 whatever the profile: a card leaves the records as disposed only with its chip destroyed.
    if (input.icChipDestroyed !== true) throw new DomainError('DISPOSAL.CARD_IC_CHIP_NOT_DESTROYED');
    const placeId = card.placeId;
    const movement = await applyCardStep(manager, card, step, recordedById, request.now);
    const disposal = CardDisposalEntity.record({
      cardId: card.id,
      sectionId: card.sectionId,
      placeId,
      reason,
      method: input.method,
      methodDescription: input.methodDescription ?? null,
      icChipDestroyed: input.icChipDestroyed,
      performer: input.performer,
      witness: input.witness,
      awaitingSince,
      disposedOn: input.disposedOn,
      daysLate: Math.max(0, daysBetween(awaitingSince, input.disposedOn) - profile.cards.disposalDueDays),
      recordedById,
      recordedAt: new Date(request.now.getTime()),
    });
    await manager.insert(CardDisposalEntity, disposal);
    return { result: { disposal, card, movement }, change: { recordType: 'CardDisposal', recordIds: [disposal.id, card.id], sectionId: card.sectionId } };
  });
}
