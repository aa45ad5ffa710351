import type { CardDisposalEntity, CardLossReportEntity, CardMovementEntity, CardStockTakeEntity, ResidentCardEntity } from '@juki/domain';
import { cardDisposalDaysOverdue, cardDisposalDueDate, type IsoDate, type PolicyProfile } from '@juki/policies';
import { canRead, visibleText, visibleValue, type FieldAccessMap } from '../graphql/authorization/field-access';
import type { RowOwner } from '../graphql/authorization/request-scope';
import { toGlobalId } from '../graphql/relay/global-id';
import { CardDisposalType } from './card-disposal.type';
import { CardLossReportType } from './card-loss-report.type';
import { CardMovementType } from './card-movement.type';
import { CardStockTakeType } from './card-stock-take.type';
import { ResidentCardType } from './resident-card.type';

export const RESIDENT_CARD = 'ResidentCard';
export const CARD_MOVEMENT = 'CardMovement';
export const CARD_STOCK_TAKE = 'CardStockTake';
export const CARD_LOSS_REPORT = 'CardLossReport';
export const CARD_DISPOSAL = 'CardDisposal';
export const STORAGE_PLACE = 'StoragePlace';

/** Every card record belongs to its section (row scope OWN_SECTION). */
export function sectionOwner(entity: { readonly sectionId: string }): RowOwner {
  return { sectionId: entity.sectionId };
}

/** What the day-dependent fields of a card are computed with: the request's date and profile. */
export interface CardClock {
  readonly today: IsoDate;
  readonly profile: PolicyProfile;
}

export function toResidentCardType(entity: ResidentCardEntity, access: FieldAccessMap, clock: CardClock): ResidentCardType {
  const card = new ResidentCardType();
  const awaiting = entity.state === 'AWAITING_DISPOSAL' ? entity.awaitingDisposalSince : null;
  card.id = visibleValue(access['id'], toGlobalId(RESIDENT_CARD, entity.id));
  card.serial = visibleText(access['serial'], entity.serial);
  card.placeId = visibleValue(access['placeId'], toGlobalId(STORAGE_PLACE, entity.placeId));
  card.placeName = visibleText(access['placeName'], entity.place?.name ?? null);
  card.state = visibleValue(access['state'], entity.state);
  card.disposalReason = visibleValue(access['disposalReason'], entity.disposalReason);
  card.awaitingDisposalSince = visibleValue(access['awaitingDisposalSince'], entity.awaitingDisposalSince);
  card.disposalDueOn = visibleValue(access['disposalDueOn'], awaiting === null ? null : cardDisposalDueDate(awaiting, clock.profile));
  card.daysOverdue = visibleValue(access['daysOverdue'], awaiting === null ? null : cardDisposalDaysOverdue(awaiting, clock.today, clock.profile));
  card.receivedAt = visibleValue(access['receivedAt'], entity.receivedAt);
  card.version = visibleValue(access['version'], entity.version);
  card.sectionRowId = canRead(access['section']) ? entity.sectionId : null;
  card.placeRowId = canRead(access['place']) ? entity.placeId : null;
  return card;
}

export function toCardMovementType(entity: CardMovementEntity, access: FieldAccessMap): CardMovementType {
  const m = new CardMovementType();
  m.id = visibleValue(access['id'], toGlobalId(CARD_MOVEMENT, entity.id));
  m.cardSerial = visibleText(access['cardSerial'], entity.card?.serial ?? null);
  m.kind = visibleValue(access['kind'], entity.kind);
  m.fromState = visibleValue(access['fromState'], entity.fromState);
  m.toState = visibleValue(access['toState'], entity.toState);
  m.fromPlaceName = visibleText(access['fromPlaceName'], entity.fromPlace?.name ?? null);
  m.placeName = visibleText(access['placeName'], entity.toPlace?.name ?? null);
  m.reason = visibleValue(access['reason'], entity.disposalReason);
  m.occurredAt = visibleValue(access['occurredAt'], entity.occurredAt);
  m.sectionRowId = canRead(access['section']) ? entity.sectionId : null;
  m.placeRowId = canRead(access['place']) ? entity.toPlaceId : null;
  m.cardRowId = canRead(access['card']) ? entity.cardId : null;
  m.recordedByRowId = canRead(access['recordedBy']) ? entity.recordedById : null;
  return m;
}

