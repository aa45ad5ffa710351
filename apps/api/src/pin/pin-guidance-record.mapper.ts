import type { PinGuidanceRecordEntity } from '@juki/domain';
import { canRead, visibleText, visibleValue, type FieldAccessMap } from '../graphql/authorization/field-access';
import type { RowOwner } from '../graphql/authorization/request-scope';
import { toGlobalId } from '../graphql/relay/global-id';
import { PinGuidanceRecordType } from './pin-guidance-record.type';

export const PIN_GUIDANCE_RECORD = 'PinGuidanceRecord';

/** A guidance record belongs to the section of the issuance. */
export function pinGuidanceOwner(entity: Pick<PinGuidanceRecordEntity, 'sectionId'>): RowOwner {
  return { sectionId: entity.sectionId };
}

/** Entity → GraphQL, field by field, with the caller's access to this row. */
export function toPinGuidanceRecordType(entity: PinGuidanceRecordEntity, access: FieldAccessMap): PinGuidanceRecordType {
  const record = new PinGuidanceRecordType();
  record.id = visibleValue(access['id'], toGlobalId(PIN_GUIDANCE_RECORD, entity.id));
  record.cardSerial = visibleText(access['cardSerial'], entity.cardSerial);
  record.applicantEnteredPin = visibleValue(access['applicantEnteredPin'], entity.applicantEnteredPin);
  record.applicantInsertedCard = visibleValue(access['applicantInsertedCard'], entity.applicantInsertedCard);
  record.recordedAt = visibleValue(access['recordedAt'], entity.recordedAt);
  record.sectionRowId = canRead(access['section']) ? entity.sectionId : null;
  record.guidedByRowId = canRead(access['guidedBy']) ? entity.guidedById : null;
  return record;
}
