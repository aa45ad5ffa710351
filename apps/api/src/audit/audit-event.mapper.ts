import type { AuditEventEntity } from '@juki/domain';
import { visibleText, visibleValue, type FieldAccessMap } from '../graphql/authorization/field-access';
import type { RowOwner } from '../graphql/authorization/request-scope';
import { toGlobalId } from '../graphql/relay/global-id';
import { AuditEventType } from './audit-event.type';

export const AUDIT_EVENT = 'AuditEvent';

/** An event belongs to the section of the records it is about (the security officer's row scope). */
export function auditEventOwner(entity: AuditEventEntity): RowOwner {
  return { sectionId: entity.sectionId };
}

const globalIdOrNull = (type: string, id: string | null): string | null => (id === null ? null : toGlobalId(type, id));

/** Entity → GraphQL, field by field, with the caller's access to this row (masked text shows MASK). */
export function toAuditEventType(entity: AuditEventEntity, access: FieldAccessMap): AuditEventType {
  const event = new AuditEventType();
  event.id = visibleValue(access['id'], toGlobalId(AUDIT_EVENT, entity.id));
  event.sequence = visibleValue(access['sequence'], entity.sequence);
  event.occurredAt = visibleValue(access['occurredAt'], entity.occurredAt);
  event.actorKind = visibleValue(access['actorKind'], entity.actorKind);
  event.actorStaffId = visibleValue(access['actorStaffId'], globalIdOrNull('Staff', entity.actorStaffId));
  event.actorApiClientId = visibleValue(access['actorApiClientId'], globalIdOrNull('ApiClient', entity.actorApiClientId));
  event.actorRoles = visibleValue(access['actorRoles'], [...entity.roleList()]);
  event.operation = visibleText(access['operation'], entity.operation);
  event.recordType = visibleText(access['recordType'], entity.recordType);
  event.recordIds = visibleValue(access['recordIds'], [...entity.recordIdList()]);
  event.sectionId = visibleValue(access['sectionId'], globalIdOrNull('OrganisationUnit', entity.sectionId));
  event.source = entity.source === null ? null : visibleText(access['source'], entity.source);
  event.outcome = visibleValue(access['outcome'], entity.outcome);
  event.hash = visibleText(access['hash'], entity.hash);
  event.previousHash = visibleText(access['previousHash'], entity.previousHash);
  return event;
}
