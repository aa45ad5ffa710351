import type { StoragePlace } from '@juki/policies';
import type { EntityManager } from 'typeorm';
import { StoragePlaceEntity } from '../forms/storage-place.entity';
import { DomainError } from '../shared/domain-error';

/**
 * Cards are kept in the section's storage places (`storage_place`, registered by its security officer and
 * shared with the printed forms: a safe or cabinet is one place whatever it holds).
 */
export interface CardPlace extends StoragePlace {
  readonly sectionId: string;
}

export async function findCardPlace(manager: EntityManager, placeId: string): Promise<CardPlace | null> {
  const place = await manager.findOne(StoragePlaceEntity, { where: { id: placeId }, select: { id: true, sectionId: true, name: true, lockable: true } });
  return place ? { id: place.id, sectionId: place.sectionId, name: place.name, lockable: place.lockable } : null;
}

/**
 * 第10条の2第1項 (施錠のできる場所に保管): cards go only into a lockable place of their own section
 * (another section's place is CARDS.PLACE_NOT_FOUND; a place that cannot be locked is
 * CARDS.STORAGE_NOT_LOCKABLE, the code of `checkCardStock`).
 */
export function requirePlaceForCards(place: CardPlace, sectionId: string): void {
  if (place.sectionId !== sectionId) throw new DomainError('CARDS.PLACE_NOT_FOUND');
  if (place.lockable !== true) throw new DomainError('CARDS.STORAGE_NOT_LOCKABLE', { place: place.name });
}
