import type { ArticleRef } from '../articles/articles';
import type { LocalizedText, MessageParams } from '../i18n/localized-text';
import { localize, type MessageCode, catalogueEntry } from '../i18n/message-catalogue';

/** One way in which a record or an input breaks a rule. */
export interface Violation {
  readonly ruleId: string;
  readonly code: MessageCode;
  readonly article: ArticleRef;
  readonly params: MessageParams;
  readonly message: LocalizedText;
}

/** The outcome of a rule: every violation found, never just the first. */
export interface RuleResult {
  readonly ok: boolean;
  readonly violations: readonly Violation[];
}

export function violation(ruleId: string, code: MessageCode, params: MessageParams = {}): Violation {
  return { ruleId, code, article: catalogueEntry(code).article, params, message: localize(code, params) };
}

export function result(violations: readonly Violation[]): RuleResult {
  return { ok: violations.length === 0, violations };
}

export const OK: RuleResult = Object.freeze({ ok: true, violations: Object.freeze([]) as readonly Violation[] });
