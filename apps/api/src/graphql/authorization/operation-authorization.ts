import {
  fieldAccess,
  integrationTokenAllows,
  operationRule,
  ROLES,
  type MessageCode,
  type MessageParams,
} from '@juki/policies';
import {
  getNamedType,
  getOperationAST,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../connections/page-size';
import type { AccessSubject } from './access-subject';
import { isConnectionType, isStructuralType, matrixTypeOf } from './structural-types';

/** The only operations a person whose password has expired may call (第21条第1項), besides public ones. */
export const PASSWORD_CHANGE_OPERATIONS: readonly string[] = ['Mutation.changePassword', 'Mutation.signOut', 'Query.me'];

/**
 * Upper bound of rows one operation may ask for: each connection counts its page size (`first`/`last`,
 * or the maximum when it is a variable or absent) times the page sizes of the connections around it.
 */
export const MAX_ROWS_PER_OPERATION = 20_000;

export type Refusal =
  | { readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN'; readonly reason: MessageCode; readonly params: MessageParams }
  | { readonly code: 'BAD_USER_INPUT'; readonly reason: 'REQUEST.TOO_MANY_ROWS'; readonly params: MessageParams };

export type OperationVerdict = { readonly allowed: true; readonly maxRows: number } | { readonly allowed: false; readonly refusal: Refusal };

interface Walk {
  readonly schema: GraphQLSchema;
  readonly subject: AccessSubject;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  rows: number;
}

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.reason);
  }
}

/**
 * The document pass: before anything executes, walks the operation (aliases, fragments, inline fragments
 * on interfaces such as `node`) and refuses the whole operation when
 * - a root field is one the caller's roles may not call (`operationAllowed`; UNAUTHENTICATED for an
 *   anonymous caller), or not one of PASSWORD_CHANGE_OPERATIONS while the password must be changed;
 * - a field of a record type is one that NO role of the caller may read (`fieldAccess`), or one the matrix
 *   does not name, or a type the matrix does not name and that is not structural (default deny);
 * - a ward system's token lacks the scope of a record type it selects;
 * - it could return more than MAX_ROWS_PER_OPERATION rows.
 * Below a PUBLIC operation (public documents, pure checks) a field must be readable by every role, since
 * anyone may call it. The verdict depends only on (document, operation name, subject): callers cache it.
 */
export function authorizeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  subject: AccessSubject,
): OperationVerdict {
  const operation = getOperationAST(document, operationName);
  if (!operation) return { allowed: true, maxRows: 0 }; // Apollo refuses it on its own (OPERATION_RESOLUTION_FAILURE)
  const root = schema.getRootType(operation.operation);
  if (!root) return { allowed: true, maxRows: 0 };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walk: Walk = { schema, subject, fragments, rows: 0 };
  try {
    visitRoot(walk, root, operation.selectionSet, new Set());
    if (walk.rows > MAX_ROWS_PER_OPERATION) {
      throw new Refused({ code: 'BAD_USER_INPUT', reason: 'REQUEST.TOO_MANY_ROWS', params: { rows: walk.rows, max: MAX_ROWS_PER_OPERATION } });
    }
    return { allowed: true, maxRows: walk.rows };
  } catch (error) {
    if (error instanceof Refused) return { allowed: false, refusal: error.refusal };
    throw error;
  }
}

function visitRoot(walk: Walk, root: GraphQLCompositeType, selectionSet: SelectionSetNode, spread: ReadonlySet<string>): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__')) continue; // __typename; __schema/__type are refused in production by Apollo
      const publicOperation = checkOperation(walk.subject, `${root.name}.${name}`);
      const field = fieldOf(root, name);
      if (field) visitChild(walk, field, selection, publicOperation, 1, spread);
    } else {
      const nested = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragmentFor(walk, selection.name.value, spread);
      if (nested) visitRoot(walk, root, nested, selection.kind === Kind.FRAGMENT_SPREAD ? withName(spread, selection.name.value) : spread);
    }
  }
}

/** Checks a root field against OPERATION_MATRIX; returns whether it is PUBLIC. */
function checkOperation(subject: AccessSubject, operation: string): boolean {
  const rule = operationRule(operation);
  const isPublic = rule?.audience === 'PUBLIC';
  if (subject.passwordChangeRequired && !isPublic && !PASSWORD_CHANGE_OPERATIONS.includes(operation)) {
    throw new Refused({ code: 'FORBIDDEN', reason: 'PERMISSIONS.PASSWORD_CHANGE_REQUIRED', params: {} });
  }
  if (!rule) throw new Refused({ code: 'FORBIDDEN', reason: 'PERMISSIONS.FORBIDDEN', params: {} });
  if (isPublic) return true;
  const allowed =
    rule.audience === 'AUTHENTICATED' ? subject.roles.length > 0 : subject.roles.some((role) => (rule.audience as readonly string[]).includes(role));
  if (allowed) return false;
  if (subject.kind === 'ANONYMOUS') throw new Refused({ code: 'UNAUTHENTICATED', reason: 'PERMISSIONS.SIGN_IN_REQUIRED', params: {} });
  throw new Refused({ code: 'FORBIDDEN', reason: 'PERMISSIONS.FORBIDDEN', params: {} });
}

