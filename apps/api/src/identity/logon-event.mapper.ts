import type { LogonEventEntity } from '@juki/domain';
import { canRead, visibleText, visibleValue, type FieldAccessMap } from '../graphql/authorization/field-access';
import type { RowOwner } from '../graphql/authorization/request-scope';
import { toGlobalId } from '../graphql/relay/global-id';
import { LogonEventType } from './logon-event.type';

export const LOGON_EVENT = 'LogonEvent';

/** An attempt belongs to the section of the card's holder and is about them; an unknown card to nobody's section. */
export function logonEventOwner(entity: LogonEventEntity): RowOwner {
  return { sectionId: entity.staff?.sectionId ?? null, staffId: entity.staffId };
}

export function toLogonEventType(entity: LogonEventEntity, access: FieldAccessMap): LogonEventType {
  const event = new LogonEventType();
  event.id = visibleValue(access['id'], toGlobalId(LOGON_EVENT, entity.id));
  event.occurredAt = visibleValue(access['occurredAt'], entity.occurredAt);
  event.cardNumber = visibleText(access['cardNumber'], entity.cardNumber);
  event.outcome = visibleValue(access['outcome'], entity.outcome);
  event.sourceAddress = visibleText(access['sourceAddress'], entity.sourceAddress);
  event.staffRowId = entity.staffId !== null && canRead(access['staff']) ? entity.staffId : null;
  return event;
}
