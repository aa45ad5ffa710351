import { In } from 'typeorm';
import { isUniqueViolation } from '../handlers/handler-writes';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { DomainError } from '../shared/domain-error';
import { CardMovementEntity } from './card-movement.entity';
import { findCardPlace, requirePlaceForCards } from './card-place';
import { recorderOf, requireCardWriter } from './card-mutation.support';
import { receivedStep } from './resident-card-lifecycle';
import { ResidentCardEntity } from './resident-card.entity';

export const RECEIVE_RESIDENT_CARDS_OPERATION = 'Mutation.receiveResidentCards';

/** A card number: letters, digits and hyphens, 1–32 characters. */
export const RESIDENT_CARD_SERIAL = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;

/** At most this many cards in one receipt. */
export const MAX_CARDS_PER_RECEIPT = 100;

export interface ReceivedCards {
  readonly cards: readonly ResidentCardEntity[];
  readonly movements: readonly CardMovementEntity[];
}

/**
 * 第10条の2第1項: blank cards delivered to a section are received by their numbers into one of its
 * lockable places; each card gets its RECEIVED movement (none → BLANK), from which the stock is derived.
 * A number already received is CARDS.SERIAL_DUPLICATED (the unique key also holds under concurrency).
 */
export async function receiveResidentCards(
  env: IdentityEnvironment,
  request: IdentityRequest,
  input: { readonly placeId: string; readonly serials: readonly string[] },
): Promise<ReceivedCards> {
  const attempted = { recordType: 'StoragePlace', recordIds: [input.placeId], sectionId: null };
  return runAuditedMutation(env, request, RECEIVE_RESIDENT_CARDS_OPERATION, attempted, async (manager) => {
    const recordedById = recorderOf(request);
    const place = await findCardPlace(manager, input.placeId);
    if (!place) throw new DomainError('CARDS.PLACE_NOT_FOUND');
    requireCardWriter(request, 'CardMovement', place.sectionId, 'CARDS.PLACE_NOT_FOUND');
    requirePlaceForCards(place, place.sectionId);
    const serials = [...input.serials];
    if (serials.length === 0 || serials.length > MAX_CARDS_PER_RECEIPT) throw new DomainError('CARDS.SERIAL_INVALID', { serial: '' });
    const seen = new Set<string>();
    for (const serial of serials) {
      if (!RESIDENT_CARD_SERIAL.test(serial)) throw new DomainError('CARDS.SERIAL_INVALID', { serial: serial.slice(0, 40) });
      if (seen.has(serial)) throw new DomainError('CARDS.SERIAL_DUPLICATED', { serial });
      seen.add(serial);
    }
    const existing = await manager.find(ResidentCardEntity, { where: { serial: In(serials) }, select: { serial: true } });
    if (existing.length > 0) throw new DomainError('CARDS.SERIAL_DUPLICATED', { serial: (existing[0] as ResidentCardEntity).serial });
    const cards = serials.map((serial) => ResidentCardEntity.receive({ serial, sectionId: place.sectionId, placeId: place.id, receivedAt: request.now }));
    const movements = cards.map((card) => CardMovementEntity.record(card, receivedStep(place.id), recordedById, request.now));
    try {
      await manager.insert(ResidentCardEntity, cards);
    } catch (error) {
      // A concurrent receipt of the same number committed between the check above and this insert.
      if (isUniqueViolation(error)) throw new DomainError('CARDS.SERIAL_DUPLICATED', { serial: serials.length === 1 ? (serials[0] as string) : serials.join(', ').slice(0, 200) });
      throw error;
    }
    await manager.insert(CardMovementEntity, movements);
    return {
      result: { cards, movements },
      change: { recordType: 'ResidentCard', recordIds: cards.map((c) => c.id), sectionId: place.sectionId },
    };
  });
}
