import { markNotificationsRead, type NotificationEntity } from '@juki/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { catalogueError } from '../graphql/api-error';
import { requestScope } from '../graphql/authorization/request-scope';
import type { Connection } from '../graphql/connections/connection.types';
import { fetchKeysetPage, toConnection } from '../graphql/connections/keyset-pagination';
import { pageRequest } from '../graphql/connections/page-request';
import { rowIdOf } from '../graphql/relay/global-id';
import { identityRequest } from '../identity/identity-request';
import { loadOrganisationUnit } from '../organisation/organisation-unit.resolver';
import { OrganisationUnitType } from '../organisation/organisation-unit.type';
import { MarkNotificationsReadArgs, NotificationConnection, NotificationsArgs, NOTIFICATION_ORDER } from './notification.connection';
import { notificationByIdLoader, readableNotifications, readAtLoader, readerOf, whereUnreadBy } from './notification.loaders';
import { NOTIFICATION, notificationOwner, toNotificationType } from './notification.mapper';
import { NotificationType } from './notification.type';
import { withAreaErrors } from './notification-errors';
import type { SubscriptionContext } from './notification-subscriptions';

function mapNotification(context: ApiContext, entity: NotificationEntity, readAt: Date | null): NotificationType {
  return toNotificationType(entity, requestScope(context).access(NOTIFICATION, notificationOwner(entity)), readAt);
}

/** Loads one notification under the caller's row filter (for `node`); null when absent or out of reach. */
export async function loadNotification(context: ApiContext, rowId: string): Promise<NotificationType | null> {
  const entity = await notificationByIdLoader(context).load(rowId);
  if (!entity) return null;
  return mapNotification(context, entity, await readAtLoader(context).load(entity.id));
}

function selects(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((n) => n.selectionSet?.selections.some((s) => s.kind === 'Field' && s.name.value === field));
}

/** Notifications to the officers (第10条の2第2項): the dashboard list, the unread count, read receipts, the push. */
@Resolver(() => NotificationType)
export class NotificationResolver {
  @Query(() => NotificationConnection, {
    description: 'The notifications the caller may read, newest first (the dashboard). `readAt` is the caller’s own receipt.',
  })
  async notifications(@Args() args: NotificationsArgs, @Ctx() context: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Connection<NotificationType>> {
    const page = pageRequest(args, NOTIFICATION_ORDER.columns.length);
    const scope = requestScope(context);
    const reader = readerOf(context);
    const filtered = () => {
      const query = readableNotifications(context.dataSource, scope);
      if (args.unreadOnly === true && reader !== null) whereUnreadBy(query, reader);
      if (args.kinds && args.kinds.length > 0) query.andWhere('n.kind IN (:...kinds)', { kinds: [...args.kinds] });
      return query;
    };
    const rows = await fetchKeysetPage(filtered(), NOTIFICATION_ORDER, page);
    const readAt = reader === null ? rows.rows.map(() => null) : await readAtLoader(context).loadMany(rows.rows.map((r) => r.id));
    const receipts = new Map(rows.rows.map((r, i) => [r.id, readAt[i] instanceof Date ? (readAt[i] as Date) : null]));
    const total = selects(info, 'totalCount');
    return toConnection(rows, NOTIFICATION_ORDER, (row) => mapNotification(context, row, receipts.get(row.id) ?? null), total ? await filtered().getCount() : 0);
  }

  @Query(() => Int, { description: 'How many of the notifications the caller may read they have not read yet.' })
  async unreadNotificationCount(@Ctx() context: ApiContext): Promise<number> {
    const reader = readerOf(context);
    if (reader === null) throw catalogueError('FORBIDDEN', 'PERMISSIONS.FORBIDDEN', {}, 403);
    return whereUnreadBy(readableNotifications(context.dataSource, requestScope(context)), reader).getCount();
  }

  @Mutation(() => [NotificationType], {
    description: 'Marks notifications read by the caller only (a receipt per person; others still see them unread). Idempotent.',
  })
  async markNotificationsRead(@Args() { ids }: MarkNotificationsReadArgs, @Ctx() context: ApiContext): Promise<NotificationType[]> {
    // An id of another type names no notification: NOT_FOUND like one out of reach (and audited).
    const rowIds = ids.map((id) => rowIdOf(id, NOTIFICATION) ?? '');
    const marked = await withAreaErrors(() => markNotificationsRead(context.identity.runtime.environment, identityRequest(context), rowIds));
    return marked.notifications.map((n) => mapNotification(context, n, marked.receipts.get(n.id)?.readAt ?? null));
  }

  @Subscription(() => NotificationType, {
    description:
      'New notifications the subscriber may read, pushed over WebSocket (graphql-ws on /graphql) whichever API process wrote them ' +
      '(第10条の2第2項). Authenticated when the connection opens (Bearer token or session cookie); queries and mutations stay on HTTP.',
    subscribe: ({ context }) => {
      const subscription = (context as SubscriptionContext).notificationSubscription;
      if (!subscription) throw catalogueError('BAD_USER_INPUT', 'NOTIFICATIONS.SUBSCRIPTIONS_ONLY');
      return subscription.feed.subscribe(subscription.subscriber);
    },
  })
  notificationAdded(@Root() notification: NotificationType): NotificationType {
    if (!(notification instanceof NotificationType)) throw catalogueError('BAD_USER_INPUT', 'NOTIFICATIONS.SUBSCRIPTIONS_ONLY');
    return notification;
  }

  @FieldResolver(() => OrganisationUnitType, { nullable: true, description: 'The section of the reported record; null for a city-wide notification.' })
  async section(@Root() notification: NotificationType, @Ctx() context: ApiContext): Promise<OrganisationUnitType | null> {
    if (notification.sectionRowId === null) return null;
    return loadOrganisationUnit(notification.deliveryContext ?? context, notification.sectionRowId);
  }
}
