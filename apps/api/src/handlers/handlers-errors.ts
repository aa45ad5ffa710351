import { DomainError } from '@juki/domain';
import type { MessageCode } from '@juki/policies';
import { catalogueError, type WireErrorCode } from '../graphql/api-error';
import { toIdentityApiError } from '../identity/identity-errors';

/** The wire code of each refusal of the handlers area; any other goes through the identity mapping. */
const WIRE_CODES: Partial<Record<MessageCode, WireErrorCode>> = {
  'AUTHORITY.DESIGNATOR_NOT_SECTION_SECURITY_OFFICER': 'FORBIDDEN',
  'AUTHORITY.PRECAUTIONS_PUBLISHER_NOT_SECTION_SECURITY_OFFICER': 'FORBIDDEN',
  'HANDLERS.NOT_DESIGNATED': 'FORBIDDEN',
  'HANDLERS.NOT_FOUND': 'NOT_FOUND',
  'HANDLERS.PRECAUTIONS_NOT_FOUND': 'NOT_FOUND',
  'HANDLERS.ALREADY_DESIGNATED': 'CONFLICT',
  'HANDLERS.ALREADY_REVOKED': 'CONFLICT',
  'HANDLERS.STALE_VERSION': 'CONFLICT',
  'HANDLERS.PRECAUTIONS_STALE': 'CONFLICT',
  'HANDLERS.PRECAUTIONS_NOT_CURRENT': 'CONFLICT',
};

/** Runs a resolver body and maps domain refusals to coded API errors (catalogue reason, ja/en text, article). */
export async function withHandlerErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) {
      const code = WIRE_CODES[error.code];
      if (code) throw catalogueError(code, error.code, error.params);
    }
    throw toIdentityApiError(error);
  }
}
