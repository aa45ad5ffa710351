import type { RuleDefinition } from '../core/rule-definition';

export const AUDIT_RULES: readonly RuleDefinition[] = [
  {
    id: 'art19.operationHistoryEvent',
    article: '第19条第1項',
    title: { ja: '操作履歴の記録（識別子のみ・改ざん検知）', en: 'Operation history: identifiers only, tamper-evident' },
    description: {
      ja: '操作履歴には、誰が（職員又はAPIクライアントと役割）、いつ、どこから、どの操作で、どの記録に対し、どの結果であったかを識別子のみで記録する。自由記述・パスワード・暗証番号・トークンは記録しない。各履歴は直前の履歴のハッシュを含む連鎖とし、変更・削除・並べ替え・挿入を検知する。',
      en: 'The operation history records who (staff member or API client, and roles), when, from where, which operation, on which records and with which outcome — as identifiers only: no free text, password, PIN or token. Each event holds the hash of the one before, so that a change, deletion, reordering or insertion is detected.',
    },
    parameters: [],
    codes: ['AUDIT.INVALID_EVENT', 'AUDIT.CHAIN_BROKEN', 'AUDIT.ANCHOR_INVALID', 'AUDIT.PURGE_LIMIT_INVALID'],
  },
  {
    id: 'art19.operationHistoryLegalHold',
    article: '第19条第1項',
    title: { ja: '操作履歴の保全措置（リーガルホールド）', en: 'Legal holds on the operation history' },
    description: {
      ja: '情報システム責任者は、期間又は記録の種類を指定して操作履歴の保全措置をとり、又は解除する。保全措置の対象は、保存期間（7年）を過ぎても削除しない。',
      en: 'The system officer places and releases legal holds covering a time range and/or a record type; what a hold covers is not purged, even after the 7-year keeping period.',
    },
    parameters: ['retention.operationHistory'],
    codes: [
      'AUDIT.LEGAL_HOLD_SCOPE_REQUIRED',
      'AUDIT.LEGAL_HOLD_RANGE_INVALID',
      'AUDIT.LEGAL_HOLD_REFERENCE_INVALID',
      'AUDIT.LEGAL_HOLD_NOT_FOUND',
      'AUDIT.LEGAL_HOLD_ALREADY_RELEASED',
      'AUDIT.LEGAL_HOLD_STALE',
    ],
  },
];
