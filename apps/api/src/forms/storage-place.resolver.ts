import { createStoragePlace, updateStoragePlace } from '@juki/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { catalogueError } from '../graphql/api-error';
import type { Connection } from '../graphql/connections/connection.types';
import { fetchKeysetPage, toConnection } from '../graphql/connections/keyset-pagination';
import { pageRequest } from '../graphql/connections/page-request';
import { fromGlobalId, rowIdOf } from '../graphql/relay/global-id';
import { identityRequest } from '../identity/identity-request';
import { loadStaff } from '../identity/staff.resolver';
import { StaffType } from '../identity/staff.type';
import { loadOrganisationUnit } from '../organisation/organisation-unit.resolver';
import { OrganisationUnitType } from '../organisation/organisation-unit.type';
import { withFormsErrors } from './forms-errors';
import { CreateStoragePlaceArgs, StoragePlacesArgs, UpdateStoragePlaceArgs } from './forms.args';
import { StoragePlaceConnection } from './forms.connections';
import { placeObject } from './forms.objects';
import { filteredPlaces, PLACE_ORDER } from './forms.queries';
import { StoragePlaceType } from './forms.types';
import { STORAGE_PLACE } from './storage-place.mapper';

/** The storage places of 第10条第2項 (書庫等), managed by each section's security officer. */
@Resolver(() => StoragePlaceType)
export class StoragePlaceResolver {
  @Query(() => StoragePlaceConnection, { description: 'Storage places (第10条第2項) by name, as far as the caller may read.' })
  async storagePlaces(@Args() args: StoragePlacesArgs, @Ctx() context: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Connection<StoragePlaceType>> {
    const page = pageRequest(args, PLACE_ORDER.columns.length);
    const rows = await fetchKeysetPage(filteredPlaces(context, args.sectionId, args.lockable), PLACE_ORDER, page);
    const total = info.fieldNodes.some((n) => n.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === 'totalCount'));
    return toConnection(rows, PLACE_ORDER, (row) => placeObject(context, row), total ? await filteredPlaces(context, args.sectionId, args.lockable).getCount() : 0);
  }

  @Mutation(() => StoragePlaceType, { description: 'Registers a storage place of one’s own section (第10条第2項). Security officer.' })
  async createStoragePlace(@Args() args: CreateStoragePlaceArgs, @Ctx() context: ApiContext): Promise<StoragePlaceType> {
    const sectionId = rowIdOf(args.sectionId, 'OrganisationUnit');
    if (sectionId === null) throw catalogueError('BAD_USER_INPUT', 'FORMS.SECTION_INVALID');
    const place = await withFormsErrors(() =>
      createStoragePlace(context.identity.runtime.environment, identityRequest(context), { sectionId, name: args.name, location: args.location, lockable: args.lockable }),
    );
    return placeObject(context, place);
  }

  @Mutation(() => StoragePlaceType, {
    description: 'Changes a storage place of one’s own section (a place holding forms cannot become unlockable: CONFLICT). Security officer.',
  })
  async updateStoragePlace(@Args() args: UpdateStoragePlaceArgs, @Ctx() context: ApiContext): Promise<StoragePlaceType> {
    const placeId = rowIdOf(args.id, STORAGE_PLACE) ?? fromGlobalId(args.id).id;
    const place = await withFormsErrors(() =>
      updateStoragePlace(context.identity.runtime.environment, identityRequest(context), {
        placeId,
        expectedVersion: args.version,
        name: args.name ?? null,
        location: args.location ?? null,
        lockable: args.lockable ?? null,
      }),
    );
    return placeObject(context, place);
  }

  @FieldResolver(() => OrganisationUnitType, { nullable: true, description: 'The section the place belongs to.' })
  async section(@Root() place: StoragePlaceType, @Ctx() context: ApiContext): Promise<OrganisationUnitType | null> {
    return place.sectionRowId === null ? null : loadOrganisationUnit(context, place.sectionRowId);
  }

  @FieldResolver(() => StaffType, { nullable: true, description: 'The security officer who registered it.' })
  async createdBy(@Root() place: StoragePlaceType, @Ctx() context: ApiContext): Promise<StaffType | null> {
    return place.createdByRowId === null ? null : loadStaff(context, place.createdByRowId);
  }
}
