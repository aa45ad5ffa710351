import type { Locale } from '@juki/policies';
import type {
  FormDisposalMethod,
  FormMoveKind,
  FormStatus,
  HandlerPermission,
  PrintedFormSort,
  AuditActorKind,
  AuditChainBreakReason,
  AuditOutcome,
  ComplianceStatus,
  LogonOutcome,
  OperatorIdCardStatus,
} from '../graphql/generated/graphql';
import type { CardMovementKind, NotificationKind, ResidentCardLossKind, ResidentCardState } from '../graphql/generated/graphql';

type Labels<T extends string> = Readonly<Record<T, Readonly<Record<Locale, string>>>>;

/** Labels of the API's enums, Japanese first (the enums' code names are never shown). */
export const AUDIT_OUTCOME_LABELS: Labels<AuditOutcome> = {
  SUCCESS: { ja: '成功', en: 'Success' },
  DENIED: { ja: '権限なし', en: 'Denied' },
  FAILED: { ja: '失敗', en: 'Failed' },
};

export const AUDIT_ACTOR_KIND_LABELS: Labels<AuditActorKind> = {
  STAFF: { ja: '職員', en: 'Staff' },
  API_CLIENT: { ja: '区のシステム', en: 'Ward system' },
  ANONYMOUS: { ja: '未サインイン', en: 'Not signed in' },
};

export const CHAIN_BREAK_LABELS: Labels<AuditChainBreakReason> = {
  ANCHOR_MISMATCH: { ja: '控えのハッシュと不一致', en: 'differs from a written-down hash' },
  CHECKPOINT_MISMATCH: { ja: '削除時のチェックポイントと不一致', en: 'does not continue the purge checkpoint' },
  HASH_MISMATCH: { ja: '内容が変更されている', en: 'the event was changed' },
  HEAD_MISMATCH: { ja: '末尾が一致しない', en: 'the chain does not end at its head' },
  PREVIOUS_HASH_MISMATCH: { ja: '直前の記録と連結していない', en: 'does not follow the previous event' },
  SEQUENCE_GAP: { ja: '連番の欠落', en: 'a gap in the sequence' },
};

export const LOGON_OUTCOME_LABELS: Labels<LogonOutcome> = {
  SUCCESS: { ja: '成功', en: 'Success' },
  BAD_CREDENTIALS: { ja: '番号又はパスワードの誤り', en: 'Wrong card number or password' },
  CARD_INACTIVE: { ja: '使用できないカード', en: 'Card not usable' },
  LOCKED: { ja: 'ロック中', en: 'Locked' },
  PASSWORD_EXPIRED: { ja: 'パスワード期限切れ', en: 'Password expired' },
  RATE_LIMITED: { ja: '試行回数の制限', en: 'Too many attempts' },
};

export const CARD_STATUS_LABELS: Labels<OperatorIdCardStatus> = {
  ISSUED: { ja: '交付済み（未有効化）', en: 'Issued (not active)' },
  ACTIVE: { ja: '使用中', en: 'Active' },
  RETURNED: { ja: '返却済み', en: 'Returned' },
  LOST: { ja: '紛失', en: 'Lost' },
  STOLEN: { ja: '盗難', en: 'Stolen' },
  REVOKED: { ja: '失効', en: 'Revoked' },
};

/** Statuses of a compliance check (第6条第3項第2号), worded as in the report's CSV. */
export const COMPLIANCE_STATUS_LABELS: Labels<ComplianceStatus> = {
  COMPLIANT: { ja: '適合', en: 'Compliant' },
  VIOLATION: { ja: '違反', en: 'Violation' },
  NOT_EVALUABLE: { ja: '評価不能', en: 'Not evaluable' },
};

