import type { RuleDefinition } from '../core/rule-definition';

export const DISPOSAL_RULES: readonly RuleDefinition[] = [];
