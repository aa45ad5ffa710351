import { DomainError } from '@juki/domain';
import type { MessageCode } from '@juki/policies';
import { catalogueError, type WireErrorCode } from '../graphql/api-error';

/** The wire code of each refusal of the printed-form ledger; any other (a rule of 第10条 broken) is BAD_USER_INPUT. */
const WIRE_CODES: Partial<Record<MessageCode, WireErrorCode>> = {
  'PERMISSIONS.SIGN_IN_REQUIRED': 'UNAUTHENTICATED',
  'PERMISSIONS.FORBIDDEN': 'FORBIDDEN',
  'FORMS.OUTPUT_NOT_FOUND': 'NOT_FOUND',
  'FORMS.PLACE_NOT_FOUND': 'NOT_FOUND',
  'FORMS.STALE_VERSION': 'CONFLICT',
  'FORMS.ALREADY_DISPOSED': 'CONFLICT',
  'FORMS.NOT_STORED': 'CONFLICT',
  'FORMS.MOVE_NOT_STORED': 'CONFLICT',
  'FORMS.PLACE_HOLDS_FORMS': 'CONFLICT',
};

/**
 * A domain refusal as the API's coded error (catalogue reason, ja/en text, article). A refusal with
 * several violations (a disposal that does not reconcile) names EVERY one: `params.violations` lists their
 * codes and `params.details_ja` / `params.details_en` their messages, one per line, in the same order.
 */
export function toFormsApiError(error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  const code = WIRE_CODES[error.code] ?? 'BAD_USER_INPUT';
  const params =
    error.violations.length > 0
      ? {
          ...error.params,
          violations: error.violations.map((v) => v.code).join(','),
          details_ja: error.violations.map((v) => v.message.ja).join('\n'),
          details_en: error.violations.map((v) => v.message.en).join('\n'),
        }
      : error.params;
  return catalogueError(code, error.code, params);
}

/** Runs a resolver body and maps domain refusals to coded API errors. */
export async function withFormsErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toFormsApiError(error);
  }
}
