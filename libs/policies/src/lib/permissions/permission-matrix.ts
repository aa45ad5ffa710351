import type { OperationRule, RowScope, TypeRule } from './permission-matrix.types';
import type { Role } from './roles';

/**
 * The permission matrix: for each record type, who reads which rows, who writes, and what each role sees
 * of each field; for each operation, who may call it. It is the single source of truth: the API enforces
 * it in its queries and resolvers, the console hides what it denies. Anything not named here is denied.
 */

/** Roles that see personal data masked (監査担当: read-only, personal data masked; 情報システム課長: council work). */
export const PERSONAL_DATA_MASKED_FOR: readonly Role[] = ['AUDITOR', 'IT_DIVISION_HEAD'];

/** The leadership of 第3条・第4条 reads everything city-wide. */
const LEADERSHIP_READ: Readonly<Partial<Record<Role, RowScope>>> = {
  SYSTEM_ADMINISTRATOR: 'CITY',
  DEPUTY_ADMINISTRATOR: 'CITY',
  SYSTEM_OFFICER: 'CITY',
  AUDITOR: 'CITY',
};

const ID = { systemSet: true } as const;
const STAMP = { systemSet: true } as const;
const TEXT = {} as const;
const PERSONAL = { personal: true } as const;

export const PERMISSION_MATRIX: Readonly<Record<string, TypeRule>> = {
  // ── 第2条第2項: the organisation ─────────────────────────────────────────────────────────────
  OrganisationUnit: {
    article: '第2条第2項',
    label: { ja: '組織（課）', en: 'Organisation unit' },
    integrationScope: 'organisation',
    read: {
      ...LEADERSHIP_READ,
      SECURITY_OFFICER: 'CITY',
      HANDLER: 'CITY',
      IT_DIVISION_HEAD: 'CITY',
      INTEGRATION: 'CITY',
    },
    write: { SYSTEM_OFFICER: 'CITY' },
    fields: { id: ID, code: TEXT, name: TEXT, kind: TEXT, parent: TEXT, usesJukiNet: TEXT },
  },

  // ── 第2章・第19条第2項: staff and their roles ───────────────────────────────────────────────
  Staff: {
    article: '第19条第2項',
    label: { ja: '職員', en: 'Staff member' },
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'SELF', IT_DIVISION_HEAD: 'CITY' },
    write: { SYSTEM_OFFICER: 'CITY' },
    fields: {
      id: ID,
      employeeNumber: TEXT,
      name: TEXT,
      nameKana: TEXT,
      section: TEXT,
      title: TEXT,
      employmentStatus: TEXT,
      roles: { systemSet: true },
      operatorIdCards: { systemSet: true },
      passwordExpiresAt: { systemSet: true, hiddenFrom: ['AUDITOR', 'IT_DIVISION_HEAD'] },
      lockedAt: { systemSet: true },
      lastLogonAt: { systemSet: true },
    },
  },
  RoleAssignment: {
    article: '第19条第2項',
    label: { ja: '役割の割当て', en: 'Role assignment' },
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'SELF', IT_DIVISION_HEAD: 'CITY' },
    write: { SYSTEM_OFFICER: 'CITY' },
    fields: {
      id: ID,
      staff: TEXT,
      role: TEXT,
      section: TEXT,
      effectiveFrom: TEXT,
      effectiveTo: TEXT,
      approvedBy: STAMP,
      appliedBy: STAMP,
    },
  },

  // ── 第20条: operator ID cards ────────────────────────────────────────────────────────────────
  OperatorIdCard: {
    article: '第20条第2項',
    label: { ja: '操作者用IDカード', en: 'Operator ID card' },
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'SELF' },
    write: { SYSTEM_OFFICER: 'CITY' },
    fields: {
      id: ID,
      cardNumber: { maskedFor: ['AUDITOR', 'SECURITY_OFFICER'] },
      holder: TEXT,
      status: STAMP,
      issuedAt: STAMP,
      returnedAt: STAMP,
      lostReportedAt: STAMP,
      revokedAt: STAMP,
    },
  },

  // ── 第19条の2: API clients of ward systems (user IDs mapped to operators, least privilege) ─────────
  ApiClient: {
    article: '第19条の2第1項第2号',
    label: { ja: 'API連携クライアント', en: 'API client' },
    read: { SYSTEM_OFFICER: 'CITY', SYSTEM_ADMINISTRATOR: 'CITY', AUDITOR: 'CITY', INTEGRATION: 'SELF' },
    write: { SYSTEM_OFFICER: 'CITY' },
    fields: {
      id: ID,
      name: TEXT,
      section: TEXT,
      scopes: TEXT,
      createdAt: STAMP,
      createdBy: STAMP,
      revokedAt: STAMP,
      lastUsedAt: STAMP,
      tokenHash: { secret: true },
    },
  },

  // ── 第19条・第19条の2第2項: operation and logon history ────────────────────────────────────────
  AuditEvent: {
    article: '第19条第1項',
    label: { ja: '操作履歴', en: 'Operation history (audit event)' },
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION' },
    write: {},
    fields: {
      id: ID,
      sequence: STAMP,
      occurredAt: STAMP,
      actor: STAMP,
      actorRole: STAMP,
      operation: STAMP,
      recordType: STAMP,
      recordIds: STAMP,
      section: STAMP,
      source: { systemSet: true, maskedFor: ['AUDITOR'] },
      outcome: STAMP,
      hash: STAMP,
      previousHash: STAMP,
    },
  },
  LogonEvent: {
    article: '第19条の2第2項',
    label: { ja: 'ログオン履歴', en: 'Logon history' },
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'SELF' },
    write: {},
    fields: {
      id: ID,
      occurredAt: STAMP,
      cardNumber: { systemSet: true, maskedFor: ['AUDITOR', 'SECURITY_OFFICER', 'HANDLER'] },
      staff: STAMP,
      outcome: STAMP,
      sourceAddress: { systemSet: true, maskedFor: ['AUDITOR'] },
    },
  },
  Notification: {
    article: '第10条の2第2項',
    label: { ja: '通知', en: 'Notification' },
    read: { SYSTEM_OFFICER: 'CITY', SYSTEM_ADMINISTRATOR: 'CITY', DEPUTY_ADMINISTRATOR: 'CITY', SECURITY_OFFICER: 'OWN_SECTION' },
    write: { SYSTEM_OFFICER: 'CITY' },
    fields: { id: ID, kind: STAMP, createdAt: STAMP, section: STAMP, subject: STAMP, record: STAMP, readAt: TEXT },
  },

  // ── 第8条・第9条・第12条第7号: handlers and handling precautions ─────────────────────────────
  HandlerDesignation: {
    article: '第8条',
    label: { ja: '本人確認情報取扱者の指名', en: 'Handler designation' },
    integrationScope: 'handlers',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'SELF', INTEGRATION: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION' },
    fields: {
      id: ID,
      staff: TEXT,
      section: TEXT,
      title: TEXT,
      permissions: TEXT,
      designatedBy: STAMP,
      designatedAt: STAMP,
      revokedBy: STAMP,
      revokedAt: STAMP,
    },
  },
  HandlingPrecautions: {
    article: '第9条第1項',
    label: { ja: '本人確認情報の取扱上の留意事項', en: 'Handling precautions' },
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION', IT_DIVISION_HEAD: 'CITY' },
    write: { SECURITY_OFFICER: 'OWN_SECTION' },
    fields: {
      id: ID,
      section: TEXT,
      version: STAMP,
      screenDisplay: TEXT,
      integrity: TEXT,
      searchAndExtract: TEXT,
      storageOnDisk: TEXT,
      printing: TEXT,
      publishedAt: STAMP,
      publishedBy: STAMP,
    },
  },
  PrecautionAcknowledgement: {
    article: '第9条第2項',
    label: { ja: '留意事項の確認', en: 'Acknowledgement of precautions' },
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'SELF' },
    write: { HANDLER: 'SELF' },
    fields: { id: ID, handler: STAMP, precautions: TEXT, version: STAMP, acknowledgedAt: STAMP, text: STAMP },
  },

  // ── 第10条: printed forms ───────────────────────────────────────────────────────────────────
  StoragePlace: {
    article: '第10条第2項',
    label: { ja: '保管場所（書庫等）', en: 'Storage place' },
    integrationScope: 'forms',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION', INTEGRATION: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION' },
    fields: { id: ID, section: TEXT, name: TEXT, lockable: TEXT, location: TEXT },
  },
  PrintedFormOutput: {
    article: '第10条第1項',
    label: { ja: '出力帳票の記録', en: 'Printed-form output' },
    integrationScope: 'forms',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION', INTEGRATION: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION', INTEGRATION: 'OWN_SECTION' },
    fields: {
      id: ID,
      section: STAMP,
      formName: TEXT,
      outputDate: TEXT,
      purpose: TEXT,
      requester: PERSONAL,
      quantity: TEXT,
      notes: PERSONAL,
      status: STAMP,
      storages: STAMP,
      disposals: STAMP,
      recordedBy: STAMP,
      version: STAMP,
    },
  },
  FormStorage: {
    article: '第10条第2項',
    label: { ja: '帳票の保管', en: 'Printed-form storage' },
    integrationScope: 'forms',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION', INTEGRATION: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION' },
    fields: { id: ID, output: TEXT, place: TEXT, quantity: TEXT, breakdown: TEXT, storedAt: TEXT, keepUntil: TEXT, recordedBy: STAMP },
  },
  FormDisposal: {
    article: '第10条第3項',
    label: { ja: '帳票の廃棄', en: 'Printed-form disposal' },
    integrationScope: 'forms',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION', INTEGRATION: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION' },
    fields: {
      id: ID,
      output: TEXT,
      place: TEXT,
      quantity: TEXT,
      method: TEXT,
      disposedOn: TEXT,
      performer: TEXT,
      witness: TEXT,
      recordedBy: STAMP,
    },
  },

  // ── 第10条の2〜第10条の4: resident cards ─────────────────────────────────────────────────────
  CardMovement: {
    article: '第10条の2第1項',
    label: { ja: '住民基本台帳カードの受払', en: 'Resident-card movement' },
    integrationScope: 'cards',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION', INTEGRATION: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION', INTEGRATION: 'OWN_SECTION' },
    fields: {
      id: ID,
      section: STAMP,
      place: TEXT,
      kind: TEXT,
      fromState: TEXT,
      toState: TEXT,
      quantity: TEXT,
      cardSerial: TEXT,
      occurredAt: TEXT,
      recordedBy: STAMP,
    },
  },
  CardStockTake: {
    article: '第10条の2第1項',
    label: { ja: '住民基本台帳カードの棚卸し', en: 'Resident-card stock-take' },
    integrationScope: 'cards',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION' },
    fields: { id: ID, section: STAMP, place: TEXT, state: TEXT, countedOn: TEXT, counted: TEXT, derived: STAMP, difference: STAMP, recordedBy: STAMP },
  },
  CardLossReport: {
    article: '第10条の2第2項',
    label: { ja: '住民基本台帳カードの紛失・盗難報告', en: 'Resident-card loss or theft report' },
    integrationScope: 'cards',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION' },
    fields: { id: ID, section: STAMP, cardSerial: TEXT, kind: TEXT, discoveredAt: TEXT, circumstances: PERSONAL, reportedBy: STAMP, reportedAt: STAMP },
  },
  CardDisposal: {
    article: '第10条の3',
    label: { ja: '住民基本台帳カードの廃棄', en: 'Resident-card disposal' },
    integrationScope: 'cards',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION' },
    fields: {
      id: ID,
      section: STAMP,
      cardSerials: TEXT,
      reason: TEXT,
      method: TEXT,
      icChipDestroyed: TEXT,
      witness: TEXT,
      disposedOn: TEXT,
      recordedBy: STAMP,
    },
  },
  PinGuidanceRecord: {
    article: '第10条の4',
    label: { ja: '暗証番号の周知の記録', en: 'PIN guidance record' },
    integrationScope: 'cards',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION', INTEGRATION: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION', INTEGRATION: 'OWN_SECTION' },
    fields: {
      id: ID,
      section: STAMP,
      cardSerial: TEXT,
      applicantEnteredPin: TEXT,
      applicantInsertedCard: TEXT,
      guidedBy: STAMP,
      recordedAt: STAMP,
    },
  },

  // ── 第6条第3項第2号: compliance review ───────────────────────────────────────────────────────
  ComplianceCheck: {
    article: '第6条第3項第2号',
    label: { ja: '遵守状況の確認', en: 'Compliance check' },
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', IT_DIVISION_HEAD: 'CITY' },
    write: {},
    fields: { id: ID, article: STAMP, title: STAMP, status: STAMP, count: STAMP, reason: STAMP, offenders: STAMP },
  },

  // ── The rules themselves (public documents) ─────────────────────────────────────────────────
  PolicyRule: {
    article: '第24条',
    label: { ja: '規則', en: 'Policy rule' },
    read: {
      SYSTEM_ADMINISTRATOR: 'CITY',
      DEPUTY_ADMINISTRATOR: 'CITY',
      SYSTEM_OFFICER: 'CITY',
      SECURITY_OFFICER: 'CITY',
      HANDLER: 'CITY',
      IT_DIVISION_HEAD: 'CITY',
      AUDITOR: 'CITY',
      INTEGRATION: 'CITY',
    },
    write: {},
    fields: { id: STAMP, article: STAMP, articleHeading: STAMP, title: STAMP, description: STAMP, parameters: STAMP, codes: STAMP },
  },
  PolicyProfile: {
    article: '附則',
    label: { ja: 'ポリシープロファイル', en: 'Policy profile' },
    read: {
      SYSTEM_ADMINISTRATOR: 'CITY',
      DEPUTY_ADMINISTRATOR: 'CITY',
      SYSTEM_OFFICER: 'CITY',
      SECURITY_OFFICER: 'CITY',
      HANDLER: 'CITY',
      IT_DIVISION_HEAD: 'CITY',
      AUDITOR: 'CITY',
      INTEGRATION: 'CITY',
    },
    write: {},
    fields: { id: STAMP, effectiveFrom: STAMP, title: STAMP, basis: STAMP, articlesNotInForce: STAMP },
  },
};

