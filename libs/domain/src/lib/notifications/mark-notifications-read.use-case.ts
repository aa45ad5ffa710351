import { isAuditIdentifier, jstDate } from '@juki/policies';
import { In } from 'typeorm';
import { rowFilterFor, type RowFilter } from '../access/principal';
import { DomainError } from '../shared/domain-error';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { requireStaff } from '../sessions/principal-guards';
import { NotificationEntity, NotificationReadEntity } from './notification.entity';

export const MARK_NOTIFICATIONS_READ_OPERATION = 'Mutation.markNotificationsRead';
export const NOTIFICATION_TYPE = 'Notification';
/** The most notifications one call marks read (a dashboard page). */
export const MAX_NOTIFICATIONS_PER_MARK = 100;

/** Whether a notification of `sectionId` is inside a read filter (a city-wide notification only for `all`). */
export function notificationVisible(filter: RowFilter, sectionId: string | null): boolean {
  if (filter.kind === 'all') return true;
  if (filter.kind === 'none') return false;
  return sectionId !== null && filter.sectionIds.includes(sectionId);
}

export interface MarkedNotifications {
  readonly notifications: readonly NotificationEntity[];
  /** The caller's receipts of those notifications (the existing one when read before: first read wins). */
  readonly receipts: ReadonlyMap<string, NotificationReadEntity>;
}

/**
 * 第10条の2第2項: a person marks notifications they may read as read BY THEMSELVES — a receipt keyed by
 * (notification, staff), so one officer reading a loss report does not hide it from another. Marking
 * again keeps the first receipt (idempotent, safe to rerun). A notification out of the caller's reach is
 * NOT_FOUND, like one that does not exist; nothing is marked then. Audited in the same transaction.
 */
export async function markNotificationsRead(env: IdentityEnvironment, request: IdentityRequest, notificationIds: readonly string[]): Promise<MarkedNotifications> {
  const ids = [...new Set(notificationIds)];
  // A refusal names only what could be a record id: text the caller typed that is not one (a forged global
  // id) never reaches the operation history (第19条), where it would make the refusal's event invalid.
  const attempted = { recordType: NOTIFICATION_TYPE, recordIds: ids.filter(isAuditIdentifier).slice(0, MAX_NOTIFICATIONS_PER_MARK), sectionId: null };
  return runAuditedMutation(env, request, MARK_NOTIFICATIONS_READ_OPERATION, attempted, async (manager) => {
    const staff = requireStaff(request.principal);
    if (ids.length > MAX_NOTIFICATIONS_PER_MARK) throw new DomainError('NOTIFICATIONS.TOO_MANY', { max: MAX_NOTIFICATIONS_PER_MARK });
    const filter = rowFilterFor(staff, NOTIFICATION_TYPE, 'read', jstDate(request.now));
    if (filter.kind === 'none') throw new DomainError('PERMISSIONS.FORBIDDEN');
    const found = ids.length === 0 ? [] : await manager.find(NotificationEntity, { where: { id: In(ids) } });
    const visible = found.filter((n) => notificationVisible(filter, n.sectionId));
    if (visible.length !== ids.length) throw new DomainError('NOTIFICATIONS.NOT_FOUND');
    const existing = ids.length === 0 ? [] : await manager.find(NotificationReadEntity, { where: { staffId: staff.staffId, notificationId: In(ids) } });
    const receipts = new Map(existing.map((r) => [r.notificationId, r]));
    const created = ids.filter((id) => !receipts.has(id)).map((id) => NotificationReadEntity.of(id, staff.staffId, request.now));
    if (created.length > 0) await manager.insert(NotificationReadEntity, created);
    for (const receipt of created) receipts.set(receipt.notificationId, receipt);
    const byId = new Map(visible.map((n) => [n.id, n]));
    const notifications = ids.map((id) => byId.get(id) as NotificationEntity);
    const sections = new Set(notifications.map((n) => n.sectionId));
    const sectionId = sections.size === 1 ? ([...sections][0] ?? null) : null;
    return { result: { notifications, receipts }, change: { recordType: NOTIFICATION_TYPE, recordIds: ids, sectionId } };
  });
}
