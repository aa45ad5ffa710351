import type { NotificationEntity } from '@juki/domain';
import { canRead, visibleValue, type FieldAccessMap } from '../graphql/authorization/field-access';
import type { RowOwner } from '../graphql/authorization/request-scope';
import { toGlobalId } from '../graphql/relay/global-id';
import { LocalizedTextType } from '../graphql/types/localized-text.type';
import { NotificationType } from './notification.type';

export const NOTIFICATION = 'Notification';

/** A notification belongs to the section of the record it reports (null: city-wide readers only). */
export function notificationOwner(entity: Pick<NotificationEntity, 'sectionId'>): RowOwner {
  return { sectionId: entity.sectionId };
}

/** Entity → GraphQL, field by field, with the caller's access to this row and the caller's own receipt. */
export function toNotificationType(entity: NotificationEntity, access: FieldAccessMap, readAt: Date | null): NotificationType {
  const notification = new NotificationType();
  notification.id = visibleValue(access['id'], toGlobalId(NOTIFICATION, entity.id));
  notification.kind = visibleValue(access['kind'], entity.kind);
  notification.createdAt = visibleValue(access['createdAt'], entity.createdAt);
  notification.subject = visibleValue(access['subject'], LocalizedTextType.from({ ja: entity.subjectJa, en: entity.subjectEn }));
  notification.record = visibleValue(access['record'], toGlobalId(entity.recordType, entity.recordId));
  notification.readAt = visibleValue(access['readAt'], readAt);
  notification.sectionRowId = canRead(access['section']) ? entity.sectionId : null;
  return notification;
}
