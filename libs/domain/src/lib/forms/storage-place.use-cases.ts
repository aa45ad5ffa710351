import { isSection } from '@juki/policies';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { readForUpdate } from '../sessions/locking-read';
import { requireStaff } from '../sessions/principal-guards';
import { DomainError } from '../shared/domain-error';
import { cleanText, requireSectionWrite } from './form-access';
import { FormStorageEntity } from './form-storage.entity';
import { StoragePlaceEntity } from './storage-place.entity';

export const CREATE_STORAGE_PLACE_OPERATION = 'Mutation.createStoragePlace';
export const UPDATE_STORAGE_PLACE_OPERATION = 'Mutation.updateStoragePlace';
const STORAGE_PLACE = 'StoragePlace';

export interface StoragePlaceInput {
  readonly sectionId: string;
  readonly name: string;
  readonly location: string;
  readonly lockable: boolean;
}

/** 第10条第2項: the section's security officer registers a cabinet, safe or room and whether it locks. */
export async function createStoragePlace(env: IdentityEnvironment, request: IdentityRequest, input: StoragePlaceInput): Promise<StoragePlaceEntity> {
  const attempted = { recordType: STORAGE_PLACE, recordIds: [] as string[], sectionId: input.sectionId };
  return runAuditedMutation(env, request, CREATE_STORAGE_PLACE_OPERATION, attempted, async (manager) => {
    const officer = requireStaff(request.principal);
    const section = await manager.findOne(OrganisationUnitEntity, { where: { id: input.sectionId } });
    if (!section || !isSection(section.kind)) throw new DomainError('FORMS.SECTION_INVALID');
    requireSectionWrite(request.principal, STORAGE_PLACE, section.id, request.now, 'FORMS.SECTION_INVALID');
    const place = StoragePlaceEntity.create({
      sectionId: section.id,
      name: cleanText(input.name),
      location: cleanText(input.location),
      lockable: input.lockable,
      createdById: officer.staffId,
      createdAt: request.now,
    });
    await manager.insert(StoragePlaceEntity, place);
    return { result: place, change: { recordType: STORAGE_PLACE, recordIds: [place.id], sectionId: section.id } };
  });
}

export interface StoragePlaceChange {
  readonly placeId: string;
  readonly expectedVersion: number;
  readonly name?: string | null;
  readonly location?: string | null;
  readonly lockable?: boolean | null;
}

/**
 * Changes a place's name, location or whether it locks. A place that holds forms cannot become one that
 * does not lock (第10条第2項: FORMS.PLACE_HOLDS_FORMS); a stale version is FORMS.STALE_VERSION.
 */
export async function updateStoragePlace(env: IdentityEnvironment, request: IdentityRequest, input: StoragePlaceChange): Promise<StoragePlaceEntity> {
  const attempted = { recordType: STORAGE_PLACE, recordIds: [input.placeId], sectionId: null };
  return runAuditedMutation(env, request, UPDATE_STORAGE_PLACE_OPERATION, attempted, async (manager) => {
    requireStaff(request.principal);
    const place = await readForUpdate(manager, StoragePlaceEntity, 'row.id = :id', { id: input.placeId });
    if (!place) throw new DomainError('FORMS.PLACE_NOT_FOUND');
    requireSectionWrite(request.principal, STORAGE_PLACE, place.sectionId, request.now, 'FORMS.PLACE_NOT_FOUND');
    if (place.version !== input.expectedVersion) throw new DomainError('FORMS.STALE_VERSION', { expected: input.expectedVersion, actual: place.version });
    const next = {
      name: input.name != null ? cleanText(input.name) : place.name,
      location: input.location != null ? cleanText(input.location) : place.location,
      lockable: input.lockable ?? place.lockable,
    };
    if (!next.lockable) {
      const held = await manager
        .createQueryBuilder(FormStorageEntity, 'storage')
        .select('COALESCE(SUM(storage.quantity), 0)', 'held')
        .where('storage.place_id = :id', { id: place.id })
        .getRawOne<{ held: number | string }>();
      const quantity = Number(held?.held ?? 0);
      if (quantity > 0) throw new DomainError('FORMS.PLACE_HOLDS_FORMS', { place: place.name, quantity });
    }
    const updated = await manager.update(StoragePlaceEntity, { id: place.id, version: place.version }, { ...next, version: place.version + 1 });
    if ((updated.affected ?? 0) !== 1) throw new DomainError('FORMS.STALE_VERSION', { expected: input.expectedVersion, actual: place.version + 1 });
    Object.assign(place, next, { version: place.version + 1 });
    return { result: place, change: { ...attempted, sectionId: place.sectionId } };
  });
}
