import { LogonEventEntity, type OperatorIdCardEntity } from '@juki/domain';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { RequestScope } from '../graphql/authorization/request-scope';
import { applyRowFilter } from '../graphql/authorization/row-filter.sql';
import type { KeysetOrder } from '../graphql/connections/keyset-pagination';
import { LOGON_EVENT } from './logon-event.mapper';
import type { StaffRow } from './staff.loaders';

/** Staff by employee number (unique), then id. */
export const STAFF_ORDER: KeysetOrder<StaffRow> = { columns: ['staff.employeeNumber', 'staff.id'], values: (s) => [s.employeeNumber, s.id] };

/** Cards by card number (unique), then id. */
/**
 * Cards in order of issue, then id. Cursors are readable by the client, so a sort key must be a field
 * every reader may read: never the card number, which is masked for some roles (it would leak through
 * the cursor and could be probed with crafted `after:` cursors).
 */
export const OPERATOR_ID_CARD_ORDER: KeysetOrder<OperatorIdCardEntity> = {
  columns: ['card.issuedAt', 'card.id'],
  values: (c) => [sqlInstant(c.issuedAt), c.id],
};

/**
 * The instant as both databases compare it with a bound string: UTC `YYYY-MM-DD HH:MM:SS.mmm` (SQLite
 * stores datetimes as this text; MariaDB converts it in its UTC session).
 */
export function sqlInstant(at: Date): string {
  return at.toISOString().replace('T', ' ').replace('Z', '');
}

/** Logon events oldest first, then id. */
export const LOGON_EVENT_ORDER: KeysetOrder<LogonEventEntity> = {
  columns: ['logon.occurredAt', 'logon.id'],
  values: (e) => [sqlInstant(e.occurredAt), e.id],
};

/** The logon history the caller may read: row filter IN the SQL on the holder's section, or oneself. */
export function readableLogonEvents(dataSource: DataSource, scope: RequestScope): SelectQueryBuilder<LogonEventEntity> {
  const query = dataSource.getRepository(LogonEventEntity).createQueryBuilder('logon').leftJoinAndSelect('logon.staff', 'staff');
  return applyRowFilter(query, scope.rowFilter(LOGON_EVENT), { section: 'staff.section_id', staff: 'logon.staff_id' }, 'logonFilter');
}

