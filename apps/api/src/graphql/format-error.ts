import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ApiError, PUBLIC_ERROR_CODES } from './api-error';
import { requestMessage } from './request-errors';
import { redactInputError } from './validation/input-coercion-errors';

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/** graphql-js's `getVariableValues` after `maxErrors` (50) refusals. */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables, error limit reached\. Execution aborted\.$/;

const PUBLIC = new Set<string>(PUBLIC_ERROR_CODES);

/**
 * The only shape in which an error leaves the server: a message, a code in `extensions.code` (with, for
 * the API's own refusals, the precise `reason`, its ja/en `message` and the `article` it enforces), and
 * where in the query it happened. Errors the API did not mean for the client — a database error with its SQL,
 * a bug with its stack — become INTERNAL_SERVER_ERROR with a generic message (and are logged server-side).
 */
export function formatApiError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const where = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  const original = unwrapResolverError(error);
  if (original instanceof ApiError) {
    const params = original.extensions['params'];
    const { reason, text, article } = original.details;
    return {
      message: original.message,
      ...where,
      extensions: {
        code: original.code,
        ...(reason ? { reason } : {}),
        ...(text ? { message: { ja: text.ja, en: text.en } } : {}),
        ...(article ? { article } : {}),
        ...(params ? { params } : {}),
      },
    };
  }
  // graphql-js quotes a refused variable's value (a PIN sent as a number, a bad date): never echo it.
  const redacted = redactInputError(formatted, error);
  if (redacted) return redacted;
  // graphql-js stops coercing variables after 50 errors (e.g. a list of 1,000 unknown enum values) with an
  // error of its own that carries no code: it is the client's input, not a failure of the server.
  if (error instanceof GraphQLError && TOO_MANY_VARIABLE_ERRORS.test(error.message)) {
    const text = requestMessage('REQUEST.TOO_MANY_INPUT_ERRORS');
    return { message: text.en, extensions: { code: 'BAD_USER_INPUT', reason: 'REQUEST.TOO_MANY_INPUT_ERRORS', message: { ja: text.ja, en: text.en } } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && PUBLIC.has(code) && code !== 'INTERNAL_SERVER_ERROR' && isDeliberate(error)) {
    return { message: formatted.message, ...where, extensions: { code } };
  }
  return { message: INTERNAL_ERROR_MESSAGE, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Whether an error was raised on purpose by graphql-js, Apollo or the API: GraphQLErrors all the way down. */
export function isDeliberate(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null; depth++) {
    if (!(current instanceof GraphQLError) || depth > 10) return false;
    current = current.originalError;
  }
  return true;
}

/** Errors thrown by something other than graphql-js, Apollo or the API on purpose: bugs and database failures. */
export function isUnexpectedError(error: unknown): boolean {
  return !(unwrapResolverError(error) instanceof ApiError) && !isDeliberate(error);
}
