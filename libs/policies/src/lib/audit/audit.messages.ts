import type { CatalogueSection } from '../i18n/message-catalogue.types';

/** Operation history (第19条第1項): the tamper-evident audit trail, its verification, purge and legal holds. */
export const AUDIT_MESSAGES = {
  'AUDIT.INVALID_EVENT': {
    article: '第19条第1項',
    ja: '操作履歴の項目「{field}」の形式が正しくありません（操作履歴には識別子のみを記録し、自由記述や秘密情報は記録しません）。',
    en: 'The operation-history field "{field}" is malformed (only identifiers are recorded: no free text, no secret).',
  },
  'AUDIT.CHAIN_BROKEN': {
    article: '第19条第1項',
    ja: '操作履歴の連鎖が{sequence}番で途切れています（{reason}）。改ざんの可能性があるため、調査が終わるまで削除できません。',
    en: 'The operation-history chain is broken at number {sequence} ({reason}). It may have been tampered with; nothing is purged until that is investigated.',
  },
  'AUDIT.ANCHOR_INVALID': {
    article: '第19条第1項',
    ja: '照合用のハッシュ（アンカー）は、1以上の連番と64桁の16進数のハッシュの組で、{max}件以内で指定してください。',
    en: 'Anchors are pairs of a sequence (1 or more) and a 64-digit hexadecimal hash, at most {max} of them.',
  },
  'AUDIT.PURGE_LIMIT_INVALID': {
    article: '第19条第1項',
    ja: '一度に削除できる操作履歴は1件以上{max}件以下です。',
    en: 'Between 1 and {max} operation-history events can be purged at once.',
  },
  'AUDIT.LEGAL_HOLD_SCOPE_REQUIRED': {
    article: '第19条第1項',
    ja: '保全措置（リーガルホールド）には、対象期間又は記録の種類の少なくとも一方を指定してください。',
    en: 'A legal hold must cover a time range or a record type (or both).',
  },
  'AUDIT.LEGAL_HOLD_RANGE_INVALID': {
    article: '第19条第1項',
    ja: '保全措置の対象期間の終わりは、始まりより後にしてください。',
    en: 'The end of a legal hold’s time range must be after its start.',
  },
  'AUDIT.LEGAL_HOLD_REFERENCE_INVALID': {
    article: '第19条第1項',
    ja: '保全措置の事案番号は、英数字・ハイフン等で64文字以内、理由は1文字以上500文字以内で入力してください。',
    en: 'A legal hold’s case reference must be at most 64 letters, digits or hyphens, and its reason 1 to 500 characters.',
  },
  'AUDIT.LEGAL_HOLD_NOT_FOUND': {
    article: '第19条第1項',
    ja: '指定された保全措置は存在しません。',
    en: 'There is no such legal hold.',
  },
  'AUDIT.LEGAL_HOLD_ALREADY_RELEASED': {
    article: '第19条第1項',
    ja: 'この保全措置は既に解除されています。',
    en: 'This legal hold has already been released.',
  },
  'AUDIT.LEGAL_HOLD_STALE': {
    article: '第19条第1項',
    ja: 'この保全措置は他の操作により変更されています。最新の内容を確認してから操作してください。',
    en: 'This legal hold was changed by someone else. Reload it and try again.',
  },
} as const satisfies CatalogueSection;
