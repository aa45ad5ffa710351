import type { RuleDefinition } from '../core/rule-definition';

export const OPERATOR_RULES: readonly RuleDefinition[] = [];
