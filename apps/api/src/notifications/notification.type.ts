import { NOTIFICATION_KINDS, type NotificationKind } from '@juki/domain';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ApiContext } from '../graphql/api-context';
import { NodeInterface } from '../graphql/relay/node.interface';
import { LocalizedTextType } from '../graphql/types/localized-text.type';

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKind]: K };
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'What a notification reports (第10条の2第2項: CARD_LOST / CARD_STOLEN, reported to the system officer at once).',
});

/** A notification to the officers (第10条の2第2項), on the dashboard and pushed by `notificationAdded`. */
@ObjectType('Notification', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'A notification to the officers, e.g. a lost or stolen resident card (第10条の2第2項). Read per person.',
})
export class NotificationType extends NodeInterface {
  @Field(() => NotificationKindEnum, { nullable: true })
  kind!: NotificationKind | null;

  @Field(() => Date, { nullable: true })
  createdAt!: Date | null;

  @Field(() => LocalizedTextType, { nullable: true, description: 'A short subject in Japanese and English (never a secret).' })
  subject!: LocalizedTextType | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the reported record (resolve it with `node`, under the caller’s own access).' })
  record!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the CALLER marked it read; null while unread by the caller (read receipts are per person).' })
  readAt!: Date | null;

  /** Row id of the section when the caller may follow it (not a GraphQL field). */
  sectionRowId!: string | null;
  /**
   * The context to resolve `section` in when this object was pushed by the subscription: a fresh one per
   * delivery (the subscriber's principal re-checked, today's date), not the long-lived socket's.
   */
  deliveryContext?: ApiContext;
}
