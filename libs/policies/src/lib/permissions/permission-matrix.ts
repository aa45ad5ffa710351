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

/**
 * Who recorded a ledger row (a Staff relation): hidden from the roles that cannot read the staff member it
 * points to (a handler reads only their own Staff row, a ward system none), so it never reads as null for
 * some readers and a person for others.
 */
const RECORDER = { systemSet: true, hiddenFrom: ['HANDLER', 'INTEGRATION'] } as const;

/** Who reads the printed-form ledger (第10条): the leadership and auditors city-wide, the section's officer, handlers and ward system. */
const FORM_READERS: readonly Role[] = ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER', 'INTEGRATION'];

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
    // A ward system (token scope `cards:read`) receives the notifications of its own section, e.g. by the
    // `notificationAdded` subscription. "Write" is recording one's own read receipt (readAt is per person).
    integrationScope: 'cards',
    read: { SYSTEM_OFFICER: 'CITY', SYSTEM_ADMINISTRATOR: 'CITY', DEPUTY_ADMINISTRATOR: 'CITY', SECURITY_OFFICER: 'OWN_SECTION', INTEGRATION: 'OWN_SECTION' },
    write: { SYSTEM_OFFICER: 'CITY', SYSTEM_ADMINISTRATOR: 'CITY', DEPUTY_ADMINISTRATOR: 'CITY', SECURITY_OFFICER: 'OWN_SECTION' },
    fields: {
      id: ID,
      kind: STAMP,
      createdAt: STAMP,
      section: STAMP,
      subject: STAMP,
      record: STAMP,
      // When the caller read it (a receipt per person, `perReader`): a ward system's token is not a person.
      readAt: { perReader: true, hiddenFrom: ['INTEGRATION'] },
    },
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
      staff: { hiddenFrom: ['INTEGRATION'] },
      section: TEXT,
      // 第12条第7号 (取扱者管理台帳): unit (section), title, name (staff.name) and permissions.
      title: TEXT,
      permissions: TEXT,
      // Dated and attributed: the designation grants the HANDLER role for the section from designatedOn; a
      // revocation ends it the day before revokedOn (RoleAssignment.effectiveTo).
      // The officers are Staff rows a handler (Staff: SELF) and a ward system (no Staff) cannot read: hidden from
      // them rather than null on one path and a person on another.
      designatedOn: STAMP,
      designatedBy: { systemSet: true, hiddenFrom: ['HANDLER', 'INTEGRATION'] },
      designatedAt: STAMP,
      revokedOn: STAMP,
      revokedBy: { systemSet: true, hiddenFrom: ['HANDLER', 'INTEGRATION'] },
      revokedAt: STAMP,
      inForce: STAMP,
      version: STAMP,
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
      // SHA-256 of the five texts (precautionsContentHash): what an acknowledgement proves it saw.
      contentHash: STAMP,
      current: STAMP,
      publishedAt: STAMP,
      // The officer is a Staff row a handler cannot read (Staff: SELF).
      publishedBy: { systemSet: true, hiddenFrom: ['HANDLER'] },
      supersededAt: STAMP,
    },
  },
  PrecautionAcknowledgement: {
    article: '第9条第2項',
    label: { ja: '留意事項の確認', en: 'Acknowledgement of precautions' },
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'SELF' },
    write: { HANDLER: 'SELF' },
    // The exact text acknowledged: the immutable version (`precautions`, `version`) and its SHA-256 (`contentHash`).
    fields: { id: ID, handler: STAMP, precautions: STAMP, version: STAMP, contentHash: STAMP, acknowledgedAt: STAMP },
  },

  // ── 第10条: printed forms ───────────────────────────────────────────────────────────────────
  StoragePlace: {
    article: '第10条第2項',
    label: { ja: '保管場所（書庫等）', en: 'Storage place' },
    integrationScope: 'forms',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION', INTEGRATION: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION' },
    fields: {
      id: ID,
      section: TEXT,
      name: TEXT,
      lockable: TEXT,
      location: TEXT,
      heldQuantity: STAMP,
      createdBy: RECORDER,
      createdAt: STAMP,
      version: STAMP,
    },
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
      keepUntil: TEXT,
      status: STAMP,
      storedQuantity: STAMP,
      disposedQuantity: STAMP,
      disposalDueDate: STAMP,
      daysOverdue: STAMP,
      storages: STAMP,
      moves: STAMP,
      disposals: STAMP,
      recordedBy: RECORDER,
      recordedAt: STAMP,
      version: STAMP,
    },
  },
  FormStorage: {
    article: '第10条第2項',
    label: { ja: '帳票の保管', en: 'Printed-form storage' },
    integrationScope: 'forms',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION', INTEGRATION: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION' },
    fields: {
      id: ID,
      output: TEXT,
      place: TEXT,
      quantity: STAMP,
      breakdown: TEXT,
      storedOn: TEXT,
      recordedBy: RECORDER,
      recordedAt: STAMP,
      version: STAMP,
    },
  },
  FormMove: {
    article: '第10条第2項',
    label: { ja: '帳票の保管・移動の記録', en: 'Printed-form storage movement' },
    integrationScope: 'forms',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION', INTEGRATION: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION' },
    fields: {
      id: ID,
      output: TEXT,
      kind: TEXT,
      fromPlace: TEXT,
      toPlace: TEXT,
      quantity: TEXT,
      movedOn: TEXT,
      recordedBy: RECORDER,
      recordedAt: STAMP,
    },
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
      placeQuantityBefore: STAMP,
      storedBefore: STAMP,
      disposedBefore: STAMP,
      recordedBy: RECORDER,
      recordedAt: STAMP,
    },
  },

  // ── 第10条の2〜第10条の4: resident cards ─────────────────────────────────────────────────────
  ResidentCard: {
    article: '第10条の2第1項',
    label: { ja: '住民基本台帳カード（保管中の1枚ごと）', en: 'Resident card (each card kept)' },
    integrationScope: 'cards',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION', INTEGRATION: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION' },
    fields: {
      id: ID,
      serial: TEXT,
      section: STAMP,
      place: STAMP,
      placeId: TEXT,
      placeName: STAMP,
      state: STAMP,
      disposalReason: STAMP,
      awaitingDisposalSince: STAMP,
      disposalDueOn: STAMP,
      daysOverdue: STAMP,
      receivedAt: STAMP,
      version: STAMP,
    },
  },
  CardMovement: {
    article: '第10条の2第1項',
    label: { ja: '住民基本台帳カードの受払', en: 'Resident-card movement' },
    integrationScope: 'cards',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION', INTEGRATION: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION' },
    fields: {
      id: ID,
      section: STAMP,
      card: STAMP,
      cardSerial: STAMP,
      kind: TEXT,
      fromState: STAMP,
      toState: STAMP,
      fromPlaceName: STAMP,
      place: STAMP,
      placeName: STAMP,
      reason: TEXT,
      occurredAt: STAMP,
      // Handlers read only their own Staff row and ward systems none: who recorded is hidden from them.
      recordedBy: { systemSet: true, hiddenFrom: ['INTEGRATION', 'HANDLER'] },
    },
  },
  CardStockTake: {
    article: '第10条の2第1項',
    label: { ja: '住民基本台帳カードの棚卸し', en: 'Resident-card stock-take' },
    integrationScope: 'cards',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION' },
    fields: {
      id: ID,
      section: STAMP,
      place: STAMP,
      placeId: TEXT,
      placeName: STAMP,
      state: TEXT,
      countedOn: TEXT,
      counted: TEXT,
      derived: STAMP,
      difference: STAMP,
      recordedBy: { systemSet: true, hiddenFrom: ['HANDLER'] },
      recordedAt: STAMP,
    },
  },
  CardLossReport: {
    article: '第10条の2第2項',
    label: { ja: '住民基本台帳カードの紛失・盗難報告', en: 'Resident-card loss or theft report' },
    integrationScope: 'cards',
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION' },
    write: { SECURITY_OFFICER: 'OWN_SECTION', HANDLER: 'OWN_SECTION' },
    fields: {
      id: ID,
      section: STAMP,
      card: STAMP,
      cardSerial: STAMP,
      placeName: STAMP,
      kind: TEXT,
      discoveredAt: TEXT,
      circumstances: PERSONAL,
      reportedBy: { systemSet: true, hiddenFrom: ['HANDLER'] },
      reportedAt: STAMP,
    },
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
      card: STAMP,
      cardSerial: STAMP,
      placeName: STAMP,
      reason: STAMP,
      method: TEXT,
      methodDescription: TEXT,
      icChipDestroyed: TEXT,
      performer: TEXT,
      witness: TEXT,
      awaitingSince: STAMP,
      disposedOn: TEXT,
      daysLate: STAMP,
      recordedBy: { systemSet: true, hiddenFrom: ['HANDLER'] },
      recordedAt: STAMP,
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
      // The staff member who guided (a Staff relation): hidden from handlers and ward systems, who cannot
      // read the staff member behind it (null for some readers and a person for others otherwise).
      guidedBy: RECORDER,
      recordedAt: STAMP,
    },
  },

  // ── 第6条第3項第2号: compliance review ───────────────────────────────────────────────────────
  ComplianceCheck: {
    article: '第6条第3項第2号',
    label: { ja: '遵守状況の確認', en: 'Compliance check' },
    read: { ...LEADERSHIP_READ, SECURITY_OFFICER: 'OWN_SECTION', IT_DIVISION_HEAD: 'CITY' },
    write: {},
    fields: {
      id: ID,
      checkId: STAMP,
      article: STAMP,
      chapter: STAMP,
      title: STAMP,
      compliant: STAMP,
      status: STAMP,
      count: STAMP,
      reason: STAMP,
      asOf: STAMP,
      profileId: STAMP,
      offenders: STAMP,
    },
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
  'Query.complianceReport': {
    article: '第6条第3項第2号',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'IT_DIVISION_HEAD', 'SECURITY_OFFICER'],
    note: {
      ja: '遵守状況の確認（各条の確認項目を評価日時点の記録と要綱で評価）。全市を参照できる役割は全市、情報セキュリティ責任者は自課の記録のみ（PERMISSION_MATRIX.ComplianceCheck）。全市を対象とする項目は全市を参照できる役割のみ評価できる',
      en: 'The compliance review: each checkable article evaluated against the records and guidelines of the date; city-wide readers over the city, a security officer over their own sections only (PERMISSION_MATRIX.ComplianceCheck); city-wide checks are evaluable only for city-wide readers',
    },
  },
  'Query.complianceCheck': {
    article: '第6条第3項第2号',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'IT_DIVISION_HEAD', 'SECURITY_OFFICER'],
    note: {
      ja: '確認項目を1件評価し、違反している記録を順にたどる。行の範囲は complianceReport と同じ',
      en: 'One compliance check, to page through its offending records; rows as in complianceReport',
    },
  },
  'Query.complianceReportCsv': {
    article: '第6条第3項第2号',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'IT_DIVISION_HEAD', 'SECURITY_OFFICER'],
    note: {
      ja: '情報セキュリティ会議の遵守状況の確認に用いるCSV（Excel用）。行の範囲は complianceReport と同じ',
      en: 'The report as an Excel-ready CSV for the security council; rows as in complianceReport',
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
  'Query.notifications': {
    article: '第10条の2第2項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'SECURITY_OFFICER', 'INTEGRATION'],
    note: {
      ja: 'ダッシュボードの通知（カードの紛失・盗難の報告等）。情報システム責任者等は全市、情報セキュリティ責任者・区システムは自課の分のみ。既読は職員ごと',
      en: 'The dashboard’s notifications (lost or stolen cards…): city-wide for the system officer and the leadership, own section for a security officer or a ward system; read per person',
    },
  },
  'Query.unreadNotificationCount': {
    article: '第10条の2第2項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'SECURITY_OFFICER'],
    note: { ja: '自分が未読の通知の件数（読める範囲の通知のみ）', en: 'How many notifications the caller has not read (of those they may read)' },
  },
  'Mutation.markNotificationsRead': {
    article: '第10条の2第2項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'SECURITY_OFFICER'],
    note: {
      ja: '自分が読める通知を自分について既読にする（他の職員の未読は変わらない）。範囲外の通知は存在しないものと同じ扱い',
      en: 'Marks notifications the caller may read as read by the caller only (others’ unread state is unchanged); one out of reach is treated as non-existent',
    },
  },
  'Subscription.notificationAdded': {
    article: '第10条の2第2項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'SECURITY_OFFICER', 'INTEGRATION'],
    note: {
      ja: '新しい通知をWebSocket（graphql-ws）で直ちに受け取る。接続時にセッション又はAPIトークンで認証し、読める範囲の通知だけが届く。どのAPIプロセスで書かれた通知も届く',
      en: 'New notifications pushed over WebSocket (graphql-ws) at once; authenticated by session or API token when connecting, only rows the subscriber may read, whichever API process wrote them',
    },
  },
  'Query.pinGuidanceRecords': {
    article: '第10条の4',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER', 'INTEGRATION'],
    note: {
      ja: '暗証番号の周知の記録（交付ごと）。全市を参照できる役割は全市、情報セキュリティ責任者・取扱者・区システムは自課の分',
      en: 'The PIN guidance records (one per issuance): city-wide readers city-wide, security officers, handlers and ward systems their own section',
    },
  },
  'Query.pinGuidanceRecordsCsv': {
    article: '第10条の4',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER', 'INTEGRATION'],
    note: { ja: '暗証番号の周知の記録のCSV（UTF-8 BOM付き、日本語の見出し）。行と項目はpinGuidanceRecordsと同じ', en: 'The PIN guidance records as CSV (UTF-8 with BOM, Japanese headers); same rows and fields as pinGuidanceRecords' },
  },
  'Mutation.recordPinGuidance': {
    article: '第10条の4',
    audience: ['SECURITY_OFFICER', 'HANDLER', 'INTEGRATION'],
    note: {
      ja: '交付ごとに、申請者自身が暗証番号を入力し（第2号）カードを抜き差しした（第3号）ことを記録する。両方が確認できなければ拒否。自課の交付のみ。暗証番号は受け取らない',
      en: 'Records per issuance that the applicant entered the PIN (item 2) and inserted the card (item 3) themselves; refused without both; own section only. No PIN is ever sent',
    },
  },
  'Query.apiClients': {
    article: '第19条の2第1項第4号',
    audience: ['SYSTEM_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR'],
    note: { ja: 'APIクライアントの一覧（定期的な見直し）', en: 'The API clients, for their periodic review' },
  },
  // ── 第8条・第9条・第12条第7号: handlers and handling precautions ─────────────────────────────
  'Query.handlerDesignations': {
    article: '第12条第7号',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER', 'INTEGRATION'],
    note: {
      ja: '取扱者管理台帳（所属・職・氏名・権限）。情報セキュリティ責任者は自課、取扱者は自分の指名のみ（PERMISSION_MATRIX.HandlerDesignation）',
      en: 'The handler ledger (unit, title, name, permissions): a security officer sees their section, a handler their own designations',
    },
  },
  'Query.handlerLedgerCsv': {
    article: '第12条第7号',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER', 'INTEGRATION'],
    note: {
      ja: '取扱者管理台帳のCSV（BOM付きUTF-8、日本語見出し）。行と項目は handlerDesignations と同じ範囲・権限で読む',
      en: 'The handler ledger as CSV (UTF-8 with BOM, Japanese headers), rows and fields exactly as handlerDesignations returns them',
    },
  },
  'Query.handlersNotAcknowledged': {
    article: '第9条第2項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER'],
    note: {
      ja: '現行版の留意事項を確認していない取扱者（指名中のもの）。行の範囲は HandlerDesignation の読取範囲',
      en: 'Designated handlers who have not acknowledged the current precautions of their section; rows as far as HandlerDesignation reads',
    },
  },
  'Query.handlingPrecautions': {
    article: '第9条第1項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER', 'IT_DIVISION_HEAD'],
    note: {
      ja: '課ごとの本人確認情報の取扱上の留意事項（全版）。取扱者・情報セキュリティ責任者は自課のもの',
      en: 'Each section’s handling precautions, every version; handlers and security officers see their own section’s',
    },
  },
  'Query.precautionAcknowledgements': {
    article: '第9条第2項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER'],
    note: {
      ja: '留意事項の確認の記録（確認した版とその文面のハッシュ）。取扱者は自分の確認のみ',
      en: 'Acknowledgements of precautions (the version and the hash of its text); a handler sees only their own',
    },
  },
  'Mutation.designateHandler': {
    article: '第8条',
    audience: STAFF_AUDIENCE,
    note: {
      ja: 'その職員の課の情報セキュリティ責任者だけが指名できる（その課の取扱者の役割を指名日から付与）。それ以外の者の試行は FORBIDDEN とし、操作履歴に記録する',
      en: 'Only the security officer of the person’s section designates (granting the HANDLER role for that section from the day of designation); anyone else is refused with FORBIDDEN and the attempt is audited',
    },
  },
  'Mutation.revokeHandlerDesignation': {
    article: '第8条',
    audience: STAFF_AUDIENCE,
    note: {
      ja: '指名した課の情報セキュリティ責任者だけが解除できる（取扱者の役割は直ちに終了）。それ以外の者の試行は FORBIDDEN とし、操作履歴に記録する',
      en: 'Only the security officer of the designation’s section revokes it (the HANDLER role ends at once); anyone else is refused with FORBIDDEN and the attempt is audited',
    },
  },
  'Mutation.publishHandlingPrecautions': {
    article: '第9条第1項',
    audience: STAFF_AUDIENCE,
    note: {
      ja: '自課の情報セキュリティ責任者が新しい版を定める。全取扱者が未確認に戻る。それ以外の者の試行は FORBIDDEN とし、操作履歴に記録する',
      en: 'The section’s own security officer publishes a new version, making every handler of the section unacknowledged; anyone else is refused with FORBIDDEN and audited',
    },
  },
  'Mutation.acknowledgeHandlingPrecautions': {
    article: '第9条第2項',
    audience: STAFF_AUDIENCE,
    note: {
      ja: '指名された取扱者本人が自課の現行版を確認する（本人のみ）',
      en: 'A designated handler acknowledges the current version of their own section’s precautions, for themselves only',
    },
  },

  // ── 第10条: the printed-form ledger ─────────────────────────────────────────────────────────
  'Query.storagePlaces': {
    article: '第10条第2項',
    audience: FORM_READERS,
    note: { ja: '帳票の保管場所（書庫等）の一覧。行の範囲は役割ごと（全市又は自課）', en: 'The storage places (cabinets), city-wide or own section by role' },
  },
  'Query.printedFormOutputs': {
    article: '第10条第1項',
    audience: FORM_READERS,
    note: {
      ja: '出力帳票の記録の一覧（状態・出力年月日・課で絞込み）。行の範囲は役割ごと（全市又は自課）',
      en: 'The printed-form output records (filter by status, output date, section), city-wide or own section by role',
    },
  },
  'Query.printedFormsOverdue': {
    article: '第10条第3項',
    audience: FORM_READERS,
    note: {
      ja: '保管期間を過ぎ、廃棄期限（forms.disposalDueDays）を過ぎてもなお廃棄されていない帳票（速やかに廃棄）',
      en: 'Forms past their keeping period and the disposal deadline (forms.disposalDueDays) not yet disposed of (速やかに)',
    },
  },
  'Query.formInventory': {
    article: '第10条第2項',
    audience: FORM_READERS,
    note: { ja: '課・保管場所ごとの保管帳票の在庫', en: 'The forms kept, per section and storage place' },
  },
  'Query.printedFormOutputsCsv': {
    article: '第10条第1項',
    audience: FORM_READERS,
    note: {
      ja: '出力帳票の記録のCSV（一覧と同じ行の範囲・項目の権限。マスクされる項目はマスクのまま）',
      en: 'The output records as CSV, under the same row scope and field access as the list (masked fields stay masked)',
    },
  },
  'Mutation.createStoragePlace': {
    article: '第10条第2項',
    audience: ['SECURITY_OFFICER'],
    note: { ja: '情報セキュリティ責任者が自課の保管場所（書庫等）を登録する', en: 'A security officer registers a storage place of their own section' },
  },
  'Mutation.updateStoragePlace': {
    article: '第10条第2項',
    audience: ['SECURITY_OFFICER'],
    note: {
      ja: '自課の保管場所の名称・所在・施錠の可否を変更する（帳票を保管中の場所は施錠できない場所に変更できない）',
      en: 'Changes a storage place of one’s own section; a place holding forms cannot become unlockable',
    },
  },
  'Mutation.recordFormOutput': {
    article: '第10条第1項',
    audience: ['SECURITY_OFFICER', 'HANDLER', 'INTEGRATION'],
    note: { ja: '自課で出力した帳票を記録する（第1項各号）', en: 'Records a form output by one’s own section (item 1, all its points)' },
  },
  'Mutation.storeForms': {
    article: '第10条第2項',
    audience: ['SECURITY_OFFICER', 'HANDLER'],
    note: { ja: '帳票を施錠できる書庫等に保管した記録（数量・内訳）', en: 'Records forms put in a lockable cabinet (quantity and breakdown)' },
  },
  'Mutation.moveForms': {
    article: '第10条第2項',
    audience: ['SECURITY_OFFICER', 'HANDLER'],
    note: { ja: '保管場所間の帳票の移動を記録する', en: 'Records forms moved between storage places' },
  },
  'Mutation.disposeForms': {
    article: '第10条第3項',
    audience: ['SECURITY_OFFICER'],
    note: {
      ja: '記録と突き合わせて帳票を廃棄する（焼却・溶解・裁断）。不一致はすべて示して拒否する',
      en: 'Disposes of forms after reconciling them with the records (incineration, dissolving, shredding); every mismatch is named and the disposal refused',
    },
  },
  'Query.residentCards': {
    article: '第10条の2第1項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER', 'INTEGRATION'],
    note: {
      ja: '住民基本台帳カード（1枚ごとの状態と保管場所）。情報セキュリティ責任者・取扱者・区システムは自課のカードのみ',
      en: 'Resident cards, each with its state and place; security officers, handlers and ward systems see their own section’s only',
    },
  },
  'Query.overdueResidentCards': {
    article: '第10条の3第1号',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER'],
    note: {
      ja: '廃棄期限（プロファイルの cards.disposalDueDays）を過ぎて廃棄待ちのカード',
      en: 'Cards awaiting disposal past the profile’s limit (cards.disposalDueDays)',
    },
  },
  'Query.residentCardStock': {
    article: '第10条の2第1項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER', 'INTEGRATION'],
    note: {
      ja: '課・保管場所・状態ごとの枚数。受払の記録から集計する（手入力しない）',
      en: 'Counts per section, place and state, derived from the recorded movements (never typed in)',
    },
  },
  'Query.residentCardStockCsv': {
    article: '第10条の2第1項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER'],
    note: { ja: '保管枚数のCSV（UTF-8 BOM付き、日本語見出し）', en: 'The stock as CSV (UTF-8 with BOM, Japanese headers)' },
  },
  'Query.cardMovements': {
    article: '第10条の2第1項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER', 'INTEGRATION'],
    note: { ja: '住民基本台帳カードの受払の記録', en: 'The movements of resident cards' },
  },
  'Query.cardMovementsCsv': {
    article: '第10条の2第1項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER'],
    note: { ja: '受払の記録のCSV', en: 'The movements as CSV' },
  },
  'Query.cardStockTakes': {
    article: '第10条の2第1項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER'],
    note: { ja: '棚卸しの記録（実査枚数・集計枚数・差異）', en: 'Stock-takes: counted, derived and the difference' },
  },
  'Query.cardStockTakesCsv': {
    article: '第10条の2第1項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER'],
    note: { ja: '棚卸しの記録のCSV', en: 'The stock-takes as CSV' },
  },
  'Query.cardLossReports': {
    article: '第10条の2第2項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER'],
    note: { ja: '紛失・盗難の報告', en: 'Loss and theft reports' },
  },
  'Query.cardLossReportsCsv': {
    article: '第10条の2第2項',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER'],
    note: { ja: '紛失・盗難の報告のCSV', en: 'The loss and theft reports as CSV' },
  },
  'Query.cardDisposals': {
    article: '第10条の3',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER'],
    note: { ja: '住民基本台帳カードの廃棄の記録（理由・方法・ICチップの破壊・立会者）', en: 'Card disposals: reason, method, IC chip destroyed, witness' },
  },
  'Query.cardDisposalsCsv': {
    article: '第10条の3',
    audience: ['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'AUDITOR', 'SECURITY_OFFICER', 'HANDLER'],
    note: { ja: '廃棄の記録のCSV', en: 'The disposals as CSV' },
  },
  'Mutation.receiveResidentCards': {
    article: '第10条の2第1項',
    audience: ['SECURITY_OFFICER', 'HANDLER'],
    note: {
      ja: '未印刷のカードを番号ごとに自課の施錠できる保管場所へ受け入れる',
      en: 'Receives blank cards by number into a lockable place of one’s own section',
    },
  },
  'Mutation.recordCardMovement': {
    article: '第10条の2第1項',
    audience: ['SECURITY_OFFICER', 'HANDLER'],
    note: {
      ja: '券面印刷・交付・発行失敗・廃棄待ち・保管場所の移動を記録する。状態遷移の規則と版（version）を確認する',
      en: 'Records printing, issue, spoilage, setting aside for disposal or a move between places, under the life-cycle rules and the card’s version',
    },
  },
  'Mutation.recordCardStockTake': {
    article: '第10条の2第1項',
    audience: ['SECURITY_OFFICER'],
    note: {
      ja: '保管場所の棚卸し。実査枚数を受払からの集計と比べ、差異を記録して情報システム責任者に通知する',
      en: 'A stock-take of a place: counted against derived, differences recorded and notified to the system officer',
    },
  },
  'Mutation.reportResidentCardLost': {
    article: '第10条の2第2項',
    audience: ['SECURITY_OFFICER', 'HANDLER'],
    note: {
      ja: '紛失・盗難を直ちに報告する。カードの状態を変え、同じ処理で情報システム責任者に通知する',
      en: 'Reports a loss or theft at once: the card’s state changes and the system officer is notified in the same transaction',
    },
  },
  'Mutation.disposeResidentCard': {
    article: '第10条の3',
    audience: ['SECURITY_OFFICER'],
    note: {
      ja: '廃棄待ちのカードを廃棄する（焼却・溶解・裁断等、ICチップの物理的破壊、立会者）。ICチップを破壊していない廃棄は拒否する',
      en: 'Disposes of a card awaiting disposal (incineration, dissolving, shredding…, IC chip physically destroyed, witness); refused without the chip destroyed',
    },
  },
};
