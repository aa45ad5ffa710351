import type { StoragePlaceEntity } from '@juki/domain';
import { canRead, visibleText, visibleValue, type FieldAccessMap } from '../graphql/authorization/field-access';
import type { RowOwner } from '../graphql/authorization/request-scope';
import { toGlobalId } from '../graphql/relay/global-id';
import { StoragePlaceType } from './forms.types';

export const STORAGE_PLACE = 'StoragePlace';

/** A storage place belongs to its section. */
export function storagePlaceOwner(row: StoragePlaceEntity): RowOwner {
  return { sectionId: row.sectionId };
}

/** Entity → GraphQL, field by field, with the caller's access to this row. */
export function toStoragePlaceType(row: StoragePlaceEntity, access: FieldAccessMap): StoragePlaceType {
  const place = new StoragePlaceType();
  place.id = visibleValue(access['id'], toGlobalId(STORAGE_PLACE, row.id));
  place.name = visibleText(access['name'], row.name);
  place.location = visibleText(access['location'], row.location);
  place.lockable = visibleValue(access['lockable'], row.lockable);
  place.createdAt = visibleValue(access['createdAt'], row.createdAt);
  place.version = visibleValue(access['version'], row.version);
  place.rowId = row.id;
  place.sectionRowId = canRead(access['section']) ? row.sectionId : null;
  place.createdByRowId = canRead(access['createdBy']) ? row.createdById : null;
  return place;
}
