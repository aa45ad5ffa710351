import { AuditEventEntity } from '@juki/domain';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { RequestScope } from '../graphql/authorization/request-scope';
import { applyRowFilter } from '../graphql/authorization/row-filter.sql';
import type { KeysetOrder } from '../graphql/connections/keyset-pagination';
import { AUDIT_EVENT } from './audit-event.mapper';

/** Keyset order: the chain's own (sequence is unique). Forward = oldest first; `last: n` = the newest n. */
export const AUDIT_EVENT_ORDER: KeysetOrder<AuditEventEntity> = {
  columns: ['event.sequence'],
  values: (event) => [event.sequence],
};

/** The events the caller may read: the row filter IN the SQL (a security officer: their sections' events). */
export function readableAuditEvents(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<AuditEventEntity> {
  const query = dataSource.getRepository(AuditEventEntity).createQueryBuilder('event');
  return applyRowFilter(query, scope.rowFilter(AUDIT_EVENT), { section: 'event.sectionId' }, 'auditRowFilter');
}
