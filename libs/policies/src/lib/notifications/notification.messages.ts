import type { CatalogueSection } from '../i18n/message-catalogue.types';

/**
 * Notifications to the officers (第10条の2第2項: a lost or stolen resident card is reported to the system
 * officer at once): reading them, marking them read and receiving them as a subscription.
 */
export const NOTIFICATION_MESSAGES = {
  'NOTIFICATIONS.NOT_FOUND': {
    article: '第10条の2第2項',
    ja: '指定された通知は見つかりません。',
    en: 'The notification was not found.',
  },
  'NOTIFICATIONS.TOO_MANY': {
    article: '第10条の2第2項',
    ja: '一度に既読にできる通知は{max}件までです。',
    en: 'At most {max} notifications can be marked read at once.',
  },
  'NOTIFICATIONS.SUBSCRIPTIONS_ONLY': {
    article: '第10条の2第2項',
    ja: '通知の購読（subscription）はWebSocket接続でのみ、WebSocket接続では購読のみを実行できます。照会・更新はHTTPで行ってください。',
    en: 'Subscriptions run over the WebSocket connection only, and only subscriptions run there; send queries and mutations over HTTP.',
  },
} as const satisfies CatalogueSection;
