import {
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { connectionNodeType, isConnectionType, isStructuralType, matrixTypeOf } from '../authorization/structural-types';

/** One (type, field) the query selects on its way to the field under test: each must be readable. */
export interface PathStep {
  readonly type: string;
  readonly field: string;
}

export type PathKind = 'list' | 'alias' | 'fragment' | 'nested' | 'single' | 'node';

/**
 * One way to reach rows of a record type: a query with a hole for the field under test. `rows` picks the
 * rows (each with its id and the tested value) out of the response data.
 */
export interface MatrixPath {
  readonly kind: PathKind;
  /** The GraphQL type under test. */
  readonly type: string;
  /** `Query.x`: the operation the path calls. */
  readonly operation: string;
  /** The readable (type, field) pairs the path needs besides the tested field and the type's id. */
  readonly steps: readonly PathStep[];
  /** A human-readable description, e.g. `organisationUnits.edges.node.parent`. */
  readonly label: string;
  /** The query for the tested field (its selection, `field` or `field { __typename }`). */
  query(field: string, selection: string): string;
  rows(data: Record<string, unknown>, field: string): { readonly id: string; readonly value: unknown }[];
  /**
   * The same path as one part of a larger document that tests many fields at once (`key` unique in the
   * document): its selection with every tested field selected on each row — as is (list, single, nested,
   * node), each under an alias (`alias`), or in a named fragment of its own (`fragment`) — and that fragment.
   * `partRows` picks the rows of one tested field out of the response data. `node` parts take their id as
   * the variable `$<key>`.
   */
  part(key: string, tested: readonly { readonly field: string; readonly selection: string }[]): { readonly text: string; readonly fragment: string | null };
  partRows(data: Record<string, unknown>, key: string, field: string): { readonly id: string; readonly value: unknown }[];
}

/** Selections of tested fields under aliases `tested_<field>` (the alias path). */
const aliased = (tested: readonly { readonly field: string; readonly selection: string }[]): string => tested.map((t) => `tested_${t.field}: ${t.selection}`).join(' ');
const plain = (tested: readonly { readonly selection: string }[]): string => tested.map((t) => t.selection).join(' ');

function hasRequiredArgs(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
}

function isListOf(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

/** The selection of a field under test: scalars as they are, objects by their __typename only (a connection: one row). */
export function selectionOf(type: GraphQLObjectType, field: string): string {
  const f = type.getFields()[field];
  if (!f) throw new Error(`${type.name}.${field} does not exist`);
  if (!isCompositeType(getNamedType(f.type))) return field;
  return `${field}${f.args.some((a) => a.name === 'first') ? '(first: 1)' : ''} { __typename }`;
}

/** The record types of the schema (object types named in the permission matrix). */
export function recordTypesOf(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType =>
      isObjectType(t) && !t.name.startsWith('__') && !isStructuralType(t.name) && matrixTypeOf(t.name) !== undefined && t !== schema.getQueryType() && t !== schema.getMutationType(),
  );
}

const asRecord = (value: unknown): Record<string, unknown> | null => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null);
const edgesOf = (connection: unknown): Record<string, unknown>[] =>
  ((asRecord(connection)?.['edges'] as unknown[] | undefined) ?? []).map((e) => asRecord(asRecord(e)?.['node'])).filter((n): n is Record<string, unknown> => n !== null);
const listOf = (value: unknown): Record<string, unknown>[] => ((value as unknown[] | undefined) ?? []).map(asRecord).filter((n): n is Record<string, unknown> => n !== null);
const rowOf = (node: Record<string, unknown>, key: string): { id: string; value: unknown } => ({ id: String(node['id']), value: node[key] });

/**
 * Every path of the schema to the record type `type`: its root list (a `<Type>Connection` or `[Type]`
 * without required arguments) as is, through an alias and through a named fragment; a root field returning
 * one (e.g. `me`); each relation of another record type that has a root list (nested); and `node(id)`.
 */
