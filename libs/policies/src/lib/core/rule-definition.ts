import type { ArticleRef } from '../articles/articles';
import type { LocalizedText } from '../i18n/localized-text';
import type { MessageCode } from '../i18n/message-catalogue';

/**
 * The catalogue entry of a rule: what it enforces, where the guidelines say so, which profile
 * parameters it reads (dotted paths into PolicyProfile) and which violation codes it can return.
 */
export interface RuleDefinition {
  /** Stable id, `art<article>.<name>`, e.g. `art21.passwordStrength`. */
  readonly id: string;
  readonly article: ArticleRef;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly parameters: readonly string[];
  readonly codes: readonly MessageCode[];
}
