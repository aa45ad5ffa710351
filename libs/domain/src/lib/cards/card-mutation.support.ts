import { jstDate } from '@juki/policies';
import type { EntityManager } from 'typeorm';
import { rowFilterFor, type RowFilter } from '../access/principal';
import type { IdentityRequest } from '../sessions/identity-environment';
import { readForUpdate } from '../sessions/locking-read';
import { DomainError } from '../shared/domain-error';
import { CardMovementEntity } from './card-movement.entity';
import type { CardMovementStep } from './resident-card-lifecycle';
import { ResidentCardEntity } from './resident-card.entity';

/** Whether a row filter reaches a section. */
export function filterReaches(filter: RowFilter, sectionId: string): boolean {
  return filter.kind === 'all' || (filter.kind === 'some' && filter.sectionIds.includes(sectionId));
}

/**
 * The use case's own check behind the API's guard (PERMISSION_MATRIX `write` of `type`): the caller writes
 * rows of `type` in `sectionId`. A section the caller cannot even read is NOT_FOUND (`notFound`), one
 * they read but may not write is FORBIDDEN (audited as DENIED).
 */
export function requireCardWriter(request: IdentityRequest, type: string, sectionId: string, notFound: 'CARDS.NOT_FOUND' | 'CARDS.PLACE_NOT_FOUND'): void {
  const today = jstDate(request.now);
  if (filterReaches(rowFilterFor(request.principal, type, 'write', today), sectionId)) return;
  if (request.principal.kind === 'ANONYMOUS') throw new DomainError('PERMISSIONS.SIGN_IN_REQUIRED');
  if (filterReaches(rowFilterFor(request.principal, type, 'read', today), sectionId)) throw new DomainError('PERMISSIONS.FORBIDDEN');
  throw new DomainError(notFound);
}

/** The staff member recording (cards are recorded by people; a ward system's token is refused). */
export function recorderOf(request: IdentityRequest): string {
  if (request.principal.kind === 'STAFF') return request.principal.staffId;
  if (request.principal.kind === 'ANONYMOUS') throw new DomainError('PERMISSIONS.SIGN_IN_REQUIRED');
  throw new DomainError('PERMISSIONS.FORBIDDEN');
}

/**
 * Reads the card for update (a locking read on MariaDB: a concurrent change waits, then sees the new
 * version) and checks the version the caller last saw: a stale one is CARDS.CHANGED (CONFLICT), never an
 * overwrite. A card out of the caller's reach for `type` is CARDS.NOT_FOUND, like one that does not exist.
 */
export async function lockCard(manager: EntityManager, request: IdentityRequest, type: string, cardId: string, version: number): Promise<ResidentCardEntity> {
  const card = await readForUpdate(manager, ResidentCardEntity, 'row.id = :id', { id: cardId });
  if (!card || !filterReaches(rowFilterFor(request.principal, type, 'read', jstDate(request.now)), card.sectionId)) {
    throw new DomainError('CARDS.NOT_FOUND');
  }
  requireCardWriter(request, type, card.sectionId, 'CARDS.NOT_FOUND');
  if (card.version !== version) throw new DomainError('CARDS.CHANGED');
  return card;
}

/**
 * Applies one step of the state machine to the card and records its movement, in the caller's
 * transaction. The UPDATE is conditional on the version read: if anything changed the row meanwhile
 * (it cannot under the locking read, but Galera certifies at COMMIT) nothing is written and the change is
 * refused as CARDS.CHANGED.
 */
export async function applyCardStep(
  manager: EntityManager,
  card: ResidentCardEntity,
  step: CardMovementStep,
  recordedById: string,
  now: Date,
): Promise<CardMovementEntity> {
  const next = card.moved(step, jstDate(now));
  const updated = await manager.update(ResidentCardEntity, { id: card.id, version: card.version }, next);
  if ((updated.affected ?? 0) !== 1) throw new DomainError('CARDS.CHANGED');
  Object.assign(card, next);
  const movement = CardMovementEntity.record(card, step, recordedById, now);
  await manager.insert(CardMovementEntity, movement);
  return movement;
}
