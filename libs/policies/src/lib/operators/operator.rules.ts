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
];
