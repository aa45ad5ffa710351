import type { FormDisposalRecord, FormStorageRecord } from '@juki/policies';
import type { EntityManager } from 'typeorm';
import { readForUpdate } from '../sessions/locking-read';
import { DomainError } from '../shared/domain-error';
import { FormDisposalEntity } from './form-disposal.entity';
import { FormStorageEntity } from './form-storage.entity';
import { PrintedFormOutputEntity } from './printed-form-output.entity';
import { StoragePlaceEntity } from './storage-place.entity';

/**
 * The output record read for update (locking read on MariaDB; SQLite serialises writers), checked
 * against the version the caller saw: a stale one is FORMS.STALE_VERSION (met by the second of two
 * concurrent changes, which waits for the first and then sees its version).
 */
export async function lockOutput(manager: EntityManager, outputId: string): Promise<PrintedFormOutputEntity> {
  const output = await readForUpdate(manager, PrintedFormOutputEntity, 'row.id = :id', { id: outputId });
  if (!output) throw new DomainError('FORMS.OUTPUT_NOT_FOUND');
  return output;
}

export function requireVersion(output: { readonly version: number }, expectedVersion: number): void {
  if (output.version !== expectedVersion) throw new DomainError('FORMS.STALE_VERSION', { expected: expectedVersion, actual: output.version });
}

/** A place of the output's section (another section's place is not found, like one that does not exist). */
export async function placeOfSection(manager: EntityManager, placeId: string, sectionId: string): Promise<StoragePlaceEntity> {
  const place = await manager.findOne(StoragePlaceEntity, { where: { id: placeId } });
  if (!place || place.sectionId !== sectionId) throw new DomainError('FORMS.PLACE_NOT_FOUND');
  return place;
}

/** The output's holdings per place, with their places. */
export async function holdingsOf(manager: EntityManager, outputId: string): Promise<FormStorageEntity[]> {
  return manager.find(FormStorageEntity, { where: { outputId }, relations: { place: true }, order: { storedOn: 'ASC', id: 'ASC' } });
}

/** Writes a holding's new quantity and breakdown, version-checked. */
export async function saveHolding(manager: EntityManager, holding: FormStorageEntity, isNew: boolean): Promise<void> {
  if (isNew) {
    await manager.insert(FormStorageEntity, { ...holding, place: undefined });
    return;
  }
  const updated = await manager.update(
    FormStorageEntity,
    { id: holding.id, version: holding.version },
    { quantity: holding.quantity, breakdown: holding.breakdown, version: holding.version + 1 },
  );
  if ((updated.affected ?? 0) !== 1) throw new Error('form_storage changed under a locking read of its output');
  holding.version += 1;
}

/** Writes the output's quantities, status and version (already applied in memory), version-checked. */
export async function saveOutput(manager: EntityManager, output: PrintedFormOutputEntity): Promise<void> {
  const updated = await manager.update(
    PrintedFormOutputEntity,
    { id: output.id, version: output.version - 1 },
    { storedQuantity: output.storedQuantity, disposedQuantity: output.disposedQuantity, status: output.status, version: output.version },
  );
  if ((updated.affected ?? 0) !== 1) throw new DomainError('FORMS.STALE_VERSION', { expected: output.version - 1, actual: output.version });
}

/** The storage records as the reconciliation rule reads them. */
export function storageRecords(output: PrintedFormOutputEntity, holdings: readonly FormStorageEntity[]): FormStorageRecord[] {
  return holdings.map((h) => ({
    outputRecordId: h.outputId,
    formName: output.formName,
    place: { id: h.placeId, name: h.place?.name ?? h.placeId, lockable: h.place?.lockable ?? false },
    quantity: h.quantity,
    breakdown: h.breakdown,
  }));
}

/** The disposals already recorded, as the reconciliation rule reads them. */
export function disposalRecords(output: PrintedFormOutputEntity, disposals: readonly FormDisposalEntity[]): FormDisposalRecord[] {
  return disposals.map((d) => ({ id: d.id, outputRecordId: d.outputId, formName: output.formName, placeId: d.placeId, quantity: d.quantity, disposedOn: d.disposedOn }));
}
