import { result, violation, type RuleResult, type Violation } from '../core/violation';
import { PERMISSION_MATRIX } from './permission-matrix';

export const API_CLIENT_SCOPES_RULE_ID = 'art19-2.apiClientScopes';

/** Longest scope name accepted (`<integrationScope>:read|write`). */
const MAX_SCOPE_LENGTH = 64;

/**
 * Every scope a ward system's token can hold: `<integrationScope>:read` for each record type the matrix
 * lets INTEGRATION read, `<integrationScope>:write` for each it lets INTEGRATION write. Sorted, each once.
 */
export function integrationScopes(): readonly string[] {
  const scopes = new Set<string>();
  for (const rule of Object.values(PERMISSION_MATRIX)) {
    if (!rule.integrationScope) continue;
    if (rule.read.INTEGRATION !== undefined) scopes.add(`${rule.integrationScope}:read`);
    if (rule.write.INTEGRATION !== undefined) scopes.add(`${rule.integrationScope}:write`);
  }
  return [...scopes].sort();
}

/**
 * 第19条の2第1項第2号 (ユーザIDに付与する権限を業務上必要最低限のものとする): an API client of a ward
 * system holds at least one scope, and only scopes the permission matrix grants to INTEGRATION.
 */
export function checkApiClientScopes(scopes: readonly string[]): RuleResult {
  const known = new Set(integrationScopes());
  const violations: Violation[] = [];
  if (scopes.length === 0) violations.push(violation(API_CLIENT_SCOPES_RULE_ID, 'API_CLIENTS.NO_SCOPE'));
  for (const scope of new Set(scopes)) {
    if (!known.has(scope)) {
      const shown = scope.length > MAX_SCOPE_LENGTH ? `${scope.slice(0, MAX_SCOPE_LENGTH)}…` : scope;
      violations.push(violation(API_CLIENT_SCOPES_RULE_ID, 'API_CLIENTS.UNKNOWN_SCOPE', { scope: shown }));
    }
  }
  return result(violations);
}
