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

/** An error whose message and code are meant for the client. Anything else thrown is reported as internal. */
export class ApiError extends GraphQLError {
  readonly code: string;

  constructor(code: string, message: string, params: Readonly<Record<string, string | number>> = {}) {
    super(message, { extensions: { code, ...(Object.keys(params).length > 0 ? { params } : {}) } });
    this.name = 'ApiError';
    this.code = code;
  }
}