export function matrixPaths(schema: GraphQLSchema, type: GraphQLObjectType): MatrixPath[] {
  const query = schema.getQueryType();
  if (!query) return [];
  const paths: MatrixPath[] = [];
  const roots = Object.values(query.getFields()).filter((f) => !hasRequiredArgs(f));
  const pageArgs = (f: GraphQLField<unknown, unknown>): string => (f.args.some((a) => a.name === 'first') ? '(first: 100)' : '');

  for (const root of roots) {
    const named = getNamedType(root.type);
    const operation = `Query.${root.name}`;
    if (isConnectionType(named.name) && connectionNodeType(named.name) === type.name) {
      const args = pageArgs(root);
      paths.push(
        {
          kind: 'list',
          type: type.name,
          operation,
          steps: [],
          label: `${root.name}.edges.node`,
          query: (_f, sel) => `{ ${root.name}${args} { edges { node { id ${sel} } } } }`,
          rows: (data, f) => edgesOf(data[root.name]).map((n) => rowOf(n, f)),
          part: (_k, tested) => ({ text: `${root.name}${args} { edges { node { id ${plain(tested)} } } }`, fragment: null }),
          partRows: (data, _k, f) => edgesOf(data[root.name]).map((n) => rowOf(n, f)),
        },
        {
          kind: 'alias',
          type: type.name,
          operation,
          steps: [],
          label: `${root.name} (aliased)`,
          query: (_f, sel) => `{ listed: ${root.name}${args} { edges { node { id tested: ${sel} } } } }`,
          rows: (data) => edgesOf(data['listed']).map((n) => rowOf(n, 'tested')),
          part: (key, tested) => ({ text: `${key}: ${root.name}${args} { edges { node { id ${aliased(tested)} } } }`, fragment: null }),
          partRows: (data, key, f) => edgesOf(data[key]).map((n) => rowOf(n, `tested_${f}`)),
        },
        {
          kind: 'fragment',
          type: type.name,
          operation,
          steps: [],
          label: `${root.name} (named fragment)`,
          query: (_f, sel) => `{ ${root.name}${args} { edges { node { ...Tested } } } } fragment Tested on ${type.name} { id ${sel} }`,
          rows: (data, f) => edgesOf(data[root.name]).map((n) => rowOf(n, f)),
          part: (key, tested) => ({
            text: `${key}: ${root.name}${args} { edges { node { ...Tested_${key} } } }`,
            fragment: `fragment Tested_${key} on ${type.name} { id ${plain(tested)} }`,
          }),
          partRows: (data, key, f) => edgesOf(data[key]).map((n) => rowOf(n, f)),
        },
      );
    } else if (named.name === type.name && isListOf(root.type)) {
      paths.push(
        {
          kind: 'list',
          type: type.name,
          operation,
          steps: [],
          label: root.name,
          query: (_f, sel) => `{ ${root.name} { id ${sel} } }`,
          rows: (data, f) => listOf(data[root.name]).map((n) => rowOf(n, f)),
          part: (_k, tested) => ({ text: `${root.name} { id ${plain(tested)} }`, fragment: null }),
          partRows: (data, _k, f) => listOf(data[root.name]).map((n) => rowOf(n, f)),
        },
        {
          kind: 'alias',
          type: type.name,
          operation,
          steps: [],
          label: `${root.name} (aliased)`,
          query: (_f, sel) => `{ listed: ${root.name} { id tested: ${sel} } }`,
          rows: (data) => listOf(data['listed']).map((n) => rowOf(n, 'tested')),
          part: (key, tested) => ({ text: `${key}: ${root.name} { id ${aliased(tested)} }`, fragment: null }),
          partRows: (data, key, f) => listOf(data[key]).map((n) => rowOf(n, `tested_${f}`)),
        },
        {
          kind: 'fragment',
          type: type.name,
          operation,
          steps: [],
          label: `${root.name} (named fragment)`,
          query: (_f, sel) => `{ ${root.name} { ...Tested } } fragment Tested on ${type.name} { id ${sel} }`,
          rows: (data, f) => listOf(data[root.name]).map((n) => rowOf(n, f)),
          part: (key, tested) => ({ text: `${key}: ${root.name} { ...Tested_${key} }`, fragment: `fragment Tested_${key} on ${type.name} { id ${plain(tested)} }` }),
          partRows: (data, key, f) => listOf(data[key]).map((n) => rowOf(n, f)),
        },
      );
    } else if (named.name === type.name && root.name !== 'node') {
      paths.push({
        kind: 'single',
        type: type.name,
        operation,
        steps: [],
        label: root.name,
        query: (_f, sel) => `{ ${root.name} { id ${sel} } }`,
        rows: (data, f) => {
          const node = asRecord(data[root.name]);
          return node ? [rowOf(node, f)] : [];
        },
        part: (_k, tested) => ({ text: `${root.name} { id ${plain(tested)} }`, fragment: null }),
        partRows: (data, _k, f) => {
          const node = asRecord(data[root.name]);
          return node ? [rowOf(node, f)] : [];
        },
      });
    }
  }

  // Nested: a relation of another record type that has a root connection.
  for (const parent of recordTypesOf(schema)) {
    const parentRoot = roots.find((r) => {
      const named = getNamedType(r.type).name;
      return isConnectionType(named) && connectionNodeType(named) === parent.name;
    });
    if (!parentRoot) continue;
    for (const relation of Object.values(parent.getFields())) {
      if (hasRequiredArgs(relation)) continue;
      const named = getNamedType(relation.type).name;
      const args = pageArgs(parentRoot);
      const steps = [{ type: parent.name, field: relation.name }];
      const operation = `Query.${parentRoot.name}`;
      if (named === type.name && !isListOf(relation.type)) {
        paths.push({
          kind: 'nested',
          type: type.name,
          operation,
          steps,
          label: `${parentRoot.name}.edges.node.${relation.name}`,
          query: (_f, sel) => `{ ${parentRoot.name}${args} { edges { node { id ${relation.name} { id ${sel} } } } } }`,
          rows: (data, f) =>
            edgesOf(data[parentRoot.name])
              .map((n) => asRecord(n[relation.name]))
              .filter((n): n is Record<string, unknown> => n !== null)
              .map((n) => rowOf(n, f)),
          part: (key, tested) => ({ text: `${key}: ${parentRoot.name}${args} { edges { node { id ${relation.name} { id ${plain(tested)} } } } }`, fragment: null }),
          partRows: (data, key, f) =>
            edgesOf(data[key])
              .map((n) => asRecord(n[relation.name]))
              .filter((n): n is Record<string, unknown> => n !== null)
              .map((n) => rowOf(n, f)),
        });
      } else if (isConnectionType(named) && connectionNodeType(named) === type.name) {
        const page = relation.args.some((a) => a.name === 'first') ? '(first: 10)' : '';
        paths.push({
          kind: 'nested',
          type: type.name,
          operation,
          steps,
          label: `${parentRoot.name}.edges.node.${relation.name}.edges.node`,
          query: (_f, sel) => `{ ${parentRoot.name}${args} { edges { node { id ${relation.name}${page} { edges { node { id ${sel} } } } } } } }`,
          rows: (data, f) => edgesOf(data[parentRoot.name]).flatMap((n) => edgesOf(n[relation.name]).map((c) => rowOf(c, f))),
          part: (key, tested) => ({
            text: `${key}: ${parentRoot.name}${args} { edges { node { id ${relation.name}${page} { edges { node { id ${plain(tested)} } } } } } }`,
            fragment: null,
          }),
          partRows: (data, key, f) => edgesOf(data[key]).flatMap((n) => edgesOf(n[relation.name]).map((c) => rowOf(c, f))),
        });
      }
    }
  }

  if (type.getInterfaces().some((i) => i.name === 'Node') && query.getFields()['node']) {
    paths.push({
      kind: 'node',
      type: type.name,
      operation: 'Query.node',
      steps: [],
      label: `node(id) ... on ${type.name}`,
      query: (_f, sel) => `query($id: ID!) { node(id: $id) { id ... on ${type.name} { ${sel} } } }`,
      rows: (data, f) => {
        const node = asRecord(data['node']);
        return node ? [rowOf(node, f)] : [];
      },
      part: (key, tested) => ({ text: `${key}: node(id: $${key}) { id ... on ${type.name} { ${plain(tested)} } }`, fragment: null }),
      partRows: (data, key, f) => {
        const node = asRecord(data[key]);
        return node ? [rowOf(node, f)] : [];
      },
    });
  }
  return paths;
}
