import { graphql } from '../graphql/generated';

/** The dashboard's notifications (第10条の2第2項: lost or stolen resident cards, stock differences), newest first. */
export const NOTIFICATIONS = graphql(`
  query Notifications($first: Int!, $unreadOnly: Boolean) {
    notifications(first: $first, unreadOnly: $unreadOnly) {
      totalCount
      edges {
        node {
          id
          kind
          createdAt
          readAt
          subject {
            ja
            en
          }
          section {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);

export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** Read receipts are per person: marking one read hides it from no one else. */
export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      readAt
    }
  }
`);
