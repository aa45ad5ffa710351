import { unlockAccount } from '@juki/domain';
import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { requestScope } from '../graphql/authorization/request-scope';
import { fromGlobalId, rowIdOf } from '../graphql/relay/global-id';
import { loadOrganisationUnit } from '../organisation/organisation-unit.resolver';
import { OrganisationUnitType } from '../organisation/organisation-unit.type';
import { catalogueError } from '../graphql/api-error';
import { withIdentityErrors } from './identity-errors';
import { UnlockAccountArgs } from './identity.args';
import { identityRequest } from './identity-request';
import { requestProfile } from './request-profile';
import { STAFF, staffOwner, toStaffType } from './staff.mapper';
import { staffByIdLoader } from './staff.loaders';
import { StaffType } from './staff.type';

/** Loads one member of staff under the caller's row filter (for `node` and nested fields); null when out of reach. */
export async function loadStaff(context: ApiContext, rowId: string): Promise<StaffType | null> {
  const row = await staffByIdLoader(context).load(rowId);
  if (!row) return null;
  const scope = requestScope(context);
  const now = context.requestedAt;
  return toStaffType(row, row.credential ?? null, scope.access(STAFF, staffOwner(row)), now, requestProfile(context));
}

/** Staff (第2章, 第19条第2項): the account unlock of 第19条第1項 and the section a person works in. */
@Resolver(() => StaffType)
export class StaffResolver {
  @Mutation(() => StaffType, {
    description: 'Unlocks an account locked after consecutive failed authentications (第19条第1項). System officer only.',
  })
  async unlockAccount(@Args() { staffId }: UnlockAccountArgs, @Ctx() context: ApiContext): Promise<StaffType> {
    // An id of another type names no member of staff: the domain answers NOT_FOUND (and audits the attempt).
    const rowId = rowIdOf(staffId, STAFF) ?? fromGlobalId(staffId).id;
    const { staff } = await withIdentityErrors(() => unlockAccount(context.identity.runtime.environment, identityRequest(context), rowId));
    const loaded = await loadStaff(context, staff.id);
    if (!loaded) throw catalogueError('NOT_FOUND', 'OPERATORS.STAFF_NOT_FOUND');
    return loaded;
  }

  @FieldResolver(() => OrganisationUnitType, { nullable: true, description: 'The section (課) the person works in.' })
  section(@Root() staff: StaffType, @Ctx() context: ApiContext): OrganisationUnitType | null | Promise<OrganisationUnitType | null> {
    if (staff.prefetchedSection !== undefined) return staff.prefetchedSection;
    return staff.sectionRowId === null ? null : loadOrganisationUnit(context, staff.sectionRowId);
  }
}
