import type { RuleDefinition } from '../core/rule-definition';

export const FORM_RULES: readonly RuleDefinition[] = [];
