import type { RuleDefinition } from '../core/rule-definition';

export const PERMISSION_RULES: readonly RuleDefinition[] = [
  {
    id: 'art19-2.leastPrivilege',
    article: '第19条の2第1項第2号',
    title: { ja: '権限は業務上必要最低限（権限表）', en: 'Least privilege (the permission matrix)' },
    description: {
      ja: '役割ごとに、記録の種類・項目・行（自課のみ／全市）について参照・更新・マスク・不可を定める。権限表にないものはすべて不可。',
      en: 'For each role, each record type, field and row (own section or city-wide): write, read, masked or denied. Whatever the matrix does not name is denied.',
    },
    parameters: [],
    codes: ['PERMISSIONS.FORBIDDEN', 'PERMISSIONS.FIELD_DENIED'],
  },
];
