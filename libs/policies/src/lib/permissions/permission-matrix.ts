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

/** People's own records: every role of a person reads the rows about themselves. */
const STAFF_SELF: Readonly<Partial<Record<Role, RowScope>>> = {
  SYSTEM_ADMINISTRATOR: 'SELF',
  DEPUTY_ADMINISTRATOR: 'SELF',
  SYSTEM_OFFICER: 'SELF',
  SECURITY_OFFICER: 'SELF',
  HANDLER: 'SELF',
  IT_DIVISION_HEAD: 'SELF',
  AUDITOR: 'SELF',
};

/** Every principal, a ward system included, reads what is about itself. */
const EVERYONE_SELF: Readonly<Partial<Record<Role, RowScope>>> = { ...STAFF_SELF, INTEGRATION: 'SELF' };

/** The roles of people (a ward system's token is not a person: no session, no password, no card). */
const STAFF_AUDIENCE: readonly Role[] = [
  'SYSTEM_ADMINISTRATOR',
  'DEPUTY_ADMINISTRATOR',
  'SYSTEM_OFFICER',
  'SECURITY_OFFICER',
  'HANDLER',
  'IT_DIVISION_HEAD',
  'AUDITOR',
];

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
    fields: { id: ID, code: TEXT, name: TEXT, nameEn: TEXT, kind: TEXT, parent: TEXT, children: { systemSet: true }, usesJukiNet: TEXT },
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

  // ── 第19条第1項・第20条・第21条: one's own session, and the results of identity operations ──────────
  // Sign-in is public (anyone may present a card and a password), so what it returns is readable by every
  // role: only the signed-in person's own session and basics, never another person's data.
  Session: {
    article: '第19条第1項',
    label: { ja: 'セッション（本人）', en: 'Session (one’s own)' },
    read: EVERYONE_SELF,
    write: {},
    fields: {
      id: ID,
      staffId: STAMP,
      employeeNumber: STAMP,
      name: STAMP,
      nameKana: STAMP,
      title: STAMP,
      sectionId: STAMP,
      sectionName: STAMP,
      roles: STAMP,
      grants: STAMP,
      passwordChangeRequired: STAMP,
      passwordExpiresAt: STAMP,
      expiresAt: STAMP,
      absoluteExpiresAt: STAMP,
      // The bearer secret of a session just opened by signIn(returnToken: true): in that response only.
      token: STAMP,
    },
  },
  SessionRoleGrant: {
    article: '第19条第2項',
    label: { ja: '本人の役割（セッション）', en: 'One’s own role grant (session)' },
    read: EVERYONE_SELF,
    write: {},
    fields: { id: ID, role: STAMP, sectionId: STAMP, sectionName: STAMP, effectiveFrom: STAMP, effectiveTo: STAMP },
  },
  OperatorIdCardLossReport: {
    article: '第20条第5項',
    label: { ja: 'IDカードの紛失・盗難の報告', en: 'Operator ID card loss report' },
    read: { ...STAFF_SELF, SYSTEM_OFFICER: 'CITY' },
    write: {},
    fields: { id: ID, status: STAMP, lossKind: STAMP, reportedAt: STAMP, revokedAt: STAMP, sessionsEnded: STAMP, card: STAMP },
  },
  CreatedApiClient: {
    article: '第19条の2第1項第2号',
    label: { ja: '作成したAPI連携クライアント（トークンは一度だけ表示）', en: 'Created API client (token shown once)' },
    read: { SYSTEM_OFFICER: 'CITY' },
    write: {},
    fields: { id: ID, apiClient: STAMP, token: STAMP },
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
      actorKind: STAMP,
      actorStaffId: STAMP,
      actorApiClientId: STAMP,
      actorRoles: STAMP,
      operation: STAMP,
      recordType: STAMP,
      recordIds: STAMP,
      sectionId: STAMP,
      source: { systemSet: true, maskedFor: ['AUDITOR'] },
      outcome: STAMP,
      hash: STAMP,
      previousHash: STAMP,
    },
  },
  AuditLegalHold: {
    article: '第19条第1項',
    label: { ja: '操作履歴の保全措置', en: 'Legal hold on the operation history' },
    read: { SYSTEM_ADMINISTRATOR: 'CITY', DEPUTY_ADMINISTRATOR: 'CITY', SYSTEM_OFFICER: 'CITY', AUDITOR: 'CITY' },
    write: { SYSTEM_OFFICER: 'CITY' },
    fields: {
      id: ID,
      caseReference: TEXT,
      reason: PERSONAL,
      coversFrom: TEXT,
      coversUntil: TEXT,
      recordType: TEXT,
      inForce: STAMP,
      placedAt: STAMP,
      placedByStaffId: STAMP,
      releasedAt: STAMP,
      releasedByStaffId: STAMP,
      version: STAMP,
    },
  },
  AuditCheckpoint: {
    article: '第19条第1項',
    label: { ja: '操作履歴の削除の記録（チェックポイント）', en: 'Operation-history purge checkpoint' },
    read: { ...LEADERSHIP_READ },
    write: {},
    fields: { id: ID, sequence: STAMP, hash: STAMP, purgedCount: STAMP, purgedBefore: STAMP, createdAt: STAMP, createdByStaffId: STAMP },
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
  'Query.organisationUnits': {
    article: '第2条第2項',
    audience: 'AUTHENTICATED',
    note: {
      ja: '組織（課）の一覧。行の範囲は各役割の読取範囲（PERMISSION_MATRIX.OrganisationUnit）に従う',
      en: 'The organisation units; rows as far as each role reads OrganisationUnit',
    },
  },
  'Query.organisationUnit': {
    article: '第2条第2項',
    audience: 'AUTHENTICATED',
    note: {
      ja: '組織（課）を1件参照する。範囲外の行は存在しない行と同じく null',
      en: 'One organisation unit; a row out of reach is null, like one that does not exist',
    },
  },
  'Query.node': {
    article: '第19条の2第1項第2号',
    audience: 'AUTHENTICATED',
    note: {
      ja: 'グローバルIDによる参照。型ごとの読取範囲と項目の権限に従い、範囲外の行は null',
      en: 'Lookup by global id under the row scope and field access of its type; a row out of reach is null',
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
  'Query.auditEvents': {
    article: '第19条第1項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER'],
    note: {
      ja: '操作履歴の参照。管理者・副管理者・責任者・監査担当は全市、情報セキュリティ責任者は自課の記録に関するもののみ（PERMISSION_MATRIX.AuditEvent）',
      en: 'The operation history: city-wide for the leadership and auditors, a security officer only for their own section (PERMISSION_MATRIX.AuditEvent)',
    },
  },
  'Query.verifyAuditChain': {
    article: '第19条第1項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR'],
    note: {
      ja: '操作履歴の連鎖（ハッシュ）を検証し、最初の不整合を示す。全市の履歴を対象とするため全市を参照できる役割に限る',
      en: 'Verifies the hash chain of the operation history and reports the first broken link; it spans the whole city, so only city-wide readers',
    },
  },
  'Query.auditLegalHolds': {
    article: '第19条第1項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR'],
    note: { ja: '操作履歴の保全措置の一覧', en: 'The legal holds on the operation history' },
  },
  'Mutation.purgeAuditEvents': {
    article: '第19条第1項',
    audience: ['SYSTEM_OFFICER'],
    note: {
      ja: '保存期間（7年）を過ぎ、保全措置の対象でない操作履歴だけを削除する。削除自体も記録し、残る連鎖はチェックポイントから検証できる。操作履歴を変更・削除する操作はこれ以外にない',
      en: 'Removes only operation history past its 7 years and under no legal hold; the purge is itself recorded and what remains verifies from a checkpoint. No other operation changes or deletes events',
    },
  },
  'Mutation.placeAuditLegalHold': {
    article: '第19条第1項',
    audience: ['SYSTEM_OFFICER'],
    note: { ja: '保全措置をとる（期間又は記録の種類を指定）', en: 'Places a legal hold (a time range and/or a record type)' },
  },
  'Mutation.releaseAuditLegalHold': {
    article: '第19条第1項',
    audience: ['SYSTEM_OFFICER'],
    note: { ja: '保全措置を解除する', en: 'Releases a legal hold' },
  },
  'Mutation.signIn': {
    article: '第19条第1項',
    audience: 'PUBLIC',
    note: {
      ja: 'IDカードの番号とパスワードの提示は誰でもできる（唯一の公開の更新操作）。失敗はすべて同じ応答・同じ所要時間で、送信元ごとに回数を制限し、試行はすべてログオン履歴に記録する（第19条の2第2項）',
      en: 'Anyone may present a card number and a password (the one public mutation). Every failure gets the same answer in the same time, attempts are rate-limited per source, and each is logon history (第19条の2第2項)',
    },
  },
  'Mutation.signOut': {
    article: '第19条第1項',
    audience: STAFF_AUDIENCE,
    note: { ja: '自分のセッションを終了する', en: 'Ends one’s own session' },
  },
  'Mutation.changePassword': {
    article: '第21条第4項',
    audience: STAFF_AUDIENCE,
    note: {
      ja: '自分のパスワードのみ。現在のパスワードを要し、第21条第2項と再使用禁止を満たすこと。期限切れ・再設定後でも可',
      en: 'One’s own password only; needs the current one and must meet 第21条第2項 and the no-reuse rule. Allowed with an expired or reset password',
    },
  },
  'Query.me': {
    article: '第19条第1項',
    audience: STAFF_AUDIENCE,
    note: {
      ja: '自分のセッション・役割・パスワード期限。パスワード変更が必要な間も可',
      en: 'One’s own session, roles and password expiry; allowed while a password change is required',
    },
  },
  'Mutation.unlockAccount': {
    article: '第19条第1項',
    audience: ['SYSTEM_OFFICER'],
    note: {
      ja: '連続失敗でロックされたアカウントは情報システム責任者が解除するまで使えない',
      en: 'An account locked after consecutive failures stays locked until the system officer unlocks it',
    },
  },
  'Mutation.reportOperatorIdCardLost': {
    article: '第20条第5項',
    audience: STAFF_AUDIENCE,
    note: {
      ja: '貸与された本人は自分のカードを、情報システム責任者はどのカードも報告できる。カードは失効し、そのすべてのセッションが直ちに終了する。範囲外のカードは存在しないものと同じ扱い',
      en: 'Holders report their own card, the system officer any card; the card is revoked and all its sessions end at once. A card out of reach is treated as non-existent',
    },
  },
  'Mutation.createApiClient': {
    article: '第19条の2第1項第2号',
    audience: ['SYSTEM_OFFICER'],
    note: {
      ja: '区システムのAPIクライアントを作成する。トークンはこの応答で一度だけ示し、ハッシュのみ保存する',
      en: 'Creates a ward system’s API client; the token is in this response only and stored as a hash',
    },
  },
  'Mutation.revokeApiClient': {
    article: '第19条の2第1項第4号',
    audience: ['SYSTEM_OFFICER'],
    note: { ja: '不要なAPIクライアントを失効させる（次の要求から認証されない）', en: 'Revokes an API client; its token fails from the next request' },
  },
  'Query.staff': {
    article: '第19条第2項',
    audience: STAFF_AUDIENCE,
    note: {
      ja: '職員の一覧。行の範囲は役割ごと（全市、自課、又は本人のみ。PERMISSION_MATRIX.Staff）',
      en: 'The staff, as far as each role reads Staff: city-wide, own section, or oneself',
    },
  },
  'Query.operatorIdCards': {
    article: '第20条第2項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER'],
    note: {
      ja: 'IDカードの管理簿。情報セキュリティ責任者は自課の職員のカード、取扱者は自分のカードのみ',
      en: 'The ID card ledger: a security officer sees the cards of their section’s staff, a handler only their own',
    },
  },
  'Query.logonEvents': {
    article: '第19条の2第2項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER'],
    note: {
      ja: 'ログオン履歴の確認（不正アクセスのないことの確認）。不明なカードの試行は全市を参照できる役割のみ',
      en: 'Reviewing the logon history for unauthorised access; attempts with unknown cards only for city-wide readers',
    },
  },
  'Query.apiClients': {
    article: '第19条の2第1項第4号',
    audience: ['SYSTEM_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR'],
    note: { ja: 'APIクライアントの一覧（定期的な見直し）', en: 'The API clients, for their periodic review' },
  },
};
