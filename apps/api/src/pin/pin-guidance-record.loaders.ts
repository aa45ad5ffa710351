import { PinGuidanceRecordEntity } from '@juki/domain';
import DataLoader from 'dataloader';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { ApiContext } from '../graphql/api-context';
import { requestScope, type RequestScope } from '../graphql/authorization/request-scope';
import { applyRowFilter } from '../graphql/authorization/row-filter.sql';
import { dataSourceOf } from '../graphql/request-data-source';
import { PIN_GUIDANCE_RECORD } from './pin-guidance-record.mapper';

/** The guidance records the caller may read (row filter in the SQL, on the issuance's section). */
export function readablePinGuidanceRecords(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<PinGuidanceRecordEntity> {
  const query = dataSource.getRepository(PinGuidanceRecordEntity).createQueryBuilder('guidance');
  return applyRowFilter(query, scope.rowFilter(PIN_GUIDANCE_RECORD), { section: 'guidance.section_id' });
}

/** Guidance records by row id for this request and its row filter: one `WHERE id IN (…)`. */
export function pinGuidanceRecordByIdLoader(context: ApiContext): DataLoader<string, PinGuidanceRecordEntity | null> {
  const scope = requestScope(context);
  return scope.loader(`${PIN_GUIDANCE_RECORD}.byId|${scope.rowFilterKey(PIN_GUIDANCE_RECORD)}`, () => {
    const dataSource = dataSourceOf(context);
    return new DataLoader<string, PinGuidanceRecordEntity | null>(async (ids) => {
      const rows = await readablePinGuidanceRecords(dataSource, scope).andWhere('guidance.id IN (:...ids)', { ids: [...ids] }).getMany();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  });
}