/** 第10条の2第1項: the states of a resident card kept by a section. */
export const RESIDENT_CARD_STATE_LABELS: Labels<ResidentCardState> = {
  BLANK: { ja: '未印刷', en: 'Blank' },
  PRINTED: { ja: '券面印刷済み', en: 'Printed' },
  ISSUED: { ja: '交付済み', en: 'Issued' },
  AWAITING_DISPOSAL: { ja: '廃棄待ち', en: 'Awaiting disposal' },
  DISPOSED: { ja: '廃棄済み', en: 'Disposed of' },
  LOST: { ja: '紛失', en: 'Lost' },
  STOLEN: { ja: '盗難', en: 'Stolen' },
};

/** 受払 (第10条の2第1項): what happened to a card. */
export const CARD_MOVEMENT_KIND_LABELS: Labels<CardMovementKind> = {
  RECEIVED: { ja: '受入れ', en: 'Received' },
  PRINTED: { ja: '券面印刷', en: 'Printed' },
  ISSUED: { ja: '交付', en: 'Issued' },
  SPOILED: { ja: '発行失敗', en: 'Spoiled (issuance failure)' },
  MOVED_TO_DISPOSAL: { ja: '廃棄待ちへ', en: 'Set aside for disposal' },
  TRANSFERRED: { ja: '保管場所の移動', en: 'Transferred' },
  REPORTED_LOST: { ja: '紛失の報告', en: 'Reported lost' },
  REPORTED_STOLEN: { ja: '盗難の報告', en: 'Reported stolen' },
  DISPOSED: { ja: '廃棄', en: 'Disposed of' },
};

export const RESIDENT_CARD_LOSS_KIND_LABELS: Labels<ResidentCardLossKind> = {
  LOST: { ja: '紛失', en: 'Lost' },
  STOLEN: { ja: '盗難', en: 'Stolen' },
};

/** 第10条の2第2項: what a notification to the officers reports. */
export const NOTIFICATION_KIND_LABELS: Labels<NotificationKind> = {
  CARD_LOST: { ja: 'カードの紛失', en: 'Card lost' },
  CARD_STOLEN: { ja: 'カードの盗難', en: 'Card stolen' },
  STOCK_DIFFERENCE: { ja: '棚卸しの差異', en: 'Stock-take difference' },
};

// 第10条: the printed-form ledger.
export const FORM_STATUS_LABELS: Labels<FormStatus> = {
  OUTPUT: { ja: '出力（未保管）', en: 'Output (not stored)' },
  STORED: { ja: '保管中', en: 'Stored' },
  PARTLY_DISPOSED: { ja: '一部廃棄', en: 'Partly disposed of' },
  DISPOSED: { ja: '廃棄済み', en: 'Disposed of' },
};

export const FORM_DISPOSAL_METHOD_LABELS: Labels<FormDisposalMethod> = {
  INCINERATION: { ja: '焼却', en: 'Incineration' },
  DISSOLVING: { ja: '溶解', en: 'Dissolving' },
  SHREDDING: { ja: '裁断', en: 'Shredding' },
};

export const FORM_MOVE_KIND_LABELS: Labels<FormMoveKind> = {
  STORE: { ja: '保管', en: 'Stored' },
  MOVE: { ja: '移動', en: 'Moved' },
};

export const PRINTED_FORM_SORT_LABELS: Labels<PrintedFormSort> = {
  OUTPUT_DATE: { ja: '出力年月日', en: 'Output date' },
  KEEP_UNTIL: { ja: '保管期限', en: 'Keep until' },
  RECORDED_AT: { ja: '記録日時', en: 'Recorded at' },
};

// 第12条第7号: a handler's permissions.
export const HANDLER_PERMISSION_LABELS: Labels<HandlerPermission> = {
  INQUIRY: { ja: '照会', en: 'Inquiry' },
  SEARCH_EXTRACT: { ja: '検索・抽出', en: 'Search and extraction' },
  UPDATE: { ja: '更新', en: 'Update' },
  PRINT_FORMS: { ja: '帳票の出力', en: 'Printing forms' },
  CARD_ISSUANCE: { ja: 'カードの交付', en: 'Card issuance' },
};
