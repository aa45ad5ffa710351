import { MASK, PERMISSION_MATRIX } from '@juki/policies';
import {
  defaultFieldResolver,
  isObjectType,
  Kind,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { matrixTypeOf } from '../graphql/authorization/structural-types';
import { personalDataReads } from './personal-data-reads';

/**
 * 第19条第1項 "every read of personal data appends an audit event", made automatic.
 *
 * The permission matrix marks personal fields (`personal: true`). When the schema is built, the resolver
 * of every such field of every record type is wrapped by a synchronous one that, when the field is
 * actually selected (graphql-js resolves only selected fields) and hands out a value — not null, not the
 * mask — notes the row in the request's `personalDataReads` log. The log is appended by
 * `personalDataReadsPlugin` as one event per (operation, record type, section) with every row id, before
 * the response leaves (group commit; no data if the event cannot be written).
 *
 * A new record type gets this by marking its fields `personal: true` in the matrix and nothing else, as long
 * as its GraphQL object carries:
 * - `id`: its global id (every record type implements Node) — the row id the event names;
 * - optionally `sectionRowId`: the row id of the section (課) the row belongs to, so that the section's
 *   security officer sees the event (without it the event has no section: leadership and auditors see it).
 *
 * Only reads by queries (and subscriptions) are noted: a mutation's own event already names the records it
 * changed and returns. A personal value on a row without an id is refused (an internal error, fail closed):
 * the read could not be attributed to a record.
 */

/** Matrix type → its personal fields (static: the matrix does not change at run time). */
export function personalFieldsOf(matrixType: string): readonly string[] {
  const rule = Object.prototype.hasOwnProperty.call(PERMISSION_MATRIX, matrixType) ? PERMISSION_MATRIX[matrixType] : undefined;
  if (!rule) return [];
  return Object.keys(rule.fields).filter((field) => rule.fields[field]?.personal === true);
}

const rootFields = new WeakMap<OperationDefinitionNode, Map<string, string>>();

/** The root field (`Query.x`) a resolver runs under, alias resolved (once per operation document). */
function operationOf(info: GraphQLResolveInfo): string | null {
  const kind = info.operation.operation;
  if (kind === 'mutation') return null;
  let path = info.path;
  while (path.prev) path = path.prev;
  let names = rootFields.get(info.operation);
  if (!names) {
    names = new Map();
    const visit = (set: SelectionSetNode, seen: Set<string>): void => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) (names as Map<string, string>).set(selection.alias?.value ?? selection.name.value, selection.name.value);
        else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
        else if (!seen.has(selection.name.value)) {
          seen.add(selection.name.value);
          const fragment = info.fragments[selection.name.value];
          if (fragment) visit(fragment.selectionSet, seen);
        }
      }
    };
    visit(info.operation.selectionSet, new Set());
    rootFields.set(info.operation, names);
  }
  const field = names.get(String(path.key)) ?? String(path.key);
  return `${kind === 'subscription' ? 'Subscription' : 'Query'}.${field}`;
}

/** The row id inside the object's global id (`base64("<Type>:<row id>")`), or null. */
function rowIdOf(source: { readonly id?: unknown }): string | null {
  const id = source.id;
  if (typeof id !== 'string') return null;
  let decoded: string;
  try {
    decoded = atob(id);
  } catch {
    decoded = Buffer.from(id, 'base64').toString('utf8');
  }
  const colon = decoded.indexOf(':');
  return colon > 0 ? decoded.slice(colon + 1) : null;
}

/** Objects already noted in a request (a row appears once per request: mapped once). */
const noted = new WeakMap<object, WeakSet<object>>();

function note(matrixType: string, source: unknown, value: unknown, context: object, info: GraphQLResolveInfo): void {
  if (value === null || value === undefined || value === MASK) return;
  if (typeof source !== 'object' || source === null) return;
  let seen = noted.get(context);
  if (!seen) {
    seen = new WeakSet();
    noted.set(context, seen);
  }
  if (seen.has(source)) return;
  const operation = operationOf(info);
  if (operation === null) return;
  const rowId = rowIdOf(source as { id?: unknown });
  if (rowId === null) throw new Error(`${matrixType}.${info.fieldName}: personal data on a row without an id cannot be audited`);
  const section = (source as { sectionRowId?: unknown }).sectionRowId;
  personalDataReads(context).note(operation, matrixType, typeof section === 'string' ? section : null, rowId);
  seen.add(source);
}

function noting(matrixType: string, resolve: GraphQLFieldResolver<unknown, object>): GraphQLFieldResolver<unknown, object> {
  return (source, args, context, info) => {
    const value: unknown = resolve(source, args, context, info);
    if (value instanceof Promise) {
      return value.then((resolved: unknown) => {
        note(matrixType, source, resolved, context, info);
        return resolved;
      });
    }
    note(matrixType, source, value, context, info);
    return value;
  };
}

const audited = new WeakMap<GraphQLSchema, readonly string[]>();

/**
 * Wraps the resolver of every personal field of every record type of the schema (see above), once per
 * schema. Returns the record types and fields it wrapped (`Type.field`), for tests and the start-up log.
 */
export function auditPersonalFieldReads(schema: GraphQLSchema): readonly string[] {
  const done = audited.get(schema);
  if (done) return done;
  const wrapped: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const matrixType = matrixTypeOf(type.name);
    if (matrixType === undefined) continue;
    const fields = type.getFields();
    for (const name of personalFieldsOf(matrixType)) {
      const field = fields[name];
      if (!field) continue;
      field.resolve = noting(matrixType, (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, object>);
      wrapped.push(`${type.name}.${name}`);
    }
  }
  audited.set(schema, wrapped);
  return wrapped;
}
