import { createApiClient, revokeApiClient, type ApiClientEntity } from '@juki/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { catalogueError } from '../graphql/api-error';
import { requestScope } from '../graphql/authorization/request-scope';
import { fromGlobalId, rowIdOf, toGlobalId } from '../graphql/relay/global-id';
import { withIdentityErrors } from '../identity/identity-errors';
import { identityRequest } from '../identity/identity-request';
import { loadStaff } from '../identity/staff.resolver';
import { StaffType } from '../identity/staff.type';
import { loadOrganisationUnit } from '../organisation/organisation-unit.resolver';
import { OrganisationUnitType } from '../organisation/organisation-unit.type';
import { CreateApiClientArgs, RevokeApiClientArgs } from './api-client.args';
import { apiClientByIdLoader, readableApiClients } from './api-client.loaders';
import { ApiClientConnection, ApiClientsArgs, API_CLIENT_ORDER } from './api-client.connection';
import type { Connection } from '../graphql/connections/connection.types';
import { fetchKeysetPage, toConnection } from '../graphql/connections/keyset-pagination';
import { pageRequest } from '../graphql/connections/page-request';
import { API_CLIENT, apiClientOwner, toApiClientType } from './api-client.mapper';
import { ApiClientType, CreatedApiClientType } from './api-client.type';

function mapApiClient(context: ApiContext, entity: ApiClientEntity): ApiClientType {
  return toApiClientType(entity, requestScope(context).access(API_CLIENT, apiClientOwner(entity)));
}

/** Loads one API client under the caller's row filter (for `node`); null when absent or out of reach. */
export async function loadApiClient(context: ApiContext, rowId: string): Promise<ApiClientType | null> {
  const entity = await apiClientByIdLoader(context).load(rowId);
  return entity ? mapApiClient(context, entity) : null;
}

/** API clients of ward systems (第19条の2第1項第1号・第2号・第4号). */
@Resolver(() => ApiClientType)
export class ApiClientResolver {
  @Query(() => ApiClientConnection, { description: 'The API clients of ward systems by name, as far as the caller may read.' })
  async apiClients(@Args() args: ApiClientsArgs, @Ctx() context: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Connection<ApiClientType>> {
    const page = pageRequest(args, API_CLIENT_ORDER.columns.length);
    const scope = requestScope(context);
    const filtered = () => {
      const query = readableApiClients(context.dataSource, scope);
      if (args.revoked === true) query.andWhere('client.revokedAt IS NOT NULL');
      if (args.revoked === false) query.andWhere('client.revokedAt IS NULL');
      return query;
    };
    const rows = await fetchKeysetPage(filtered(), API_CLIENT_ORDER, page);
    const total = info.fieldNodes.some((n) => n.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === 'totalCount'));
    return toConnection(rows, API_CLIENT_ORDER, (row) => mapApiClient(context, row), total ? await filtered().getCount() : 0);
  }

  @Mutation(() => CreatedApiClientType, {
    description:
      'Registers a ward system as an API client of one section with the scopes it needs (第19条の2第1項第2号). System officer only. ' +
      'The token is in this response only: it is stored as a SHA-256 hash and cannot be shown again.',
  })
  async createApiClient(@Args() { name, sectionId, scopes }: CreateApiClientArgs, @Ctx() context: ApiContext): Promise<CreatedApiClientType> {
    const sectionRowId = rowIdOf(sectionId, 'OrganisationUnit');
    if (sectionRowId === null) throw catalogueError('BAD_USER_INPUT', 'API_CLIENTS.SECTION_INVALID');
    const { client, token } = await withIdentityErrors(() =>
      createApiClient(context.identity.runtime.environment, identityRequest(context), { name, sectionId: sectionRowId, scopes }),
    );
    const created = new CreatedApiClientType();
    created.id = toGlobalId(API_CLIENT, client.id);
    created.apiClient = mapApiClient(context, client);
    created.token = token;
    return created;
  }

  @Mutation(() => ApiClientType, {
    description: 'Revokes an API client (第19条の2第1項第4号): its token fails from the next request. System officer only.',
  })
  async revokeApiClient(@Args() { id }: RevokeApiClientArgs, @Ctx() context: ApiContext): Promise<ApiClientType> {
    // An id of another type names no API client: the domain answers NOT_FOUND (and audits the attempt).
    const rowId = rowIdOf(id, API_CLIENT) ?? fromGlobalId(id).id;
    const client = await withIdentityErrors(() => revokeApiClient(context.identity.runtime.environment, identityRequest(context), rowId));
    return mapApiClient(context, client);
  }

  @FieldResolver(() => OrganisationUnitType, { nullable: true, description: 'The section (課) whose system this is.' })
  async section(@Root() client: ApiClientType, @Ctx() context: ApiContext): Promise<OrganisationUnitType | null> {
    return client.sectionRowId === null ? null : loadOrganisationUnit(context, client.sectionRowId);
  }

  @FieldResolver(() => StaffType, { nullable: true, description: 'The system officer who created it.' })
  async createdBy(@Root() client: ApiClientType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return client.createdByRowId === null ? null : loadStaff(context, client.createdByRowId);
  }
}
