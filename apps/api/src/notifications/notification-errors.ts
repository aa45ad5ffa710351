import { DomainError } from '@juki/domain';
import type { MessageCode } from '@juki/policies';
import { catalogueError, type WireErrorCode } from '../graphql/api-error';

/** The wire code of each refusal of the notification and PIN-guidance areas; any other is BAD_USER_INPUT. */
const WIRE_CODES: Partial<Record<MessageCode, WireErrorCode>> = {
  'PERMISSIONS.SIGN_IN_REQUIRED': 'UNAUTHENTICATED',
  'PERMISSIONS.FORBIDDEN': 'FORBIDDEN',
  'NOTIFICATIONS.NOT_FOUND': 'NOT_FOUND',
  'PIN_GUIDANCE.ALREADY_RECORDED': 'CONFLICT',
};

/** A domain refusal as the API's coded error (reason, ja/en text, article; every violation's code listed). */
export function toAreaApiError(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  const code = WIRE_CODES[error.code] ?? 'BAD_USER_INPUT';
  const params = error.violations.length > 0 ? { ...error.params, violations: error.violations.map((v) => v.code).join(',') } : error.params;
  return catalogueError(code, error.code, params, code === 'UNAUTHENTICATED' ? 401 : undefined);
}

/** Runs a resolver body and maps domain refusals to coded API errors. */
export async function withAreaErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toAreaApiError(error);
  }
}
