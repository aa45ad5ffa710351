import type { FieldNode, GraphQLObjectType } from 'graphql';
import type { ApiContext } from '../graphql/api-context';
import { ApiError } from '../graphql/api-error';
import { requestScope } from '../graphql/authorization/request-scope';
import { pageInfo, type Connection } from '../graphql/connections/connection.types';
import { KeysetEdge } from '../graphql/connections/keyset-pagination';
import { nestedPageSize } from '../graphql/connections/page-request';
import type { ParentPage } from '../graphql/connections/per-parent-page';
import { selectedFields, selectedPath, type Lookahead } from '../graphql/loaders/lookahead';
import { unitByIdLoader, unitChildrenLoader } from './organisation-unit.loaders';
import { ORGANISATION_UNIT, organisationUnitOwner, toOrganisationUnitType } from './organisation-unit.mapper';
import { UNIT_ORDER, type OrganisationUnitRow } from './organisation-unit.rows';
import type { OrganisationUnitType } from './organisation-unit.type';

const memoKey = (id: string): string => `${ORGANISATION_UNIT}:${id}`;

/**
 * A row as the caller sees it, mapped once per request (with the access for THIS row) however many places
 * of the result it appears in. A unit already read by this request is not fetched again (see `knownUnit`).
 */
export function unitObject(context: ApiContext, row: OrganisationUnitRow): OrganisationUnitType {
  const scope = requestScope(context);
  const key = memoKey(row.id);
  return scope.peek<OrganisationUnitType>(key) ?? scope.remember(key, toOrganisationUnitType(row, scope.access(ORGANISATION_UNIT, row, organisationUnitOwner)));
}

/** The unit of row id `id` if this request has already read and mapped it. */
export function knownUnit(context: ApiContext, id: string): OrganisationUnitType | undefined {
  return requestScope(context).peek<OrganisationUnitType>(memoKey(id));
}

export function childrenKey(first: number): string {
  return `children|${first}`;
}

/** A unit's first page of children as a connection (cursors encoded only if selected). */
export function childrenConnection(context: ApiContext, page: ParentPage<OrganisationUnitRow>): Connection<OrganisationUnitType> {
  const edges = page.rows.map((row) => new KeysetEdge(unitObject(context, row), row, UNIT_ORDER));
  return { edges, pageInfo: pageInfo(false, page.total > page.rows.length, edges), totalCount: page.total };
}

function remember(unit: OrganisationUnitType, key: string, value: unknown): void {
  (unit.prefetched ??= new Map()).set(key, value);
}

function settled<T>(results: readonly (T | Error)[]): T[] {
  for (const r of results) if (r instanceof Error) throw r;
  return results as T[];
}

/**
 * Fetches, with the rows of one level, the relations the query selects on them (`parent`, `children`),
 * then the relations selected on those, level by level: one statement per relation and level, through the
 * same DataLoaders (row filter and all), so a list's relations resolve without a promise per row.
 * Arguments that would be refused (e.g. `first: 500`) are left to the field resolver, which refuses them.
 */
export async function prefetchUnitRelations(
  context: ApiContext,
  lookahead: Lookahead,
  units: readonly OrganisationUnitType[],
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  depth = 0,
): Promise<void> {
  if (units.length === 0 || depth > 10) return;
  for (const field of selectedFields(lookahead, type, nodes)) {
    if (field.name === 'parent' && field.type) {
      const pending = units.filter((u) => u.parentRowId !== null && !u.prefetched?.has('parent'));
      const ids = [...new Set(pending.map((u) => u.parentRowId as string))];
      if (ids.length === 0) continue;
      const parents = new Map<string, OrganisationUnitType | null>();
      const missing: string[] = [];
      for (const id of ids) {
        const known = knownUnit(context, id);
        if (known) parents.set(id, known);
        else missing.push(id);
      }
      if (missing.length > 0) {
        const rows = settled(await unitByIdLoader(context).loadMany(missing));
        missing.forEach((id, i) => parents.set(id, rows[i] ? unitObject(context, rows[i] as OrganisationUnitRow) : null));
      }
      for (const unit of pending) remember(unit, 'parent', parents.get(unit.parentRowId as string) ?? null);
      const found = [...parents.values()].filter((p): p is OrganisationUnitType => p !== null);
      await prefetchUnitRelations(context, lookahead, found, field.type, field.nodes, depth + 1);
    } else if (field.name === 'children' && field.type) {
      let size: number;
      try {
        size = nestedPageSize(field.args['first'] as number | null | undefined);
      } catch (error) {
        if (error instanceof ApiError) continue;
        throw error;
      }
      const key = childrenKey(size);
      const pending = units.filter((u) => u.childrenOf !== null && !u.prefetched?.has(key));
      if (pending.length === 0) continue;
      const pages = settled(await unitChildrenLoader(context, size).loadMany(pending.map((u) => u.childrenOf as string)));
      const children: OrganisationUnitType[] = [];
      pending.forEach((unit, i) => {
        const connection = childrenConnection(context, pages[i] as ParentPage<OrganisationUnitRow>);
        remember(unit, key, connection);
        for (const edge of connection.edges) children.push(edge.node);
      });
      const below = selectedPath(lookahead, field.type, field.nodes, ['edges', 'node']);
      if (below) await prefetchUnitRelations(context, lookahead, [...new Set(children)], below.type, below.nodes, depth + 1);
    }
  }
}
