import { DomainError } from '@juki/domain';
import type { MessageCode } from '@juki/policies';
import { catalogueError, type WireErrorCode } from '../graphql/api-error';

/** The wire code of each refusal of the audit area (decision 4 of issue 3); any other is BAD_USER_INPUT. */
const WIRE_CODES: Partial<Record<MessageCode, WireErrorCode>> = {
  'PERMISSIONS.FORBIDDEN': 'FORBIDDEN',
  'RETENTION.PERIOD_NOT_ENDED': 'FORBIDDEN',
  'RETENTION.LEGAL_HOLD': 'FORBIDDEN',
  'AUDIT.LEGAL_HOLD_NOT_FOUND': 'NOT_FOUND',
  'AUDIT.LEGAL_HOLD_STALE': 'CONFLICT',
  'AUDIT.LEGAL_HOLD_ALREADY_RELEASED': 'CONFLICT',
  'AUDIT.CHAIN_BROKEN': 'CONFLICT',
};

/** A domain refusal as the API's coded error (catalogue reason, ja/en text, article); anything else unchanged. */
export function toApiError(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  return catalogueError(WIRE_CODES[error.code] ?? 'BAD_USER_INPUT', error.code, error.params);
}
