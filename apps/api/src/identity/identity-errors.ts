import { DomainError } from '@juki/domain';
import type { MessageCode } from '@juki/policies';
import { catalogueError, type ApiError, type WireErrorCode } from '../graphql/api-error';

/** The wire code of each refusal of the identity area (decision 4 of issue 3); any other is BAD_USER_INPUT. */
const WIRE_CODES: Partial<Record<MessageCode, WireErrorCode>> = {
  'OPERATORS.SIGN_IN_FAILED': 'UNAUTHENTICATED',
  'PERMISSIONS.SIGN_IN_REQUIRED': 'UNAUTHENTICATED',
  'PERMISSIONS.FORBIDDEN': 'FORBIDDEN',
  'OPERATORS.ACCOUNT_LOCKED': 'FORBIDDEN',
  'OPERATORS.STAFF_NOT_FOUND': 'NOT_FOUND',
  'OPERATOR_CARDS.NOT_FOUND': 'NOT_FOUND',
  'OPERATOR_CARDS.NOT_REPORTABLE': 'CONFLICT',
  'API_CLIENTS.NOT_FOUND': 'NOT_FOUND',
};

/** HTTP status of a refusal that concerns the whole request (a failed sign-in: 401). */
const HTTP_STATUS: Partial<Record<WireErrorCode, number>> = { UNAUTHENTICATED: 401 };

/**
 * A domain refusal as the API's coded error (catalogue reason, ja/en text, article). When the refusal
 * carries several violations (a new password breaking several rules), their codes are listed in
 * `params.violations`, comma-separated. Anything else is returned unchanged (and reported as internal).
 */
export function toIdentityApiError(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  const code = WIRE_CODES[error.code] ?? 'BAD_USER_INPUT';
  const params = error.violations.length > 0 ? { ...error.params, violations: error.violations.map((v) => v.code).join(',') } : error.params;
  return catalogueError(code, error.code, params, HTTP_STATUS[code]);
}

/** The one answer to every failed sign-in: unknown card, wrong password, locked, revoked, rate-limited. */
export function signInFailed(): ApiError {
  return catalogueError('UNAUTHENTICATED', 'OPERATORS.SIGN_IN_FAILED', {}, 401);
}

/** Runs a resolver body and maps domain refusals to coded API errors. */
export async function withIdentityErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toIdentityApiError(error);
  }
}
