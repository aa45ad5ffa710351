import type { RuleDefinition } from '../core/rule-definition';

export const AUTHORITY_RULES: readonly RuleDefinition[] = [];
