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
    codes: [
      'PERMISSIONS.FORBIDDEN',
      'PERMISSIONS.FIELD_DENIED',
      'PERMISSIONS.SIGN_IN_REQUIRED',
      'PERMISSIONS.PASSWORD_CHANGE_REQUIRED',
      'PERMISSIONS.TOKEN_SCOPE',
    ],
  },
  {
    id: 'art19-2.apiClientScopes',
    article: '第19条の2第1項第2号',
    title: { ja: '区システム連携の権限（スコープ）', en: 'Scopes of ward-system API clients' },
    description: {
      ja: '区のシステムのAPIクライアントは、情報システム責任者が作成し、権限表が区システム連携に認めるスコープのうち業務に必要なものだけを持つ。トークンは作成時に一度だけ示し、ハッシュのみを保存し、失効でき、最終利用日時を記録する。',
      en: 'API clients of ward systems are created by the system officer and hold only scopes the matrix grants to ward systems that their work needs. The token is shown once, stored only as a hash, revocable, and its last use is recorded.',
    },
    parameters: [],
    codes: ['API_CLIENTS.NO_SCOPE', 'API_CLIENTS.UNKNOWN_SCOPE', 'API_CLIENTS.NAME_INVALID', 'API_CLIENTS.SECTION_INVALID', 'API_CLIENTS.NOT_FOUND'],
  },
];
