import type { OperatorIdCardEntity } from '@juki/domain';
import { canRead, visibleText, visibleValue, type FieldAccessMap } from '../graphql/authorization/field-access';
import type { RowOwner } from '../graphql/authorization/request-scope';
import { toGlobalId } from '../graphql/relay/global-id';
import { OperatorIdCardType } from './operator-id-card.type';
import { blankObject } from '../graphql/types/blank-object';

export const OPERATOR_ID_CARD = 'OperatorIdCard';

/** A card row read with its holder: it belongs to the holder's section and is about the holder (SELF). */
export type OperatorIdCardRow = OperatorIdCardEntity;

export function operatorIdCardOwner(row: OperatorIdCardRow): RowOwner {
  return { sectionId: row.holder?.sectionId ?? null, staffId: row.holderId };
}

/** Entity → GraphQL, field by field, with the caller's access to this row (the number may show a mask). */
export function toOperatorIdCardType(row: OperatorIdCardRow, access: FieldAccessMap): OperatorIdCardType {
  const card = blankObject(OperatorIdCardType);
  card.id = visibleValue(access['id'], toGlobalId(OPERATOR_ID_CARD, row.id));
  card.cardNumber = visibleText(access['cardNumber'], row.cardNumber);
  card.status = visibleValue(access['status'], row.status);
  card.issuedAt = visibleValue(access['issuedAt'], row.issuedAt);
  card.returnedAt = visibleValue(access['returnedAt'], row.returnedAt);
  card.lostReportedAt = visibleValue(access['lostReportedAt'], row.lostReportedAt);
  card.revokedAt = visibleValue(access['revokedAt'], row.revokedAt);
  card.holderRowId = canRead(access['holder']) ? row.holderId : null;
  return card;
}
