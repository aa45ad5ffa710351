import type { ApiContext } from '../graphql/api-context';
import { requestScope } from '../graphql/authorization/request-scope';
import { readableLogonEvents } from './identity.queries';
import { LOGON_EVENT, logonEventOwner, toLogonEventType } from './logon-event.mapper';
import type { LogonEventType } from './logon-event.type';

/** One logon event by row id under the caller's row filter (for `node`); null when absent or out of reach. */
export async function loadLogonEvent(context: ApiContext, rowId: string): Promise<LogonEventType | null> {
  const scope = requestScope(context);
  const entity = await readableLogonEvents(context.dataSource, scope).andWhere('logon.id = :rowId', { rowId }).getOne();
  return entity ? toLogonEventType(entity, scope.access(LOGON_EVENT, logonEventOwner(entity))) : null;
}
