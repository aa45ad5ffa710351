import { checkCardStockTake, jstDate, type IsoDate } from '@juki/policies';
import { notify } from '../notifications/notify';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { DomainError } from '../shared/domain-error';
import { findCardPlace } from './card-place';
import { recorderOf, requireCardWriter } from './card-mutation.support';
import { derivedCardStock } from './card-stock.query';
import { CardStockTakeEntity } from './card-stock-take.entity';
import { IN_STOCK_STATES, type ResidentCardState } from './resident-card-lifecycle';

export const RECORD_CARD_STOCK_TAKE_OPERATION = 'Mutation.recordCardStockTake';

export interface CardStockTakeInput {
  readonly placeId: string;
  readonly countedOn: IsoDate;
  /** One count for each state of cards kept in a place: BLANK, PRINTED, AWAITING_DISPOSAL. */
  readonly counts: readonly { readonly state: ResidentCardState; readonly counted: number }[];
}

/**
 * 第10条の2第1項: a stock-take of one place. Each state kept in a place (blank, printed, awaiting disposal)
 * is counted once; each line is recorded with the number derived from the movements in the same
 * transaction and the difference (`checkCardStockTake` names it). A stock-take with a difference also
 * notifies the system officer (STOCK_DIFFERENCE), in the same transaction.
 */
export async function recordCardStockTake(env: IdentityEnvironment, request: IdentityRequest, input: CardStockTakeInput): Promise<CardStockTakeEntity[]> {
  const attempted = { recordType: 'StoragePlace', recordIds: [input.placeId], sectionId: null };
  return runAuditedMutation(env, request, RECORD_CARD_STOCK_TAKE_OPERATION, attempted, async (manager) => {
    const recordedById = recorderOf(request);
    const place = await findCardPlace(manager, input.placeId);
    if (!place) throw new DomainError('CARDS.PLACE_NOT_FOUND');
    requireCardWriter(request, 'CardStockTake', place.sectionId, 'CARDS.PLACE_NOT_FOUND');
    const states = input.counts.map((c) => c.state);
    for (const state of states) {
      const once = states.indexOf(state) === states.lastIndexOf(state);
      if (!IN_STOCK_STATES.includes(state) || !once) throw new DomainError('CARDS.STOCK_TAKE_STATES_INVALID', { state });
    }
    const missing = IN_STOCK_STATES.find((s) => !states.includes(s));
    if (missing) throw new DomainError('CARDS.STOCK_TAKE_STATES_INVALID', { state: missing });

    const today = jstDate(request.now);
    const profile = env.profileAt(request.now);
    const derived = await derivedCardStock(manager, [{ sql: 'stock.place_id = ?', params: [place.id] }]);
    const lines = input.counts.map((line) => {
      const count = derived.find((d) => d.state === line.state && d.sectionId === place.sectionId)?.count ?? 0;
      const verdict = checkCardStockTake({ place, state: line.state, counted: line.counted, derived: count, countedOn: input.countedOn, today }, profile);
      const refusal = verdict.violations.filter((v) => v.code !== 'CARDS.STOCK_TAKE_DIFFERENCE');
      if (refusal.length > 0) throw DomainError.fromViolations(refusal);
      return CardStockTakeEntity.record({
        sectionId: place.sectionId,
        placeId: place.id,
        state: line.state,
        countedOn: input.countedOn,
        counted: line.counted,
        derived: count,
        recordedById,
        recordedAt: request.now,
      });
    });
    await manager.insert(CardStockTakeEntity, lines);
    const differing = lines.filter((l) => l.difference !== 0);
    if (differing.length > 0) {
      const summary = differing.map((l) => `${l.state} ${l.difference > 0 ? '+' : ''}${l.difference}`).join(', ');
      await notify(manager, {
        kind: 'STOCK_DIFFERENCE',
        sectionId: place.sectionId,
        subject: {
          ja: `住民基本台帳カードの棚卸しで差異がありました（保管場所「${place.name}」: ${summary}）。`,
          en: `A resident-card stock-take found a difference (place "${place.name}": ${summary}).`,
        },
        recordType: 'CardStockTake',
        recordId: (differing[0] as CardStockTakeEntity).id,
        createdAt: request.now,
      });
    }
    return { result: lines, change: { recordType: 'CardStockTake', recordIds: lines.map((l) => l.id), sectionId: place.sectionId } };
  });
}
