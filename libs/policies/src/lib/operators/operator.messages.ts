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
  'OPERATORS.SIGN_IN_FAILED': {
    article: '第19条第1項',
    ja: 'IDカードの番号若しくはパスワードが正しくないか、又はこのIDカードでは現在サインインできません。',
    en: 'The ID card number or the password is incorrect, or this card cannot be used to sign in now.',
  },
  'OPERATORS.ACCOUNT_LOCKED': {
    article: '第19条第1項',
    ja: '連続して認証に失敗したため、アカウントがロックされています。情報システム責任者に解除を依頼してください。',
    en: 'The account is locked after repeated failed authentication. Ask the system officer to unlock it.',
  },
  'OPERATOR_CARDS.NOT_REPORTABLE': {
    article: '第20条第5項',
    ja: '操作者用IDカード{card}は貸与中ではないため、紛失又は盗難の報告はできません。',
    en: 'Operator ID card {card} is not on loan, so it cannot be reported lost or stolen.',
  },
  'API_CLIENTS.NO_SCOPE': {
    article: '第19条の2第1項第2号',
    ja: 'API連携クライアントには、業務上必要な権限（スコープ）を一つ以上付与してください。',
    en: 'Give the API client at least one scope that its work needs.',
  },
  'API_CLIENTS.UNKNOWN_SCOPE': {
    article: '第19条の2第1項第2号',
    ja: 'スコープ「{scope}」は権限表で区システム連携に認められていません。',
    en: 'The scope "{scope}" is not one the permission matrix grants to ward systems.',
  },
  'OPERATORS.STAFF_NOT_FOUND': {
    article: '第19条第1項',
    ja: '指定された職員は見つかりません。',
    en: 'No such member of staff.',
  },
  'OPERATOR_CARDS.NOT_FOUND': {
    article: '第20条第2項',
    ja: '指定された操作者用IDカードは見つかりません。',
    en: 'No such operator ID card.',
  },
  'API_CLIENTS.NOT_FOUND': {
    article: '第19条の2第1項第1号',
    ja: '指定されたAPI連携クライアントは見つかりません。',
    en: 'No such API client.',
  },
  'API_CLIENTS.NAME_INVALID': {
    article: '第19条の2第1項第1号',
    ja: 'API連携クライアントの名称は1文字以上100文字以下とし、制御文字を含めないでください。',
    en: 'The name of an API client has 1 to 100 characters and no control characters.',
  },
  'API_CLIENTS.SECTION_INVALID': {
    article: '第19条の2第1項第1号',
    ja: 'API連携クライアントは、存在する課（第2条第2項）に対応づけてください。',
    en: 'An API client must be mapped to an existing section (第2条第2項).',
  },
} as const satisfies CatalogueSection;
