import type { RuleDefinition } from '../core/rule-definition';

export const PERMISSION_RULES: readonly RuleDefinition[] = [];
