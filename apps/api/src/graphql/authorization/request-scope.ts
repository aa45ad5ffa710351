import { ANONYMOUS, rowFilterFor, type Principal, type RowFilter } from '@juki/domain';
import { grantInForce, integrationTokenAllows, jstDate, rowScope, type IsoDate, type Role } from '@juki/policies';
import type { ApiContext } from '../api-context';
import { accessSubject, type AccessSubject } from './access-subject';
import { accessForRoles, NO_ACCESS, type FieldAccessMap } from './field-access';

/** What this layer reads of a request's context: the principal (resolved by the identity layer) and its instant. */
export type ScopedContext = Pick<ApiContext, 'principal' | 'requestedAt'>;

/** The request context as the authorization layer reads it (the identity layer resolves `principal`). */
export type AuthorizedContext = ApiContext;

/** Whose a row is, as far as row scopes care: its section, or the person / ward system it is about. */
export interface RowOwner {
  readonly sectionId?: string | null;
  readonly staffId?: string | null;
  readonly apiClientId?: string | null;
}

/** How far the caller reaches into one record type, worked out once per request and type. */
interface TypeReach {
  readonly filter: RowFilter;
  readonly filterKey: string;
  /** Roles reaching every row. */
  readonly cityRoles: readonly Role[];
  /** Section → the further roles that reach that section's rows. */
  readonly sectionRoles: ReadonlyMap<string, readonly Role[]>;
  /** Roles that reach the rows about the caller themselves. */
  readonly selfRoles: readonly Role[];
  /** The field access when it is the same for every row the caller reaches (the common case). */
  readonly uniform: FieldAccessMap | null;
  /** Per-request memo of the non-uniform case, by section, for rows not about the caller and rows about the caller. */
  readonly byOwner: Map<string, FieldAccessMap>;
  readonly byOwnerSelf: Map<string, FieldAccessMap>;
}

/**
 * Everything the authorization layer keeps for ONE request: the principal, "today" (the request date in
 * Japan), the row filter and field access of each record type, and the request's DataLoaders. It is
 * created on first use for a context object and dies with it; nothing here is shared between requests.
 */
export class RequestScope {
  readonly today: IsoDate;
  readonly subject: AccessSubject;
  private readonly reaches = new Map<string, TypeReach>();
  private readonly loaders = new Map<string, unknown>();
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly principal: Principal,
    requestedAt: Date,
  ) {
    this.today = jstDate(requestedAt);
    this.subject = accessSubject(principal, this.today);
  }

  get roles(): readonly Role[] {
    return this.subject.roles;
  }

  /** The rows of `type` the caller may read, for the SQL query (see `applyRowFilter`). */
  rowFilter(type: string): RowFilter {
    return this.reach(type).filter;
  }

  /** A stable key of `rowFilter(type)`, for loaders and caches keyed by (type, row filter). */
  rowFilterKey(type: string): string {
    return this.reach(type).filterKey;
  }

  /**
   * The field access for one row of `type`: that of the roles whose row scope covers this row (a role
   * covers a row city-wide, for its own section, or for the caller themselves). Computed once per
   * distinct role set, not per field. Given the row and a function `ownerOf`, the owner is worked out only
   * when the access is not the same for every row (no allocation per row in the common case).
   */
  access(type: string, owner: RowOwner): FieldAccessMap;
  access<TRow>(type: string, row: TRow, ownerOf: (row: TRow) => RowOwner): FieldAccessMap;
  access<TRow>(type: string, ownerOrRow: RowOwner | TRow, ownerOf?: (row: TRow) => RowOwner): FieldAccessMap {
    const reach = this.reach(type);
    if (reach.uniform) return reach.uniform;
    return this.accessOfOwner(type, reach, ownerOf ? ownerOf(ownerOrRow as TRow) : (ownerOrRow as RowOwner));
  }

  private accessOfOwner(type: string, reach: TypeReach, owner: RowOwner): FieldAccessMap {
    const section = owner.sectionId ?? '';
    const self = this.isSelf(owner);
    // Two maps rather than a composite key: no string built per row.
    const memos = self ? reach.byOwnerSelf : reach.byOwner;
    const memo = memos.get(section);
    if (memo) return memo;
    const roles = new Set<Role>(reach.cityRoles);
    for (const role of reach.sectionRoles.get(section) ?? []) roles.add(role);
    if (self) for (const role of reach.selfRoles) roles.add(role);
    const access = roles.size === 0 ? NO_ACCESS : accessForRoles(type, [...roles]);
    memos.set(section, access);
    return access;
  }

  /** The request's instance of a DataLoader (created on first use, never shared with another request). */
  loader<T>(key: string, create: () => T): T {
    const existing = this.loaders.get(key);
    if (existing !== undefined) return existing as T;
    const created = create();
    this.loaders.set(key, created);
    return created;
  }

  /**
   * One value per key for this request, e.g. a row mapped to its GraphQL object once however many
   * places of the result it appears in (a parent shared by a hundred rows is mapped once).
   */
  memo<T>(key: string, create: () => T): T {
    const existing = this.memos.get(key);
    if (existing !== undefined) return existing as T;
    const created = create();
    this.memos.set(key, created);
    return created;
  }

  /** The memo of `key` if there is one. */
  peek<T>(key: string): T | undefined {
    return this.memos.get(key) as T | undefined;
  }

  /** Sets the memo of `key` (after a `peek` that found none). */
  remember<T>(key: string, value: T): T {
    this.memos.set(key, value);
    return value;
  }

  private isSelf(owner: RowOwner): boolean {
    const p = this.principal;
    if (p.kind === 'STAFF') return owner.staffId !== undefined && owner.staffId !== null && owner.staffId === p.staffId;
    if (p.kind === 'API_CLIENT') return owner.apiClientId !== undefined && owner.apiClientId !== null && owner.apiClientId === p.apiClientId;
    return false;
  }

  private reach(type: string): TypeReach {
    const cached = this.reaches.get(type);
    if (cached) return cached;
    const reach = computeReach(this.principal, type, this.today);
    this.reaches.set(type, reach);
    return reach;
  }
}

