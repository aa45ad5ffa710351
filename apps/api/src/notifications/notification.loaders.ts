import { NotificationEntity, NotificationReadEntity } from '@juki/domain';
import DataLoader from 'dataloader';
import { In, type DataSource, type SelectQueryBuilder } from 'typeorm';
import type { ApiContext } from '../graphql/api-context';
import { requestScope, type RequestScope } from '../graphql/authorization/request-scope';
import { applyRowFilter } from '../graphql/authorization/row-filter.sql';
import { dataSourceOf } from '../graphql/request-data-source';
import { NOTIFICATION } from './notification.mapper';

/** The notifications the caller may read: the row filter in the SQL (a city-wide one only for `all`). */
export function readableNotifications(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<NotificationEntity> {
  const query = dataSource.getRepository(NotificationEntity).createQueryBuilder('n');
  return applyRowFilter(query, scope.rowFilter(NOTIFICATION), { section: 'n.section_id' });
}

/** Only the ones the reader has not marked read (a receipt per person). */
export function whereUnreadBy<T extends NotificationEntity>(query: SelectQueryBuilder<T>, staffId: string): SelectQueryBuilder<T> {
  return query.andWhere('NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.staff_id = :reader)', { reader: staffId });
}

/** The person behind the request, whose receipts count; null for a ward system (not a person). */
export function readerOf(context: Pick<ApiContext, 'principal'>): string | null {
  return context.principal.kind === 'STAFF' ? context.principal.staffId : null;
}

/** Notifications by row id for this request and its row filter (for `node`): one `WHERE id IN (…)`. */
export function notificationByIdLoader(context: ApiContext): DataLoader<string, NotificationEntity | null> {
  const scope = requestScope(context);
  return scope.loader(`${NOTIFICATION}.byId|${scope.rowFilterKey(NOTIFICATION)}`, () => {
    const dataSource = dataSourceOf(context);
    return new DataLoader<string, NotificationEntity | null>(async (ids) => {
      const rows = await readableNotifications(dataSource, scope).andWhere('n.id IN (:...ids)', { ids: [...ids] }).getMany();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  });
}

/** When the caller read each notification (their own receipts only): one `WHERE staff_id = ? AND notification_id IN (…)`. */
export function readAtLoader(context: ApiContext): DataLoader<string, Date | null> {
  const scope = requestScope(context);
  const reader = readerOf(context);
  return scope.loader(`${NOTIFICATION}.readAt|${reader ?? ''}`, () => {
    const dataSource = dataSourceOf(context);
    return new DataLoader<string, Date | null>(async (ids) => {
      if (reader === null) return ids.map(() => null);
      const rows = await dataSource.getRepository(NotificationReadEntity).find({ where: { staffId: reader, notificationId: In([...ids]) } });
      const byId = new Map(rows.map((r) => [r.notificationId, r.readAt]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  });
}
