import type { RuleDefinition } from '../core/rule-definition';

export const RETENTION_RULES: readonly RuleDefinition[] = [
  {
    id: 'art19.retention',
    article: '第19条第1項',
    title: { ja: '記録の保存期間', en: 'Keeping periods of records' },
    description: {
      ja: '操作履歴は7年間保存する。その他の記録の保存期間は第24条に基づきプロファイルで定める。期間満了前及び保全措置中は削除できない（期間は民法の初日不算入で計算）。',
      en: 'Operation history is kept for 7 years; other records for the period the profile sets under 第24条. Nothing is purged before its period ends or while a legal hold applies (the day of creation is not counted, as in the Civil Code).',
    },
    parameters: ['retention'],
    codes: ['RETENTION.PERIOD_NOT_ENDED', 'RETENTION.LEGAL_HOLD'],
  },
];
