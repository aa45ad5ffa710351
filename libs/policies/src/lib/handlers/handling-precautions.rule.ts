import { result, violation, type RuleResult, type Violation } from '../core/violation';
import type { LocalizedText } from '../i18n/localized-text';
import { HANDLER_PERMISSIONS, type HandlerPermission } from './handler-permission';

export const HANDLER_PERMISSIONS_RULE_ID = 'art12.handlerLedgerPermissions';
export const PRECAUTIONS_COMPLETE_RULE_ID = 'art9.precautionsComplete';
export const PRECAUTIONS_ACKNOWLEDGED_RULE_ID = 'art9.precautionsAcknowledged';

/** 第9条第1項第1号〜第5号: the five categories of the handling precautions, in the order of the article. */
export const PRECAUTION_CATEGORIES = ['screenDisplay', 'integrity', 'searchAndExtract', 'storageOnDisk', 'printing'] as const;
export type PrecautionCategory = (typeof PRECAUTION_CATEGORIES)[number];

export const PRECAUTION_CATEGORY_LABELS: Readonly<Record<PrecautionCategory, LocalizedText & { readonly article: `第9条第1項第${number}号` }>> = {
  screenDisplay: { article: '第9条第1項第1号', ja: '画面表示する場合に留意すべき事項', en: 'Screen display' },
  integrity: { article: '第9条第1項第2号', ja: '整合性を確保する場合に留意すべき事項', en: 'Integrity' },
  searchAndExtract: { article: '第9条第1項第3号', ja: '検索・抽出する場合に留意すべき事項', en: 'Search and extraction' },
  storageOnDisk: { article: '第9条第1項第4号', ja: '磁気ディスクに保管する場合に留意すべき事項', en: 'Storage on magnetic disk' },
  printing: { article: '第9条第1項第5号', ja: '帳票出力する場合に留意すべき事項', en: 'Printing forms' },
};

/** The text of one version of a section's handling precautions: one text per category of 第9条第1項. */
export type PrecautionTexts = Readonly<Record<PrecautionCategory, string>>;

/** The longest text of one category (a `text` column; a page of guidance, not a book). */
export const MAX_PRECAUTION_TEXT = 4_000;

/** 第12条第7号: a handler holds at least one permission, each of the closed list, each once. */
export function checkHandlerPermissions(permissions: readonly string[]): RuleResult {
  const violations: Violation[] = [];
  if (permissions.length === 0) violations.push(violation(HANDLER_PERMISSIONS_RULE_ID, 'HANDLERS.NO_PERMISSION'));
  for (const permission of new Set(permissions)) {
    if (!(HANDLER_PERMISSIONS as readonly string[]).includes(permission)) {
      violations.push(violation(HANDLER_PERMISSIONS_RULE_ID, 'HANDLERS.UNKNOWN_PERMISSION', { permission }));
    }
  }
  return result(violations);
}

/** The permissions in the order of HANDLER_PERMISSIONS, each once (how they are stored and shown). */
export function normaliseHandlerPermissions(permissions: readonly HandlerPermission[]): HandlerPermission[] {
  const given = new Set(permissions);
  return HANDLER_PERMISSIONS.filter((p) => given.has(p));
}

/**
 * 第9条第1項: the precautions a security officer presents cover all five categories — each one written out
 * (not blank) and of a sensible length. Every missing category is named.
 */
export function checkPrecautionTexts(texts: Readonly<Record<string, string | null | undefined>>): RuleResult {
  const violations: Violation[] = [];
  for (const category of PRECAUTION_CATEGORIES) {
    const text = texts[category];
    const label = PRECAUTION_CATEGORY_LABELS[category].ja;
    if (typeof text !== 'string' || text.trim() === '') {
      violations.push(violation(PRECAUTIONS_COMPLETE_RULE_ID, 'HANDLERS.PRECAUTION_MISSING', { category: label }));
    } else if ([...text].length > MAX_PRECAUTION_TEXT) {
      violations.push(violation(PRECAUTIONS_COMPLETE_RULE_ID, 'HANDLERS.PRECAUTION_TOO_LONG', { category: label, max: MAX_PRECAUTION_TEXT }));
    }
  }
  return result(violations);
}

/** Where a handler stands with the precautions of their section (第9条第2項). */
export type AcknowledgementStatus =
  /** The section has published no precautions yet: nothing has been presented (a 第9条第1項 gap). */
  | 'NO_PRECAUTIONS'
  /** The handler acknowledged the current version. */
  | 'CURRENT'
  /** The handler acknowledged only an earlier version: a new version needs a new acknowledgement. */
  | 'OUTDATED'
  /** The handler never acknowledged any version. */
  | 'NEVER';

/**
 * 第9条第2項: a handler keeps the precautions of the version in force; an acknowledgement of an earlier version
 * does not count for a later one. `acknowledgedVersions` are the document versions the handler acknowledged
 * for this section; `currentVersion` is null when none was published.
 */
export function acknowledgementStatus(currentVersion: number | null, acknowledgedVersions: readonly number[]): AcknowledgementStatus {
  if (currentVersion === null) return 'NO_PRECAUTIONS';
  if (acknowledgedVersions.includes(currentVersion)) return 'CURRENT';
  return acknowledgedVersions.length > 0 ? 'OUTDATED' : 'NEVER';
}