function visitChild(
  walk: Walk,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  publicOperation: boolean,
  multiplier: number,
  spread: ReadonlySet<string>,
): void {
  const type = getNamedType(field.type);
  if (!node.selectionSet || !isCompositeType(type)) return;
  let inner = multiplier;
  if (isConnectionType(type.name)) {
    const page = literalPageSize(node);
    walk.rows += multiplier * page;
    inner = multiplier * Math.max(page, 1);
  }
  visitSelections(walk, type, node.selectionSet, publicOperation, inner, spread);
}

function visitSelections(
  walk: Walk,
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  publicOperation: boolean,
  multiplier: number,
  spread: ReadonlySet<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name === '__typename') continue;
      checkField(walk, parent, name, publicOperation);
      const field = fieldOf(parent, name);
      if (field) visitChild(walk, field, selection, publicOperation, multiplier, spread);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (condition && isCompositeType(condition)) visitSelections(walk, condition, selection.selectionSet, publicOperation, multiplier, spread);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment || spread.has(fragment.name.value)) continue;
      const condition = walk.schema.getType(fragment.typeCondition.name.value);
      if (condition && isCompositeType(condition)) {
        visitSelections(walk, condition, fragment.selectionSet, publicOperation, multiplier, withName(spread, fragment.name.value));
      }
    }
  }
}

function checkField(walk: Walk, parent: GraphQLCompositeType, field: string, publicOperation: boolean): void {
  if (isStructuralType(parent.name)) return;
  if (isAbstractType(parent)) {
    // A field of an interface or union is readable if it is for at least one type behind it; each object
    // is then mapped with the access of its own type and row.
    const types = walk.schema.getPossibleTypes(parent);
    let last: Refused | undefined;
    for (const type of types) {
      try {
        checkObjectField(walk.subject, type.name, field, publicOperation);
        return;
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        last = error;
      }
    }
    throw last ?? new Refused({ code: 'FORBIDDEN', reason: 'PERMISSIONS.FIELD_DENIED', params: { field: `${parent.name}.${field}` } });
  }
  checkObjectField(walk.subject, parent.name, field, publicOperation);
}

function checkObjectField(subject: AccessSubject, graphqlType: string, field: string, publicOperation: boolean): void {
  if (isStructuralType(graphqlType)) return;
  const denied = (): Refused => new Refused({ code: 'FORBIDDEN', reason: 'PERMISSIONS.FIELD_DENIED', params: { field: `${graphqlType}.${field}` } });
  const type = matrixTypeOf(graphqlType);
  if (type === undefined) throw denied();
  if (publicOperation) {
    if (!ROLES.every((role) => readable(fieldAccess(role, type, field)))) throw denied();
    return;
  }
  if (subject.tokenScopes !== null && !integrationTokenAllows(type, 'read', subject.tokenScopes)) {
    throw new Refused({ code: 'FORBIDDEN', reason: 'PERMISSIONS.TOKEN_SCOPE', params: { type } });
  }
  if (!subject.roles.some((role) => fieldAccess(role, type, field) !== 'DENIED')) throw denied();
}

function readable(access: string): boolean {
  return access === 'READ' || access === 'WRITE';
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(parent) || 'getFields' in parent) {
    const fields = (parent as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields();
    return Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
  }
  return undefined;
}

function fragmentFor(walk: Walk, name: string, spread: ReadonlySet<string>): SelectionSetNode | undefined {
  if (spread.has(name)) return undefined;
  return walk.fragments.get(name)?.selectionSet;
}

function withName(set: ReadonlySet<string>, name: string): ReadonlySet<string> {
  return new Set([...set, name]);
}

/** The page size a connection field asks for when written literally; the maximum otherwise. */
function literalPageSize(node: FieldNode): number {
  let size: number | undefined;
  for (const argument of node.arguments ?? []) {
    const name = argument.name.value;
    if ((name === 'first' || name === 'last') && argument.value.kind === Kind.INT) {
      const n = Number(argument.value.value);
      size = Math.max(size ?? 0, Math.min(Math.max(n, 0), MAX_PAGE_SIZE));
    } else if (name === 'first' || name === 'last') {
      size = MAX_PAGE_SIZE;
    }
  }
  return size ?? MAX_PAGE_SIZE;
}
