import type { FormDisposalEntity, FormMoveEntity, FormStorageEntity, PrintedFormOutputEntity, StoragePlaceEntity } from '@juki/domain';
import type { ApiContext } from '../graphql/api-context';
import { requestScope } from '../graphql/authorization/request-scope';
import { FORM_DISPOSAL, FORM_MOVE, FORM_STORAGE, formHistoryOwner, toFormDisposalType, toFormMoveType, toFormStorageType } from './form-history.mapper';
import { byIdLoader, DISPOSALS, MOVES, OUTPUTS, PLACES, STORAGES } from './forms.loaders';
import type { FormDisposalType, FormMoveType, FormStorageType, PrintedFormOutputType, StoragePlaceType } from './forms.types';
import { PRINTED_FORM_OUTPUT, printedFormOutputOwner, toPrintedFormOutputType, type FormsClock } from './printed-form-output.mapper';
import { STORAGE_PLACE, storagePlaceOwner, toStoragePlaceType } from './storage-place.mapper';

/** The request's date in Japan and the profile in force then (forms.disposalDueDays). */
export function formsClock(context: ApiContext): FormsClock {
  return { today: requestScope(context).today, profile: context.identity.runtime.environment.profileAt(context.requestedAt) };
}

/** A row mapped once per request (with the access for THIS row), however often it appears in the result. */
function once<TRow extends { id: string }, TObject>(context: ApiContext, type: string, row: TRow, map: () => TObject): TObject {
  const scope = requestScope(context);
  const key = `${type}:${row.id}`;
  return scope.peek<TObject>(key) ?? scope.remember(key, map());
}

export function outputObject(context: ApiContext, row: PrintedFormOutputEntity): PrintedFormOutputType {
  return once(context, PRINTED_FORM_OUTPUT, row, () =>
    toPrintedFormOutputType(row, requestScope(context).access(PRINTED_FORM_OUTPUT, row, printedFormOutputOwner), formsClock(context)),
  );
}

export function placeObject(context: ApiContext, row: StoragePlaceEntity): StoragePlaceType {
  return once(context, STORAGE_PLACE, row, () => toStoragePlaceType(row, requestScope(context).access(STORAGE_PLACE, row, storagePlaceOwner)));
}

export function storageObject(context: ApiContext, row: FormStorageEntity): FormStorageType {
  return once(context, FORM_STORAGE, row, () => toFormStorageType(row, requestScope(context).access(FORM_STORAGE, row, formHistoryOwner)));
}

export function moveObject(context: ApiContext, row: FormMoveEntity): FormMoveType {
  return once(context, FORM_MOVE, row, () => toFormMoveType(row, requestScope(context).access(FORM_MOVE, row, formHistoryOwner)));
}

export function disposalObject(context: ApiContext, row: FormDisposalEntity): FormDisposalType {
  return once(context, FORM_DISPOSAL, row, () => toFormDisposalType(row, requestScope(context).access(FORM_DISPOSAL, row, formHistoryOwner)));
}

/** Loads one row by id under the caller's row filter (for `node` and relations); null when absent or out of reach. */
export async function loadOutput(context: ApiContext, rowId: string): Promise<PrintedFormOutputType | null> {
  const row = await byIdLoader(context, OUTPUTS).load(rowId);
  return row ? outputObject(context, row) : null;
}

export async function loadPlace(context: ApiContext, rowId: string): Promise<StoragePlaceType | null> {
  const row = await byIdLoader(context, PLACES).load(rowId);
  return row ? placeObject(context, row) : null;
}

export async function loadStorage(context: ApiContext, rowId: string): Promise<FormStorageType | null> {
  const row = await byIdLoader(context, STORAGES).load(rowId);
  return row ? storageObject(context, row) : null;
}

export async function loadMove(context: ApiContext, rowId: string): Promise<FormMoveType | null> {
  const row = await byIdLoader(context, MOVES).load(rowId);
  return row ? moveObject(context, row) : null;
}

export async function loadDisposal(context: ApiContext, rowId: string): Promise<FormDisposalType | null> {
  const row = await byIdLoader(context, DISPOSALS).load(rowId);
  return row ? disposalObject(context, row) : null;
}