function computeReach(principal: Principal, type: string, today: IsoDate): TypeReach {
  const city = new Set<Role>();
  const sections = new Map<string, Set<Role>>();
  const self = new Set<Role>();
  const add = (role: Role, sectionId: string | undefined): void => {
    const scope = rowScope(role, type, 'read');
    if (scope === 'CITY') city.add(role);
    else if (scope === 'SELF') self.add(role);
    else if (scope === 'OWN_SECTION' && sectionId !== undefined) {
      const set = sections.get(sectionId) ?? new Set<Role>();
      set.add(role);
      sections.set(sectionId, set);
    }
  };
  let filter: RowFilter;
  if (principal.kind === 'STAFF') {
    for (const grant of principal.grants) if (grantInForce(grant, today)) add(grant.role, grant.sectionId);
    filter = rowFilterFor(principal, type, 'read', today);
  } else if (principal.kind === 'API_CLIENT' && integrationTokenAllows(type, 'read', principal.scopes)) {
    add('INTEGRATION', principal.sectionId);
    filter = rowFilterFor(principal, type, 'read', today);
  } else {
    // Anonymous, or a ward system whose token lacks this type's scope: no row at all.
    filter = { kind: 'none' };
  }
  const isSubsetOfCity = (roles: Iterable<Role>): boolean => [...roles].every((r) => city.has(r));
  const uniform =
    filter.kind === 'none'
      ? NO_ACCESS
      : city.size > 0 && isSubsetOfCity(self) && [...sections.values()].every(isSubsetOfCity)
        ? accessForRoles(type, [...city])
        : null;
  return {
    filter,
    filterKey: rowFilterKey(filter),
    cityRoles: [...city],
    sectionRoles: new Map([...sections].map(([id, roles]) => [id, [...roles]])),
    selfRoles: [...self],
    uniform,
    byOwner: new Map(),
    byOwnerSelf: new Map(),
  };
}

export function rowFilterKey(filter: RowFilter): string {
  if (filter.kind !== 'some') return filter.kind;
  return `some:${filter.sectionIds.join(',')}:${filter.selfStaffId ?? ''}:${filter.selfApiClientId ?? ''}`;
}

const scopes = new WeakMap<object, RequestScope>();

/** The principal of a request; anonymous when a context carries none (hand-built contexts in tests). */
export function principalOf(context: { readonly principal?: Principal }): Principal {
  return context.principal ?? ANONYMOUS;
}

/** The RequestScope of this request's context (created on first use). */
export function requestScope(context: ScopedContext): RequestScope {
  let scope = scopes.get(context);
  if (!scope) {
    scope = new RequestScope(context.principal, context.requestedAt);
    scopes.set(context, scope);
  }
  return scope;
}