/**
 * Operations (GraphQL root fields) and who may call them. PUBLIC is reserved for reading the public
 * rules and for pure checks of the caller's own input that read and write no record.
 */
export const OPERATION_MATRIX: Readonly<Record<string, OperationRule>> = {
  'Query.ruleCatalogue': {
    article: '第24条',
    audience: 'PUBLIC',
    note: { ja: '要綱とその規則は公開文書', en: 'The guidelines and their rules are public documents' },
  },
  'Query.policyProfile': {
    article: '附則',
    audience: 'PUBLIC',
    note: { ja: '要綱とその規則は公開文書', en: 'The guidelines and their rules are public documents' },
  },
  'Query.checkPasswordStrength': {
    article: '第21条第2項',
    audience: 'PUBLIC',
    note: {
      ja: '入力のみを評価し記録を読み書きしない（パスワード変更前の確認）',
      en: 'Evaluates only its input and touches no record (checked before a password change)',
    },
  },
  'Query.checkPin': {
    article: '第10条の4第1号',
    audience: 'PUBLIC',
    note: {
      ja: '暗証番号は申請者自身が入力する（第10条の4第2号）。入力のみを評価し、保存も記録もしない',
      en: 'The applicant enters the PIN themselves (第10条の4第2号); only the input is evaluated, never stored or logged',
    },
  },
};
