import { NOTIFICATION_KINDS, type NotificationEntity, type NotificationKind } from '@juki/domain';
import { ArgsType, Field, ID } from 'type-graphql';
import { ConnectionArgs } from '../graphql/connections/connection.args';
import { connectionTypes } from '../graphql/connections/connection.types';
import type { KeysetOrder } from '../graphql/connections/keyset-pagination';
import { GlobalId, Items, Optional } from '../graphql/validation/input-constraints';
import { NotificationKindEnum, NotificationType } from './notification.type';

export const { connection: NotificationConnection, edge: NotificationEdge } = connectionTypes('Notification', NotificationType);

/**
 * Newest first: the keyset runs on the negated sequence (unique, strictly increasing in commit order),
 * so "after the cursor" is "older than it" and a notification added meanwhile never shifts a page.
 */
export const NOTIFICATION_ORDER: KeysetOrder<NotificationEntity> = { columns: ['-n.sequence'], values: (n) => [-n.sequence] };

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'true: only those the caller has not read; false or absent: all.' })
  unreadOnly?: boolean | null;

  @Field(() => [NotificationKindEnum], { nullable: true, description: 'Only these kinds.' })
  @Optional()
  @Items({ min: 1, max: NOTIFICATION_KINDS.length, unique: true })
  kinds?: NotificationKind[] | null;
}

/** `markNotificationsRead`: global ids of notifications the caller may read (each checked by the resolver). */
@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID])
  @Items({ min: 1, max: 100, unique: true })
  @GlobalId({ each: true })
  ids!: string[];
}