export function toCardStockTakeType(entity: CardStockTakeEntity, access: FieldAccessMap): CardStockTakeType {
  const t = new CardStockTakeType();
  t.id = visibleValue(access['id'], toGlobalId(CARD_STOCK_TAKE, entity.id));
  t.placeId = visibleValue(access['placeId'], toGlobalId(STORAGE_PLACE, entity.placeId));
  t.placeName = visibleText(access['placeName'], entity.place?.name ?? null);
  t.state = visibleValue(access['state'], entity.state);
  t.countedOn = visibleValue(access['countedOn'], entity.countedOn);
  t.counted = visibleValue(access['counted'], entity.counted);
  t.derived = visibleValue(access['derived'], entity.derived);
  t.difference = visibleValue(access['difference'], entity.difference);
  t.recordedAt = visibleValue(access['recordedAt'], entity.recordedAt);
  t.sectionRowId = canRead(access['section']) ? entity.sectionId : null;
  t.placeRowId = canRead(access['place']) ? entity.placeId : null;
  t.recordedByRowId = canRead(access['recordedBy']) ? entity.recordedById : null;
  return t;
}

export function toCardLossReportType(entity: CardLossReportEntity, access: FieldAccessMap): CardLossReportType {
  const r = new CardLossReportType();
  r.id = visibleValue(access['id'], toGlobalId(CARD_LOSS_REPORT, entity.id));
  r.cardSerial = visibleText(access['cardSerial'], entity.card?.serial ?? null);
  r.placeName = visibleText(access['placeName'], entity.place?.name ?? null);
  r.kind = visibleValue(access['kind'], entity.kind);
  r.discoveredAt = visibleValue(access['discoveredAt'], entity.discoveredAt);
  r.circumstances = visibleText(access['circumstances'], entity.circumstances);
  r.reportedAt = visibleValue(access['reportedAt'], entity.reportedAt);
  r.sectionRowId = canRead(access['section']) ? entity.sectionId : null;
  r.cardRowId = canRead(access['card']) ? entity.cardId : null;
  r.reportedByRowId = canRead(access['reportedBy']) ? entity.reportedById : null;
  return r;
}

export function toCardDisposalType(entity: CardDisposalEntity, access: FieldAccessMap): CardDisposalType {
  const d = new CardDisposalType();
  d.id = visibleValue(access['id'], toGlobalId(CARD_DISPOSAL, entity.id));
  d.cardSerial = visibleText(access['cardSerial'], entity.card?.serial ?? null);
  d.placeName = visibleText(access['placeName'], entity.place?.name ?? null);
  d.reason = visibleValue(access['reason'], entity.reason);
  d.method = visibleValue(access['method'], entity.method);
  d.methodDescription = visibleText(access['methodDescription'], entity.methodDescription);
  d.icChipDestroyed = visibleValue(access['icChipDestroyed'], entity.icChipDestroyed);
  d.performer = visibleText(access['performer'], entity.performer);
  d.witness = visibleText(access['witness'], entity.witness);
  d.awaitingSince = visibleValue(access['awaitingSince'], entity.awaitingSince);
  d.disposedOn = visibleValue(access['disposedOn'], entity.disposedOn);
  d.daysLate = visibleValue(access['daysLate'], entity.daysLate);
  d.recordedAt = visibleValue(access['recordedAt'], entity.recordedAt);
  d.sectionRowId = canRead(access['section']) ? entity.sectionId : null;
  d.cardRowId = canRead(access['card']) ? entity.cardId : null;
  d.recordedByRowId = canRead(access['recordedBy']) ? entity.recordedById : null;
  return d;
}
