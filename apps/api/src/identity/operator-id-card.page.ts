import { CredentialEntity, dbInstant, type OperatorIdCardEntity } from '@juki/domain';
import type { EmploymentStatus, OperatorIdCardStatus, OrganisationUnitKind, PolicyProfile } from '@juki/policies';
import { getNamedType, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { readRows } from '../database/raw-reader';
import type { ApiContext } from '../graphql/api-context';
import { requestScope, type RequestScope } from '../graphql/authorization/request-scope';
import { rowFilterSql, type SqlFragment } from '../graphql/authorization/row-filter.sql';
import { keysetSql, type KeysetOrder, type KeysetPage } from '../graphql/connections/keyset-pagination';
import type { PageRequest } from '../graphql/connections/page-request';
import { lookaheadOf, selectedFields, selectedPath } from '../graphql/loaders/lookahead';
import { ORGANISATION_UNIT } from '../organisation/organisation-unit.mapper';
import { unitObject } from '../organisation/organisation-unit.relations';
import type { OrganisationUnitType } from '../organisation/organisation-unit.type';
import { sqlInstant } from './identity.queries';
import { OPERATOR_ID_CARD, operatorIdCardOwner, toOperatorIdCardType, type OperatorIdCardRow } from './operator-id-card.mapper';
import type { OperatorIdCardType } from './operator-id-card.type';
import { STAFF, staffOwner, toStaffType } from './staff.mapper';
import type { StaffType } from './staff.type';

/** A card with its holder and the holder's section, from ONE statement (the relation columns only when selected). */
interface RawCard {
  readonly id: string;
  readonly card_number: string;
  readonly holder_id: string;
  readonly status: OperatorIdCardStatus;
  readonly issued_at: Date | string;
  readonly returned_at: Date | string | null;
  readonly lost_reported_at: Date | string | null;
  readonly loss_kind: OperatorIdCardEntity['lossKind'];
  readonly revoked_at: Date | string | null;
  readonly version: number | string;
  readonly h_section_id: string;
  readonly h_visible?: number | string;
  readonly h_employee_number?: string;
  readonly h_name?: string;
  readonly h_name_kana?: string;
  readonly h_title?: string;
  readonly h_employment_status?: EmploymentStatus;
  readonly cr_changed_at?: Date | string | null;
  readonly cr_must_change?: number | string | boolean | null;
  readonly cr_failed_count?: number | string | null;
  readonly cr_locked_at?: Date | string | null;
  readonly u_visible?: number | string;
  readonly u_code?: string;
  readonly u_name?: string;
  readonly u_name_en?: string;
  readonly u_kind?: OrganisationUnitKind;
  readonly u_parent_id?: string | null;
  readonly u_uses_juki_net?: number | string | boolean;
}

/** The same keyset as `OPERATOR_ID_CARD_ORDER` (issue instant, then id), on this statement's columns: cursors are interchangeable. */
export const CARD_PAGE_ORDER: KeysetOrder<OperatorIdCardRow> = {
  columns: ['c.issued_at', 'c.id'],
  values: (c) => [sqlInstant(c.issuedAt), c.id],
};

interface Wanted {
  readonly holder: boolean;
  readonly credential: boolean;
  readonly section: boolean;
}

/** Which relations the query selects below `edges.node`: the holder (with credential fields?) and the holder's section. */
function wanted(info: GraphQLResolveInfo): Wanted {
  const none = { holder: false, credential: false, section: false };
  const lookahead = lookaheadOf(info);
  const connection = getNamedType(info.returnType);
  if (!isObjectType(connection)) return none;
  const node = selectedPath(lookahead, connection, info.fieldNodes, ['edges', 'node']);
  if (!node) return none;
  const holder = selectedFields(lookahead, node.type, node.nodes).find((f) => f.name === 'holder');
  if (!holder?.type) return none;
  const fields = selectedFields(lookahead, holder.type, holder.nodes);
  return {
    holder: true,
    credential: fields.some((f) => f.name === 'lockedAt' || f.name === 'passwordExpiresAt'),
    section: fields.some((f) => f.name === 'section'),
  };
}

const truthy = (value: unknown): boolean => value === true || value === 1 || value === '1';

export interface CardPageFilters {
  /** Only the cards of this holder; null = an id that cannot match. */
  readonly holderId?: string | null;
  readonly status?: OperatorIdCardStatus | null;
}

/**
 * A page of the card ledger with the relations the query selects on it — holder (Staff, under Staff's row
 * filter and field access) and the holder's section (OrganisationUnit, under its own) — in ONE statement:
 * the card's row filter in the WHERE, each relation's row filter as a `CASE` column, so a holder the caller
 * may not read comes back as null exactly as through the loaders. The relations are handed to the field
 * resolvers ready (`prefetchedHolder`, `prefetchedSection`): no promise per row and relation.
 */
export async function operatorIdCardPage(context: ApiContext, info: GraphQLResolveInfo, filters: CardPageFilters, page: PageRequest, profile: () => PolicyProfile): Promise<KeysetPage<OperatorIdCardRow>> {
  const scope = requestScope(context);
  const want = wanted(info);
  const select = [
    'c.id, c.card_number, c.holder_id, c.status, c.issued_at, c.returned_at, c.lost_reported_at, c.loss_kind, c.revoked_at, c.version, h.section_id AS h_section_id',
  ];
  const selectParams: unknown[] = [];
  let joins = ' JOIN staff h ON h.id = c.holder_id';
  if (want.holder) {
    const staff = rowFilterSql(scope.rowFilter(STAFF), { section: 'h.section_id', staff: 'h.id' });
    select.push(
      `CASE WHEN ${staff.sql} THEN 1 ELSE 0 END AS h_visible, h.employee_number AS h_employee_number, h.name AS h_name, h.name_kana AS h_name_kana, h.title AS h_title, h.employment_status AS h_employment_status`,
    );
    selectParams.push(...staff.params);
    if (want.credential) {
      select.push('cr.changed_at AS cr_changed_at, cr.must_change AS cr_must_change, cr.failed_count AS cr_failed_count, cr.locked_at AS cr_locked_at');
      joins += ' LEFT JOIN credential cr ON cr.staff_id = h.id';
    }
    if (want.section) {
      const unit = rowFilterSql(scope.rowFilter(ORGANISATION_UNIT), { section: 'u.id' });
      select.push(
        `CASE WHEN ${unit.sql} THEN 1 ELSE 0 END AS u_visible, u.code AS u_code, u.name AS u_name, u.name_en AS u_name_en, u.kind AS u_kind, u.parent_id AS u_parent_id, u.uses_juki_net AS u_uses_juki_net`,
      );
      selectParams.push(...unit.params);
      joins += ' JOIN organisation_unit u ON u.id = h.section_id';
    }
  }
  const conditions: SqlFragment[] = [rowFilterSql(scope.rowFilter(OPERATOR_ID_CARD), { section: 'h.section_id', staff: 'c.holder_id' })];
  if (filters.holderId === null) conditions.push({ sql: '1 = 0', params: [] });
  else if (filters.holderId !== undefined) conditions.push({ sql: 'c.holder_id = ?', params: [filters.holderId] });
  if (filters.status) conditions.push({ sql: 'c.status = ?', params: [filters.status] });
  if (page.after) conditions.push(keysetSql(CARD_PAGE_ORDER.columns, '>', page.after));
  if (page.before) conditions.push(keysetSql(CARD_PAGE_ORDER.columns, '<', page.before));
  const direction = page.direction === 'forward' ? 'ASC' : 'DESC';
  const limit = Math.trunc(page.size) + 1;
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError('page size out of range');
  const sql =
    `SELECT ${select.join(', ')} FROM operator_id_card c${joins} WHERE ${conditions.map((c) => c.sql).join(' AND ')}` +
    ` ORDER BY ${CARD_PAGE_ORDER.columns.map((c) => `${c} ${direction}`).join(', ')} LIMIT ${limit}`;
  const raw = await readRows<RawCard>(context.dataSource, sql, [...selectParams, ...conditions.flatMap((c) => c.params)]);
  const more = raw.length > page.size;
  const taken = more ? raw.slice(0, page.size) : raw;
  const now = context.requestedAt;
  // Per page, not per row: the policy profile (looked up on the first holder that needs it), each holder
  // and each section mapped once (a section's hundred members share one object, as through `unitObject`).
  let policy: PolicyProfile | undefined;
  const per: PageMemo = { scope, now, profile: () => (policy ??= profile()), units: new Map() };
  const holders = new Map<string, StaffType | null>();
  const rows = taken.map((r) => {
    const row = {
      id: r.id,
      cardNumber: r.card_number,
      holderId: r.holder_id,
      status: r.status,
      issuedAt: dbInstant(r.issued_at),
      returnedAt: dbInstant(r.returned_at),
      lostReportedAt: dbInstant(r.lost_reported_at),
      lossKind: r.loss_kind,
      revokedAt: dbInstant(r.revoked_at),
      version: Number(r.version),
      holder: { id: r.holder_id, sectionId: r.h_section_id },
    } as unknown as OperatorIdCardRow & { card?: OperatorIdCardType };
    const card = toOperatorIdCardType(row, scope.access(OPERATOR_ID_CARD, operatorIdCardOwner(row)));
    if (want.holder && card.holderRowId !== null) {
      let holder = holders.get(r.holder_id);
      if (holder === undefined) {
        holder = truthy(r.h_visible) ? holderOf(context, r, want, per) : null;
        holders.set(r.holder_id, holder);
      }
      card.prefetchedHolder = holder;
    }
    row.card = card;
    return row;
  });
  if (page.direction === 'forward') return { rows, hasPreviousPage: page.after !== null, hasNextPage: more };
  rows.reverse();
  return { rows, hasPreviousPage: more, hasNextPage: page.before !== null };
}

/** What the rows of one page share. */
interface PageMemo {
  readonly scope: RequestScope;
  readonly now: Date;
  readonly profile: () => PolicyProfile;
  /** Section row id → the section as the caller sees it (null: not visible). */
  readonly units: Map<string, OrganisationUnitType | null>;
}

function holderOf(context: ApiContext, r: RawCard, want: Wanted, per: PageMemo): StaffType {
  const { scope, now } = per;
  const entity = {
    id: r.holder_id,
    employeeNumber: r.h_employee_number,
    name: r.h_name,
    nameKana: r.h_name_kana,
    title: r.h_title,
    employmentStatus: r.h_employment_status,
    sectionId: r.h_section_id,
  } as Parameters<typeof toStaffType>[0];
  const credential =
    want.credential && r.cr_changed_at !== null && r.cr_changed_at !== undefined
      ? Object.assign(new CredentialEntity(), {
          staffId: r.holder_id,
          passwordHash: '',
          changedAt: dbInstant(r.cr_changed_at),
          mustChange: truthy(r.cr_must_change),
          failedCount: Number(r.cr_failed_count),
          lockedAt: dbInstant(r.cr_locked_at ?? null),
        })
      : null;
  const holder = toStaffType(entity, credential, scope.access(STAFF, staffOwner(entity)), now, per.profile);
  if (want.section) {
    if (holder.sectionRowId === null) holder.prefetchedSection = null;
    else {
      let unit = per.units.get(r.h_section_id);
      if (unit === undefined) {
        unit = !truthy(r.u_visible)
          ? null
          : unitObject(context, {
              id: r.h_section_id,
              code: r.u_code as string,
              name: r.u_name as string,
              nameEn: r.u_name_en as string,
              kind: r.u_kind as OrganisationUnitKind,
              parentId: r.u_parent_id ?? null,
              usesJukiNet: truthy(r.u_uses_juki_net),
            });
        per.units.set(r.h_section_id, unit);
      }
      holder.prefetchedSection = unit;
    }
  }
  return holder;
}
