import type { RuleDefinition } from '../core/rule-definition';

export const NETWORK_RULES: readonly RuleDefinition[] = [];
