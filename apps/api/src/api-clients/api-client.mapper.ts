import type { ApiClientEntity } from '@juki/domain';
import { canRead, visibleText, visibleValue, type FieldAccessMap } from '../graphql/authorization/field-access';
import type { RowOwner } from '../graphql/authorization/request-scope';
import { toGlobalId } from '../graphql/relay/global-id';
import { ApiClientType } from './api-client.type';

export const API_CLIENT = 'ApiClient';

/** An API client belongs to its section and is about itself (a ward system reads only its own row). */
export function apiClientOwner(entity: ApiClientEntity): RowOwner {
  return { sectionId: entity.sectionId, apiClientId: entity.id };
}

/** Entity → GraphQL, field by field, with the caller's access to this row. The token hash is never mapped. */
export function toApiClientType(entity: ApiClientEntity, access: FieldAccessMap): ApiClientType {
  const client = new ApiClientType();
  client.id = visibleValue(access['id'], toGlobalId(API_CLIENT, entity.id));
  client.name = visibleText(access['name'], entity.name);
  client.scopes = visibleValue(access['scopes'], [...entity.scopes]);
  client.createdAt = visibleValue(access['createdAt'], entity.createdAt);
  client.revokedAt = visibleValue(access['revokedAt'], entity.revokedAt);
  client.lastUsedAt = visibleValue(access['lastUsedAt'], entity.lastUsedAt);
  client.sectionRowId = canRead(access['section']) ? entity.sectionId : null;
  client.createdByRowId = canRead(access['createdBy']) ? entity.createdById : null;
  return client;
}
