import type { RuleDefinition } from '../core/rule-definition';

export const NOTIFICATION_RULE_ID = 'art10-2.notifications';

/** 第10条の2第2項: a lost or stolen resident card is reported to the system officer at once. */
export const NOTIFICATION_RULES: readonly RuleDefinition[] = [
  {
    id: NOTIFICATION_RULE_ID,
    article: '第10条の2第2項',
    title: { ja: '情報システム責任者への通知', en: 'Notifying the system officer' },
    description: {
      ja: 'カードの紛失・盗難（及び棚卸しの差異）は、その記録と同じ処理で通知として記録し、情報システム責任者のダッシュボードに表示し、購読（WebSocket）でどのAPIプロセスからも直ちに届ける。情報セキュリティ責任者・区システムは自課の通知のみを読む。既読は職員ごとに記録し（最大100件ずつ）、読めない通知は存在しないものと同じに扱う。購読はWebSocketでのみ受け付ける。',
      en: 'A lost or stolen card (and a stock-take difference) is recorded as a notification in the same transaction as the report, shown on the system officer’s dashboard and pushed to subscribers (WebSocket) whichever API process wrote it. Security officers and ward systems read their own section’s only. Reading is recorded per person (at most 100 at a time); a notification out of reach is treated as non-existent. Subscriptions are served over WebSocket only.',
    },
    parameters: [],
    codes: ['NOTIFICATIONS.NOT_FOUND', 'NOTIFICATIONS.TOO_MANY', 'NOTIFICATIONS.SUBSCRIPTIONS_ONLY'],
  },
];
