import type { RuleDefinition } from '../core/rule-definition';

export const CARD_RULES: readonly RuleDefinition[] = [];
