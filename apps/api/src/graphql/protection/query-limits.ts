import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';

/**
 * Static limits of one GraphQL document, checked once per distinct query (Apollo caches validated
 * documents) before anything runs. Breaking one is GRAPHQL_VALIDATION_FAILED (HTTP 400). The row bound of
 * nested connections is checked by the authorization pass (MAX_ROWS_PER_OPERATION).
 */
export const QUERY_LIMITS = {
  /** Field nesting: enough for a connection inside a connection with a parent chain (Relay adds two levels each). */
  maxDepth: 12,
  /**
   * graphql-armor's cost: objects 2, scalars 1, ×1.5 per level, × a literal `first`/`last`. A 100-item
   * page with two nested relations costs ≈ 50,000; the breadth of variable page sizes is bounded by the
   * authorization pass (MAX_ROWS_PER_OPERATION), which counts literals and variables alike.
   */
  maxCost: 100_000,
  maxAliases: 15,
  maxDirectives: 50,
  /** Lexical tokens of the document, enforced by graphql-js's parser (GRAPHQL_PARSE_FAILED). */
  maxTokens: 2_000,
} as const;

/** graphql-armor's depth, cost, alias and directive limits as validation rules. */
export function queryLimitRules(): ValidationRule[] {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // The token limit is graphql-js's own (Apollo `parseOptions.maxTokens`): one parse, not two.
    maxTokens: { enabled: false },
    // Apollo's ApolloServerPluginDisableSuggestions does this in production; developers keep suggestions.
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}
