import { DomainError } from '../shared/domain-error';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { readForUpdate } from '../sessions/locking-read';
import { requireRole } from '../sessions/principal-guards';
import { ApiClientEntity } from './api-client.entity';

export const REVOKE_API_CLIENT_OPERATION = 'Mutation.revokeApiClient';

/**
 * 第19条の2第1項第4号 (不要なユーザIDは速やかに削除): the system officer revokes an API client; its token
 * stops working with the next request. Revoking a revoked client changes nothing (and keeps the first
 * revocation's time and officer).
 */
export async function revokeApiClient(env: IdentityEnvironment, request: IdentityRequest, apiClientId: string): Promise<ApiClientEntity> {
  const attempted = { recordType: 'ApiClient', recordIds: [apiClientId], sectionId: null };
  return runAuditedMutation(env, request, REVOKE_API_CLIENT_OPERATION, attempted, async (manager) => {
    const officer = requireRole(request.principal, 'SYSTEM_OFFICER', request.now);
    const client = await readForUpdate(manager, ApiClientEntity, 'row.id = :id', { id: apiClientId });
    if (!client) throw new DomainError('API_CLIENTS.NOT_FOUND');
    if (!client.revoked) {
      await manager.update(ApiClientEntity, { id: client.id }, { revokedAt: request.now, revokedById: officer.staffId, version: client.version + 1 });
      Object.assign(client, { revokedAt: request.now, revokedById: officer.staffId, version: client.version + 1 });
    }
    return { result: client, change: { ...attempted, sectionId: client.sectionId } };
  });
}
