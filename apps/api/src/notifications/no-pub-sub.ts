import type { PubSub } from 'type-graphql';

/**
 * type-graphql wants a PubSub as soon as the schema has a subscription, but this API has no in-process
 * pub/sub on purpose: processes are stateless and share one database, so each subscription supplies its
 * own `subscribe` (NotificationFeed polls the database). Any use of topics is a programming error.
 */
export const NO_PUB_SUB: PubSub = {
  publish: () => {
    throw new Error('no in-process pub/sub: subscriptions read the database (NotificationFeed)');
  },
  subscribe: () => {
    throw new Error('no in-process pub/sub: a @Subscription must supply its own subscribe');
  },
};
