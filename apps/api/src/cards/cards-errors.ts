import { DomainError } from '@juki/domain';
import type { MessageCode } from '@juki/policies';
import { catalogueError, type WireErrorCode } from '../graphql/api-error';
import { toIdentityApiError } from '../identity/identity-errors';

/**
 * The wire code of each refusal of the cards area; any other goes through the identity mapping
 * (FORBIDDEN / UNAUTHENTICATED there, else BAD_USER_INPUT). A refusal of the state machine is CONFLICT: the
 * request is well-formed but the card's state does not allow it.
 */
const WIRE_CODES: Partial<Record<MessageCode, WireErrorCode>> = {
  'CARDS.NOT_FOUND': 'NOT_FOUND',
  'CARDS.PLACE_NOT_FOUND': 'NOT_FOUND',
  'CARDS.CHANGED': 'CONFLICT',
  'CARDS.SERIAL_DUPLICATED': 'CONFLICT',
  'CARDS.TRANSITION_NOT_ALLOWED': 'CONFLICT',
  'CARDS.ALREADY_DISPOSED': 'CONFLICT',
  'CARDS.NOT_AWAITING_DISPOSAL': 'CONFLICT',
  'CARDS.LOST_OR_STOLEN': 'CONFLICT',
  'CARDS.LOSS_NOT_REPORTABLE': 'CONFLICT',
};

/** Runs a resolver body and maps domain refusals to coded API errors (catalogue reason, ja/en text, article). */
export async function withCardErrors<T>(work: () => Promise<T>): Promise<T> {
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
