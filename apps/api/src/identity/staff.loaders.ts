import { CredentialEntity, StaffEntity } from '@juki/domain';
import DataLoader from 'dataloader';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { requestScope, type AuthorizedContext, type RequestScope } from '../graphql/authorization/request-scope';
import { applyRowFilter } from '../graphql/authorization/row-filter.sql';
import { dataSourceOf, type DataContext } from '../graphql/request-data-source';
import { STAFF } from './staff.mapper';

type Context = AuthorizedContext & DataContext;

/** A staff row with its credential (for lockedAt and passwordExpiresAt). */
export type StaffRow = StaffEntity & { credential?: CredentialEntity | null };

/** The staff the caller may read (row filter in the SQL: own section, or oneself). */
export function readableStaff(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<StaffRow> {
  const query = dataSource
    .getRepository(StaffEntity)
    .createQueryBuilder('staff')
    .leftJoinAndMapOne('staff.credential', CredentialEntity, 'credential', 'credential.staffId = staff.id') as SelectQueryBuilder<StaffRow>;
  return applyRowFilter(query, scope.rowFilter(STAFF), { section: 'staff.section_id', staff: 'staff.id' });
}

/** Staff by row id for this request and its row filter: one `WHERE id IN (…)` per level. */
export function staffByIdLoader(context: Context): DataLoader<string, StaffRow | null> {
  const scope = requestScope(context);
  return scope.loader(`${STAFF}.byId|${scope.rowFilterKey(STAFF)}`, () => {
    const dataSource = dataSourceOf(context);
    return new DataLoader<string, StaffRow | null>(async (ids) => {
      const rows = await readableStaff(dataSource, scope).andWhere('staff.id IN (:...ids)', { ids: [...ids] }).getMany();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  });
}
