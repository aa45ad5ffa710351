import { NotificationEntity, NotificationReadEntity, NotificationSequenceEntity } from '@juki/domain';
import type { ApiModule } from '../api-module';
import { NOTIFICATION } from './notification.mapper';
import { loadNotification, NotificationResolver } from './notification.resolver';

/** Notifications to the officers (第10条の2第2項): dashboard list, per-person read receipts, WebSocket push. */
export const NOTIFICATIONS_MODULE: ApiModule = {
  name: 'notifications',
  entities: [NotificationEntity, NotificationSequenceEntity, NotificationReadEntity],
  resolvers: [NotificationResolver],
  nodes: [{ typeName: NOTIFICATION, load: (context, id) => loadNotification(context, id) }],
};
