import type { RuleDefinition } from '../core/rule-definition';

export const OPERATOR_RULES: readonly RuleDefinition[] = [
  {
    id: 'art19-2.accessReview',
    article: '第19条の2第1項第4号',
    title: { ja: 'ユーザIDと権限の見直し', en: 'Review of user IDs and permissions' },
    description: {
      ja: 'ユーザIDと権限を定期的に見直し、不要なIDは速やかに削除する。見直し期限切れ、一定期間ログオンのないID、退職・異動した職員のIDを指摘する。',
      en: 'User IDs and permissions are reviewed periodically and unneeded IDs deleted promptly: flags overdue reviews, IDs without a logon for the inactive period, and IDs of staff who retired or moved.',
    },
    parameters: ['accessReview.reviewIntervalDays', 'accessReview.inactiveDays'],
    codes: ['OPERATORS.REVIEW_OVERDUE', 'OPERATORS.INACTIVE_ID', 'OPERATORS.LEAVER_ID_ACTIVE'],
  },
  {
    id: 'art20.cardReturn',
    article: '第20条第1項',
    title: { ja: '操作者用IDカードの返却', en: 'Return of operator ID cards' },
    description: {
      ja: '退職・人事異動等により操作者でなくなった者は、貸与されたIDカードを速やかに返却する。',
      en: 'Whoever ceases to be an operator through retirement or transfer returns the ID card promptly.',
    },
    parameters: ['operatorCards.returnDueDays'],
    codes: ['OPERATOR_CARDS.RETURN_OVERDUE'],
  },
  {
    id: 'art20.lostCardRevocation',
    article: '第20条第5項',
    title: { ja: '紛失・盗難したIDカードの失効', en: 'Revocation of lost or stolen ID cards' },
    description: {
      ja: '紛失又は盗難されたIDカードは速やかに失効させる。失効までそのカードでは利用できない。',
      en: 'A lost or stolen ID card is revoked promptly; it cannot be used meanwhile.',
    },
    parameters: ['operatorCards.revocationDueHours'],
    codes: ['OPERATOR_CARDS.LOST_NOT_REVOKED', 'OPERATOR_CARDS.REVOCATION_LATE'],
  },
  {
    id: 'art19.operatorSignIn',
    article: '第19条第1項',
    title: { ja: 'IDカードとパスワードによる操作者の確認', en: 'Operators confirmed by ID card and password' },
    description: {
      ja: 'サインインには、本人に貸与され有効な操作者用IDカードの番号とパスワードの両方を要する。連続して設定回数失敗するとアカウントをロックし、情報システム責任者が解除するまで利用できない。カード不明・パスワード誤り・ロック・失効のいずれも同じ応答とし、所要時間も変えない（利用者の列挙を防ぐ）。試行はすべてログオン履歴に記録する（第19条の2第2項）。',
      en: 'Signing in needs both the number of an active operator ID card lent to the person and their password. After the set number of consecutive failures the account is locked until the system officer unlocks it. Unknown card, wrong password, locked account and revoked card all get the same answer in the same time (no enumeration). Every attempt is logon history (第19条の2第2項).',
    },
    parameters: ['passwords.maxConsecutiveFailures'],
    codes: ['OPERATORS.SIGN_IN_FAILED', 'OPERATORS.ACCOUNT_LOCKED', 'OPERATORS.STAFF_NOT_FOUND'],
  },
  {
    id: 'art19.sessionTimeout',
    article: '第19条第1項',
    title: { ja: 'セッションの有効期間', en: 'Session lifetime' },
    description: {
      ja: 'サインインで確認した権限は、最後の操作から無操作時間、サインインから最大時間を過ぎると失われ、サインアウト、IDカードの紛失・盗難の報告でも直ちに終了する。その後は再びサインインを要する。',
      en: 'The authority confirmed at sign-in lapses after the idle time since the last request or the maximum time since sign-in, and ends at once at sign-out or when the ID card is reported lost or stolen; the operator then signs in again.',
    },
    parameters: ['sessions.idleTimeoutMinutes', 'sessions.absoluteTimeoutHours'],
    codes: ['PERMISSIONS.SIGN_IN_REQUIRED'],
  },
  {
    id: 'art20.cardLossReport',
    article: '第20条第5項',
    title: { ja: 'IDカードの紛失・盗難の報告', en: 'Reporting a lost or stolen ID card' },
    description: {
      ja: '貸与中のIDカードの紛失又は盗難は、本人又は情報システム責任者が直ちに報告する。報告と同時にカードを失効させ、そのカードによるすべてのセッションを終了する。',
      en: 'The holder or the system officer reports a lost or stolen card that is on loan at once; the report revokes the card and ends every session opened with it in the same step.',
    },
    parameters: [],
    codes: ['OPERATOR_CARDS.NOT_REPORTABLE', 'OPERATOR_CARDS.NOT_FOUND'],
  },
];
