import type { CatalogueSection } from '../i18n/message-catalogue.types';

export const OPERATOR_MESSAGES = {
  'OPERATORS.REVIEW_OVERDUE': {
    article: '第19条の2第1項第4号',
    ja: 'ユーザID「{userId}」の権限の見直しが期限（{dueOn}）を過ぎています。',
    en: 'The review of user ID "{userId}" and its permissions was due on {dueOn}.',
  },
  'OPERATORS.INACTIVE_ID': {
    article: '第19条の2第1項第4号',
    ja: 'ユーザID「{userId}」は{days}日間ログオンがありません。不要であれば速やかに削除してください。',
    en: 'User ID "{userId}" has not logged on for {days} days; delete it promptly if it is no longer needed.',
  },
  'OPERATORS.LEAVER_ID_ACTIVE': {
    article: '第19条の2第1項第4号',
    ja: '退職又は異動した職員のユーザID「{userId}」が有効なままです（{since}から）。',
    en: 'User ID "{userId}" of a member of staff who retired or moved is still active (since {since}).',
  },
  'OPERATOR_CARDS.RETURN_OVERDUE': {
    article: '第20条第1項',
    ja: '操作者用IDカード{card}は、操作者でなくなった日（{since}）から{days}日を経過しても返却されていません。',
    en: 'Operator ID card {card} has not been returned {days} days after its holder ceased to be an operator ({since}).',
  },
  'OPERATOR_CARDS.LOST_NOT_REVOKED': {
    article: '第20条第5項',
    ja: '紛失又は盗難の報告があった操作者用IDカード{card}が失効されていません。',
    en: 'Operator ID card {card} was reported lost or stolen but has not been revoked.',
  },
  'OPERATOR_CARDS.REVOCATION_LATE': {
    article: '第20条第5項',
    ja: '操作者用IDカード{card}の失効が報告から{hours}時間後で、期限（{limit}時間）を超えました。',
    en: 'Operator ID card {card} was revoked {hours} hours after the report, later than the limit of {limit} hours.',
  },
} as const satisfies CatalogueSection;
