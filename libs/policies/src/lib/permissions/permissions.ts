import { PERMISSION_MATRIX, OPERATION_MATRIX, PERSONAL_DATA_MASKED_FOR } from './permission-matrix';
import type { FieldAccess, OperationRule, RowScope, TypeRule } from './permission-matrix.types';
import type { Role } from './roles';

export type AccessMode = 'read' | 'write';

function typeRule(type: string): TypeRule | undefined {
  return Object.prototype.hasOwnProperty.call(PERMISSION_MATRIX, type) ? PERMISSION_MATRIX[type] : undefined;
}

/** How far `role` reaches into rows of `type` to read or write; undefined = no row at all (denied). */
export function rowScope(role: Role, type: string, mode: AccessMode = 'read'): RowScope | undefined {
  const rule = typeRule(type);
  if (!rule) return undefined;
  return mode === 'read' ? rule.read[role] : rule.write[role];
}

/** What `role` gets for `type.field`. Anything the matrix does not name is DENIED. */
export function fieldAccess(role: Role, type: string, field: string): FieldAccess {
  const rule = typeRule(type);
  if (!rule || rule.read[role] === undefined) return 'DENIED';
  if (!Object.prototype.hasOwnProperty.call(rule.fields, field)) return 'DENIED';
  const f = rule.fields[field];
  if (!f || f.secret || f.hiddenFrom?.includes(role)) return 'DENIED';
  if (f.maskedFor?.includes(role) || (f.personal && PERSONAL_DATA_MASKED_FOR.includes(role))) return 'MASKED';
  if (rule.write[role] !== undefined && !f.systemSet) return 'WRITE';
  return 'READ';
}

/** The access of every field of `type` for `role`, computed once (e.g. once per object, not per field call). */
export function fieldAccessMap(role: Role, type: string): Readonly<Record<string, FieldAccess>> {
  const rule = typeRule(type);
  const out: Record<string, FieldAccess> = {};
  if (!rule) return out;
  for (const field of Object.keys(rule.fields)) out[field] = fieldAccess(role, type, field);
  return out;
}

export function operationRule(operation: string): OperationRule | undefined {
  return Object.prototype.hasOwnProperty.call(OPERATION_MATRIX, operation) ? OPERATION_MATRIX[operation] : undefined;
}

/**
 * Whether a principal may call an operation (`Query.x` / `Mutation.y`). `roles` is empty for an
 * anonymous caller. Unknown operations are denied.
 */
export function operationAllowed(operation: string, roles: readonly Role[]): boolean {
  const rule = operationRule(operation);
  if (!rule) return false;
  if (rule.audience === 'PUBLIC') return true;
  if (rule.audience === 'AUTHENTICATED') return roles.length > 0;
  return roles.some((r) => (rule.audience as readonly Role[]).includes(r));
}

/**
 * A ward system's token reaches a type only through the scope the matrix names for it:
 * `<integrationScope>:read` or `<integrationScope>:write` (write implies read).
 */
export function integrationTokenAllows(type: string, mode: AccessMode, tokenScopes: readonly string[]): boolean {
  const rule = typeRule(type);
  if (!rule?.integrationScope || rule[mode].INTEGRATION === undefined) return false;
  const write = `${rule.integrationScope}:write`;
  return mode === 'write' ? tokenScopes.includes(write) : tokenScopes.includes(write) || tokenScopes.includes(`${rule.integrationScope}:read`);
}

/** The text shown instead of a masked value: never derived from the value (not even its length). */
export const MASK = '＊＊＊＊';

export function recordTypes(): readonly string[] {
  return Object.keys(PERMISSION_MATRIX);
}

export function fieldsOf(type: string): readonly string[] {
  const rule = typeRule(type);
  return rule ? Object.keys(rule.fields) : [];
}
