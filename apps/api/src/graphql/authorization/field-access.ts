import { fieldAccessMap, fieldsOf, MASK, type FieldAccess, type Role } from '@juki/policies';

export type FieldAccessMap = Readonly<Record<string, FieldAccess>>;

const RANK: Readonly<Record<FieldAccess, number>> = { DENIED: 0, MASKED: 1, READ: 2, WRITE: 3 };

/** No role: every field denied. */
export const NO_ACCESS: FieldAccessMap = Object.freeze({});

const combined = new Map<string, FieldAccessMap>();

/**
 * What a set of roles gets for each field of `type`: per field, the most the matrix grants any of them
 * (WRITE > READ > MASKED > DENIED). The matrix is static, so each (type, role set) is computed once per
 * process and shared: it holds no data of any request or person.
 */
export function accessForRoles(type: string, roles: readonly Role[]): FieldAccessMap {
  if (roles.length === 0) return NO_ACCESS;
  const key = `${type}|${roles.length === 1 ? roles[0] : [...roles].sort().join(',')}`;
  const cached = combined.get(key);
  if (cached) return cached;
  const out: Record<string, FieldAccess> = {};
  for (const field of fieldsOf(type)) out[field] = 'DENIED';
  for (const role of roles) {
    const map = fieldAccessMap(role, type);
    for (const field of Object.keys(map)) {
      const access = map[field] as FieldAccess;
      if (RANK[access] > RANK[out[field] ?? 'DENIED']) out[field] = access;
    }
  }
  const frozen = Object.freeze(out);
  combined.set(key, frozen);
  return frozen;
}

/** Whether the field may be seen at all (its value or a mask). */
export function canSee(access: FieldAccess | undefined): boolean {
  return access === 'READ' || access === 'WRITE' || access === 'MASKED';
}

/** Whether the field's value may be seen. */
export function canRead(access: FieldAccess | undefined): boolean {
  return access === 'READ' || access === 'WRITE';
}

/**
 * A text field as the caller may see it: the value, the mask (never derived from the value, not even its
 * length) or null when the field is denied for this row.
 */
export function visibleText(access: FieldAccess | undefined, value: string | null): string | null {
  if (access === 'READ' || access === 'WRITE') return value;
  if (access === 'MASKED') return MASK;
  return null;
}

/**
 * A non-text field as the caller may see it: the value, or null when denied. A non-text field cannot show
 * a mask; the schema test requires every field the matrix masks for some role to be a String.
 */
export function visibleValue<T>(access: FieldAccess | undefined, value: T): T | null {
  return access === 'READ' || access === 'WRITE' ? value : null;
}
