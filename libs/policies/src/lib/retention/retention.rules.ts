import type { RuleDefinition } from '../core/rule-definition';

export const RETENTION_RULES: readonly RuleDefinition[] = [];
