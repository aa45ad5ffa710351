import DataLoader from 'dataloader';
import type { ApiContext } from '../graphql/api-context';
import { requestScope } from '../graphql/authorization/request-scope';
import type { ParentPage } from '../graphql/connections/per-parent-page';
import { ORGANISATION_UNIT } from './organisation-unit.mapper';
import { ORGANISATION_UNIT_ROWS, type OrganisationUnitRow } from './organisation-unit.rows';

/**
 * Units by row id, for this request and its row filter: every `parent` (and `node`) of one level of the
 * result is fetched by ONE `WHERE id IN (…)` query. Out-of-reach rows come back as null.
 */
export function unitByIdLoader(context: ApiContext): DataLoader<string, OrganisationUnitRow | null> {
  const scope = requestScope(context);
  return scope.loader(`${ORGANISATION_UNIT}.byId|${scope.rowFilterKey(ORGANISATION_UNIT)}`, () => {
    const filter = scope.rowFilter(ORGANISATION_UNIT);
    return new DataLoader<string, OrganisationUnitRow | null>(async (ids) => {
      const rows = await ORGANISATION_UNIT_ROWS.byIds(context.dataSource, filter, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  });
}

/** The first `first` children of each unit of one level, by ONE windowed query (see fetchFirstPerParentSql). */
export function unitChildrenLoader(context: ApiContext, first: number): DataLoader<string, ParentPage<OrganisationUnitRow>> {
  const scope = requestScope(context);
  return scope.loader(`${ORGANISATION_UNIT}.children|${scope.rowFilterKey(ORGANISATION_UNIT)}|${first}`, () => {
    const filter = scope.rowFilter(ORGANISATION_UNIT);
    return new DataLoader<string, ParentPage<OrganisationUnitRow>>(async (parentIds) => {
      const pages = await ORGANISATION_UNIT_ROWS.firstChildren(context.dataSource, filter, parentIds, first);
      return parentIds.map((id) => pages.get(id) ?? { rows: [], total: 0 });
    });
  });
}
