import type { RuleDefinition } from '../core/rule-definition';

export const PASSWORD_RULES: readonly RuleDefinition[] = [];
