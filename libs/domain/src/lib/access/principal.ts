import { grantInForce, rowScope, type AccessMode, type IsoDate, type Role, type RoleGrant } from '@juki/policies';

/**
 * Who is asking, resolved once per request from a session cookie, a Bearer token or nothing.
 * Use cases and the API's authorization read only this; nothing else decides who may do what.
 */
export type Principal =
  | { readonly kind: 'ANONYMOUS' }
  | {
      readonly kind: 'STAFF';
      readonly staffId: string;
      readonly sessionId: string;
      /** The person's role grants (in force on the request date, see `rolesOf`). */
      readonly grants: readonly RoleGrant[];
      /** An expired password (第21条第1項) allows only changePassword and signOut. */
      readonly passwordChangeRequired: boolean;
    }
  | {
      /** A ward system (INTEGRATION), by API token: its section and the scopes the token grants. */
      readonly kind: 'API_CLIENT';
      readonly apiClientId: string;
      readonly sectionId: string;
      readonly scopes: readonly string[];
    };

export const ANONYMOUS: Principal = Object.freeze({ kind: 'ANONYMOUS' });

/** The roles a principal acts in on `on` (a ward system is INTEGRATION). */
export function rolesOf(principal: Principal, on: IsoDate): readonly Role[] {
  switch (principal.kind) {
    case 'ANONYMOUS':
      return [];
    case 'API_CLIENT':
      return ['INTEGRATION'];
    case 'STAFF':
      return [...new Set(principal.grants.filter((g) => grantInForce(g, on)).map((g) => g.role))];
  }
}

/**
 * Which rows of `type` a principal reaches, as a filter the data layer puts IN the SQL query:
 * `all` (city-wide) or the union of the sections and/or the person (or client) themselves.
 * `none` is an empty filter: the query must return no row.
 */
export type RowFilter =
  | { readonly kind: 'all' }
  | { readonly kind: 'some'; readonly sectionIds: readonly string[]; readonly selfStaffId?: string; readonly selfApiClientId?: string }
  | { readonly kind: 'none' };

export function rowFilterFor(principal: Principal, type: string, mode: AccessMode, on: IsoDate): RowFilter {
  if (principal.kind === 'ANONYMOUS') return { kind: 'none' };
  if (principal.kind === 'API_CLIENT') {
    const scope = rowScope('INTEGRATION', type, mode);
    if (scope === undefined) return { kind: 'none' };
    if (scope === 'CITY') return { kind: 'all' };
    if (scope === 'SELF') return { kind: 'some', sectionIds: [], selfApiClientId: principal.apiClientId };
    return { kind: 'some', sectionIds: [principal.sectionId] };
  }
  const sections = new Set<string>();
  let self = false;
  for (const grant of principal.grants) {
    if (!grantInForce(grant, on)) continue;
    const scope = rowScope(grant.role, type, mode);
    if (scope === 'CITY') return { kind: 'all' };
    if (scope === 'SELF') self = true;
    if (scope === 'OWN_SECTION' && grant.sectionId !== undefined) sections.add(grant.sectionId);
  }
  if (sections.size === 0 && !self) return { kind: 'none' };
  return { kind: 'some', sectionIds: [...sections].sort(), ...(self ? { selfStaffId: principal.staffId } : {}) };
}
