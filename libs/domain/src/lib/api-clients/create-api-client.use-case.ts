import { checkApiClientScopes, isSection } from '@juki/policies';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { DomainError } from '../shared/domain-error';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { requireRole } from '../sessions/principal-guards';
import { hashSecretToken, newSecretToken } from '../sessions/secret-token';
import { ApiClientEntity } from './api-client.entity';

export const CREATE_API_CLIENT_OPERATION = 'Mutation.createApiClient';

export interface CreatedApiClient {
  readonly client: ApiClientEntity;
  /** The bearer token, returned by this call only: it is stored as its SHA-256 and cannot be shown again. */
  readonly token: string;
}

/** A display name: 1–100 characters after trimming, no control characters. */
const NAME = /^[^\p{Cc}\p{Cs}]{1,100}$/u;

/**
 * 第19条の2第1項第1号・第2号: the system officer registers a ward system as an API client of one section,
 * with only the scopes it needs (`checkApiClientScopes`). The token is random (32 bytes), shown once.
 */
export async function createApiClient(
  env: IdentityEnvironment,
  request: IdentityRequest,
  input: { readonly name: string; readonly sectionId: string; readonly scopes: readonly string[] },
): Promise<CreatedApiClient> {
  const attempted = { recordType: 'ApiClient', recordIds: [] as string[], sectionId: null };
  return runAuditedMutation(env, request, CREATE_API_CLIENT_OPERATION, attempted, async (manager) => {
    const officer = requireRole(request.principal, 'SYSTEM_OFFICER', request.now);
    const name = input.name.normalize('NFC').trim();
    if (!NAME.test(name)) throw new DomainError('API_CLIENTS.NAME_INVALID');
    const section = await manager.findOne(OrganisationUnitEntity, { where: { id: input.sectionId } });
    if (!section || !isSection(section.kind)) throw new DomainError('API_CLIENTS.SECTION_INVALID');
    const scopes = checkApiClientScopes(input.scopes);
    if (!scopes.ok) throw DomainError.fromViolations(scopes.violations);
    const token = newSecretToken('apiClient');
    const client = ApiClientEntity.create({
      name,
      sectionId: section.id,
      scopes: input.scopes,
      tokenHash: hashSecretToken(token),
      createdById: officer.staffId,
      createdAt: request.now,
    });
    await manager.insert(ApiClientEntity, client);
    return { result: { client, token }, change: { recordType: 'ApiClient', recordIds: [client.id], sectionId: section.id } };
  });
}
