import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';

/** What a resolver needs to look ahead into its own selection (from its GraphQLResolveInfo). */
export interface Lookahead {
  readonly schema: GraphQLSchema;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variableValues: Readonly<Record<string, unknown>>;
}

export function lookaheadOf(info: GraphQLResolveInfo): Lookahead {
  return { schema: info.schema, fragments: info.fragments, variableValues: info.variableValues };
}

/** One selected field below an object: its name, arguments, the field nodes (for going deeper) and its type. */
export interface SelectedField {
  readonly name: string;
  readonly args: Readonly<Record<string, unknown>>;
  readonly nodes: readonly FieldNode[];
  /** The object type the field returns (unwrapped), when it is one. */
  readonly type: GraphQLObjectType | null;
}

/**
 * The fields selected on `type` by `nodes` (aliases, fragments, inline fragments and @skip/@include as
 * graphql-js applies them), one entry per response key: a resolver sees here which relations its rows will
 * be asked for, and fetches them with the rows (one statement per relation and level, like its DataLoaders)
 * instead of leaving one promise per row and relation to the executor.
 */
export function selectedFields(lookahead: Lookahead, type: GraphQLObjectType, nodes: readonly FieldNode[]): SelectedField[] {
  const collected = collectSubfields(
    lookahead.schema,
    lookahead.fragments as Record<string, FragmentDefinitionNode>,
    lookahead.variableValues as Record<string, unknown>,
    type,
    nodes,
  );
  const fields = type.getFields();
  const out: SelectedField[] = [];
  for (const group of collected.values()) {
    const first = group[0];
    if (!first) continue;
    const definition = fields[first.name.value];
    if (!definition) continue;
    const named = getNamedType(definition.type);
    out.push({
      name: first.name.value,
      args: getArgumentValues(definition, first, lookahead.variableValues as Record<string, unknown>),
      nodes: group,
      type: isObjectType(named) ? named : null,
    });
  }
  return out;
}

/** The field nodes reached by following `path` (e.g. `['edges', 'node']`) from `nodes` on `type`. */
export function selectedPath(lookahead: Lookahead, type: GraphQLObjectType, nodes: readonly FieldNode[], path: readonly string[]): { type: GraphQLObjectType; nodes: FieldNode[] } | null {
  let currentType = type;
  let current: readonly FieldNode[] = nodes;
  for (const step of path) {
    const matches = selectedFields(lookahead, currentType, current).filter((f) => f.name === step);
    const next = matches.flatMap((m) => m.nodes);
    const nextType = matches[0]?.type;
    if (next.length === 0 || !nextType) return null;
    currentType = nextType;
    current = next;
  }
  return { type: currentType, nodes: [...current] };
}
