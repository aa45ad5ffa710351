import type { PrintedFormOutputEntity, StoragePlaceEntity } from '@juki/domain';
import { addDays } from '@juki/policies';
import type { SelectQueryBuilder } from 'typeorm';
import type { ApiContext } from '../graphql/api-context';
import { requestScope } from '../graphql/authorization/request-scope';
import type { KeysetOrder } from '../graphql/connections/keyset-pagination';
import { rowIdOf } from '../graphql/relay/global-id';
import { sqlInstant } from '../identity/identity.queries';
import type { PrintedFormFilterArgs } from './forms.args';
import type { PrintedFormSort } from './forms.enums';
import { OUTPUTS, PLACES, readable } from './forms.loaders';
import { formsClock } from './forms.objects';

/** The orders of the output ledger: a sort key every reader may read, then the id (keyset pagination). */
export const OUTPUT_ORDERS: Readonly<Record<PrintedFormSort, KeysetOrder<PrintedFormOutputEntity>>> = {
  OUTPUT_DATE: { columns: ['output.outputDate', 'output.id'], values: (r) => [r.outputDate, r.id] },
  RECORDED_AT: { columns: ['output.recordedAt', 'output.id'], values: (r) => [sqlInstant(r.recordedAt), r.id] },
  KEEP_UNTIL: { columns: ['output.keepUntil', 'output.id'], values: (r) => [r.keepUntil, r.id] },
};

export const PLACE_ORDER: KeysetOrder<StoragePlaceEntity> = { columns: ['place.name', 'place.id'], values: (r) => [r.name, r.id] };

/** A section filter from a global id: an id of another type (or malformed) matches nothing. */
function sectionCondition<T extends object>(query: SelectQueryBuilder<T>, alias: string, sectionId: string | null | undefined): void {
  if (sectionId === null || sectionId === undefined) return;
  const section = rowIdOf(sectionId, 'OrganisationUnit');
  if (section === null) query.andWhere('1 = 0');
  else query.andWhere(`${alias}.sectionId = :section`, { section });
}

/** The output records the caller may read (row filter IN the SQL), under the ledger's filters. */
export function filteredOutputs(context: ApiContext, args: PrintedFormFilterArgs): SelectQueryBuilder<PrintedFormOutputEntity> {
  const query = readable(context.dataSource, requestScope(context), OUTPUTS);
  sectionCondition(query, 'output', args.sectionId);
  if (args.status && args.status.length > 0) query.andWhere('output.status IN (:...statuses)', { statuses: [...args.status] });
  if (args.outputDateFrom) query.andWhere('output.outputDate >= :from', { from: args.outputDateFrom });
  if (args.outputDateTo) query.andWhere('output.outputDate <= :to', { to: args.outputDateTo });
  return query;
}

/**
 * Output records past their keeping period AND the disposal deadline (keepUntil + forms.disposalDueDays
 * < today) with copies not yet disposed of (第10条第3項 速やかに): the same condition as
 * `isFormDisposalOverdue`, in SQL.
 */
export function overdueOutputs(context: ApiContext, sectionId: string | null | undefined): SelectQueryBuilder<PrintedFormOutputEntity> {
  const clock = formsClock(context);
  const lastNotOverdueEnd = addDays(clock.today, -clock.profile.forms.disposalDueDays);
  const query = readable(context.dataSource, requestScope(context), OUTPUTS)
    .andWhere('output.disposedQuantity < output.quantity')
    .andWhere('output.keepUntil < :threshold', { threshold: lastNotOverdueEnd });
  sectionCondition(query, 'output', sectionId);
  return query;
}

export function filteredPlaces(context: ApiContext, sectionId: string | null | undefined, lockable: boolean | null | undefined): SelectQueryBuilder<StoragePlaceEntity> {
  const query = readable(context.dataSource, requestScope(context), PLACES);
  sectionCondition(query, 'place', sectionId);
  if (lockable !== null && lockable !== undefined) query.andWhere('place.lockable = :lockable', { lockable });
  return query;
}
