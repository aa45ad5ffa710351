import type { FormDisposalEntity, FormMoveEntity, FormStorageEntity } from '@juki/domain';
import { canRead, visibleText, visibleValue, type FieldAccessMap } from '../graphql/authorization/field-access';
import type { RowOwner } from '../graphql/authorization/request-scope';
import { toGlobalId } from '../graphql/relay/global-id';
import { FormBreakdownLineType, FormDisposalType, FormMoveType, FormStorageType } from './forms.types';

export const FORM_STORAGE = 'FormStorage';
export const FORM_MOVE = 'FormMove';
export const FORM_DISPOSAL = 'FormDisposal';

/** Storage, moves and disposals belong to the section of their output record (kept on each row). */
export function formHistoryOwner(row: { readonly sectionId: string }): RowOwner {
  return { sectionId: row.sectionId };
}

export function toFormStorageType(row: FormStorageEntity, access: FieldAccessMap): FormStorageType {
  const storage = new FormStorageType();
  storage.id = visibleValue(access['id'], toGlobalId(FORM_STORAGE, row.id));
  storage.quantity = visibleValue(access['quantity'], row.quantity);
  storage.breakdown = visibleValue(
    access['breakdown'],
    row.breakdown.map((line) => Object.assign(new FormBreakdownLineType(), { label: line.label, quantity: line.quantity })),
  );
  storage.storedOn = visibleValue(access['storedOn'], row.storedOn);
  storage.recordedAt = visibleValue(access['recordedAt'], row.recordedAt);
  storage.version = visibleValue(access['version'], row.version);
  storage.rowId = row.id;
  storage.outputRowId = canRead(access['output']) ? row.outputId : null;
  storage.placeRowId = canRead(access['place']) ? row.placeId : null;
  storage.recordedByRowId = canRead(access['recordedBy']) ? row.recordedById : null;
  return storage;
}

export function toFormMoveType(row: FormMoveEntity, access: FieldAccessMap): FormMoveType {
  const move = new FormMoveType();
  move.id = visibleValue(access['id'], toGlobalId(FORM_MOVE, row.id));
  move.kind = visibleValue(access['kind'], row.kind);
  move.quantity = visibleValue(access['quantity'], row.quantity);
  move.movedOn = visibleValue(access['movedOn'], row.movedOn);
  move.recordedAt = visibleValue(access['recordedAt'], row.recordedAt);
  move.rowId = row.id;
  move.outputRowId = canRead(access['output']) ? row.outputId : null;
  move.fromPlaceRowId = canRead(access['fromPlace']) ? row.fromPlaceId : null;
  move.toPlaceRowId = canRead(access['toPlace']) ? row.toPlaceId : null;
  move.recordedByRowId = canRead(access['recordedBy']) ? row.recordedById : null;
  return move;
}

export function toFormDisposalType(row: FormDisposalEntity, access: FieldAccessMap): FormDisposalType {
  const disposal = new FormDisposalType();
  disposal.id = visibleValue(access['id'], toGlobalId(FORM_DISPOSAL, row.id));
  disposal.quantity = visibleValue(access['quantity'], row.quantity);
  disposal.method = visibleValue(access['method'], row.method);
  disposal.disposedOn = visibleValue(access['disposedOn'], row.disposedOn);
  disposal.performer = visibleText(access['performer'], row.performer);
  disposal.witness = visibleText(access['witness'], row.witness);
  disposal.placeQuantityBefore = visibleValue(access['placeQuantityBefore'], row.placeQuantityBefore);
  disposal.storedBefore = visibleValue(access['storedBefore'], row.storedBefore);
  disposal.disposedBefore = visibleValue(access['disposedBefore'], row.disposedBefore);
  disposal.recordedAt = visibleValue(access['recordedAt'], row.recordedAt);
  disposal.rowId = row.id;
  disposal.outputRowId = canRead(access['output']) ? row.outputId : null;
  disposal.placeRowId = canRead(access['place']) ? row.placeId : null;
  disposal.recordedByRowId = canRead(access['recordedBy']) ? row.recordedById : null;
  return disposal;
}
