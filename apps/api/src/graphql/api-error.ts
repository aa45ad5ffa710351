import { catalogueEntry, localize, type ArticleRef, type LocalizedText, type MessageCode, type MessageParams } from '@juki/policies';
import { GraphQLError } from 'graphql';

/**
 * Codes a client may see in `errors[].extensions.code`. Apollo's request-level codes, and the API's own
 * (the `AREA.REASON` codes of domain errors are added by each area as it lands).
 */
export const PUBLIC_ERROR_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'INTROSPECTION_DISABLED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type PublicErrorCode = (typeof PUBLIC_ERROR_CODES)[number];

/** The stable codes of the API's own refusals (decision 4 of issue 3). */
export type WireErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT';

/** What an ApiError carries besides its code: the precise reason, its ja/en text and the article it enforces. */
export interface ApiErrorDetails {
  /** A precise, stable reason, e.g. `PERMISSIONS.FIELD_DENIED` or `REQUEST.PAGE_TOO_LARGE`. */
  readonly reason?: string;
  readonly text?: LocalizedText;
  readonly article?: ArticleRef;
  /** The HTTP status when the error refuses the whole request before execution (e.g. 401, 403, 400). */
  readonly httpStatus?: number;
}

/** An error whose message and code are meant for the client. Anything else thrown is reported as internal. */
export class ApiError extends GraphQLError {
  readonly code: string;
  readonly details: ApiErrorDetails;

  constructor(code: string, message: string, params: Readonly<Record<string, string | number>> = {}, details: ApiErrorDetails = {}) {
    super(message, {
      extensions: {
        code,
        ...(Object.keys(params).length > 0 ? { params } : {}),
        ...(details.httpStatus !== undefined ? { http: { status: details.httpStatus } } : {}),
      },
    });
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }
}

/** A refusal whose text and article come from the message catalogue of @juki/policies. */
export function catalogueError(code: WireErrorCode, reason: MessageCode, params: MessageParams = {}, httpStatus?: number): ApiError {
  const text = localize(reason, params);
  return new ApiError(code, text.en, params, {
    reason,
    text,
    article: catalogueEntry(reason).article,
    ...(httpStatus !== undefined ? { httpStatus } : {}),
  });
}
