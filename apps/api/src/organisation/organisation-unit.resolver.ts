import { getNamedType, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { requestScope } from '../graphql/authorization/request-scope';
import type { Connection } from '../graphql/connections/connection.types';
import { toConnection } from '../graphql/connections/keyset-pagination';
import { nestedPageSize, pageRequest } from '../graphql/connections/page-request';
import { lookaheadOf, selectedPath } from '../graphql/loaders/lookahead';
import { rowIdOf } from '../graphql/relay/global-id';
import { OrganisationUnitConnection } from './organisation-unit.connection';
import { unitByIdLoader, unitChildrenLoader } from './organisation-unit.loaders';
import { ORGANISATION_UNIT } from './organisation-unit.mapper';
import { childrenConnection, childrenKey, knownUnit, prefetchUnitRelations, unitObject } from './organisation-unit.relations';
import { ORGANISATION_UNIT_ROWS, UNIT_ORDER, type UnitFilters } from './organisation-unit.rows';
import { OrganisationUnitType } from './organisation-unit.type';
import { OrganisationUnitsArgs } from './organisation-units.args';

/** Loads one unit by row id under the caller's row filter; null when absent or out of reach. */
export async function loadOrganisationUnit(context: ApiContext, rowId: string): Promise<OrganisationUnitType | null> {
  const known = knownUnit(context, rowId);
  if (known) return known;
  const row = await unitByIdLoader(context).load(rowId);
  return row ? unitObject(context, row) : null;
}

/** The organisation of 第2条第2項: units as a connection, one unit, and their parent and children. */
@Resolver(() => OrganisationUnitType)
export class OrganisationUnitResolver {
  @Query(() => OrganisationUnitConnection, { description: 'Organisation units (第2条第2項) by code, as far as the caller may read.' })
  async organisationUnits(@Args() args: OrganisationUnitsArgs, @Ctx() context: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Connection<OrganisationUnitType>> {
    const page = pageRequest(args, UNIT_ORDER.columns.length);
    const filter = requestScope(context).rowFilter(ORGANISATION_UNIT);
    const filters: UnitFilters = {
      kind: args.kind ?? null,
      ...(args.parentId !== null && args.parentId !== undefined ? { parentId: rowIdOf(args.parentId, ORGANISATION_UNIT) } : {}),
    };
    const rows = await ORGANISATION_UNIT_ROWS.page(context.dataSource, filter, filters, page);
    const connection = toConnection(rows, UNIT_ORDER, (row) => unitObject(context, row), () => ORGANISATION_UNIT_ROWS.count(context.dataSource, filter, filters));
    const connectionType = getNamedType(info.returnType);
    if (isObjectType(connectionType)) {
      const lookahead = lookaheadOf(info);
      const below = selectedPath(lookahead, connectionType, info.fieldNodes, ['edges', 'node']);
      if (below) await prefetchUnitRelations(context, lookahead, connection.edges.map((e) => e.node), below.type, below.nodes);
    }
    return connection;
  }

  @Query(() => OrganisationUnitType, { nullable: true, description: 'One organisation unit by global id; null when it does not exist or is out of reach.' })
  async organisationUnit(@Arg('id', () => ID) id: string, @Ctx() context: ApiContext): Promise<OrganisationUnitType | null> {
    const rowId = rowIdOf(id, ORGANISATION_UNIT);
    return rowId === null ? null : loadOrganisationUnit(context, rowId);
  }

  @FieldResolver(() => OrganisationUnitType, { nullable: true, description: 'The unit above (a ward office above its sections); null at the top.' })
  parent(@Root() unit: OrganisationUnitType, @Ctx() context: ApiContext): OrganisationUnitType | null | Promise<OrganisationUnitType | null> {
    if (unit.parentRowId === null) return null;
    const prefetched = unit.prefetched?.get('parent') as OrganisationUnitType | null | undefined;
    return prefetched !== undefined ? prefetched : loadOrganisationUnit(context, unit.parentRowId);
  }

  @FieldResolver(() => OrganisationUnitConnection, {
    description: 'The units directly below, by code: the first page (further pages: organisationUnits(parentId:, after:)).',
  })
  children(
    @Root() unit: OrganisationUnitType,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100 (default 100).' }) first: number | null,
    @Ctx() context: ApiContext,
  ): Connection<OrganisationUnitType> | null | Promise<Connection<OrganisationUnitType> | null> {
    const size = nestedPageSize(first);
    if (unit.childrenOf === null) return null;
    const prefetched = unit.prefetched?.get(childrenKey(size)) as Connection<OrganisationUnitType> | undefined;
    if (prefetched) return prefetched;
    return unitChildrenLoader(context, size)
      .load(unit.childrenOf)
      .then((page) => childrenConnection(context, page));
  }
}
