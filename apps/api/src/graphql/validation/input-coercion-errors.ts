import { catalogueEntry, localize, type MessageCode, type MessageParams } from '@juki/policies';
import { GraphQLError, Kind, type GraphQLFormattedError, type TypeNode } from 'graphql';

/**
 * graphql-js refuses a variable of the wrong type, an unknown enum value, an Int beyond 32 bits or an
 * invalid date BEFORE any resolver runs (variable coercion, or validation of a literal in the query) —
 * with a message that quotes the value (`Variable "$password" got invalid value 123; …`). A password,
 * token or PIN must never come back in an error (第24条, decision 5 of issue 3), so these errors are
 * rewritten: the field (variable name), a catalogue code, its ja/en text — never the value.
 */

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

const VALUE_KINDS = new Set<string>([Kind.INT, Kind.FLOAT, Kind.STRING, Kind.BOOLEAN, Kind.NULL, Kind.ENUM, Kind.LIST, Kind.OBJECT]);

/**
 * The type a literal was refused for, read from graphql-js's wording (a scalar's or an enum's refusal, or
 * "Expected value of type …"); null when the message is not one of those (then it quotes no value).
 */
function expectedOfLiteral(message: string): string | null {
  const scalar = /^(Int|Float|String|Boolean|ID|DateTime|Date) (cannot represent|must be)/.exec(message);
  if (scalar) return scalar[1] === 'DateTime' ? 'DateTimeISO' : (scalar[1] as string);
  const enumType = /^Enum "(\w+)" cannot represent/.exec(message) ?? /^Value "\w*" does not exist in "(\w+)" enum/.exec(message);
  if (enumType) return enumType[1] as string;
  const expected = /^Expected value of type "([^"]+)", found /.exec(message);
  return expected ? (expected[1] as string).replace(/[[\]!]/g, '') : null;
}

interface Classified {
  readonly code: MessageCode;
  readonly params: MessageParams;
}

const INT_RANGE = { min: -2147483648, max: 2147483647 } as const;

/** What a scalar's or input type's coercion message says went wrong (read from graphql-js's own wording). */
function classify(inner: string, expected: string, field: string): Classified & { readonly field: string } {
  if (/^Int cannot represent non 32-bit signed integer value/.test(inner)) return { field, code: 'INPUT.OUT_OF_RANGE', params: INT_RANGE };
  if (/^(Int|Float|String|Boolean|ID) cannot represent/.test(inner)) return { field, code: 'INPUT.WRONG_TYPE', params: { expected } };
  if (/^Enum "\w+" cannot represent/.test(inner) || /^Value ".*" does not exist in "\w+" enum/s.test(inner)) {
    return { field, code: 'INPUT.UNKNOWN_ENUM_VALUE', params: { expected } };
  }
  if (/^DateTime cannot represent/.test(inner) || /^Date must be a calendar date/.test(inner)) return { field, code: 'INPUT.NOT_A_DATE', params: {} };
  if (/^Expected type "\w+" to be an object/.test(inner)) return { field, code: 'INPUT.WRONG_TYPE', params: { expected } };
  const missing = /^Field "(\w+)" of required type "[^"]*" was not provided\.$/.exec(inner);
  if (missing) return { field: `${field}.${missing[1] as string}`, code: 'INPUT.REQUIRED', params: {} };
  return { field, code: 'INPUT.INVALID_VALUE', params: {} };
}

function rewritten(formatted: GraphQLFormattedError, apolloCode: string, field: string, classified: Classified): GraphQLFormattedError {
  const params: MessageParams = { field, ...classified.params, fields: field, violations: classified.code };
  const text = localize(classified.code, params);
  return {
    message: text.en,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: {
      code: apolloCode,
      reason: classified.code,
      message: { ja: text.ja, en: text.en },
      article: catalogueEntry(classified.code).article,
      params,
    },
  };
}

/**
 * The error without the value it quotes, when it is one of graphql-js's refusals of an input value;
 * null for any other error (left to the caller). Variable errors keep `BAD_USER_INPUT` and name the
 * variable; literal errors keep `GRAPHQL_VALIDATION_FAILED` and name the expected type and position.
 */
export function redactInputError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  if (!(error instanceof GraphQLError)) return null;
  const code = formatted.extensions?.['code'];
  const node = error.nodes?.[0];
  if (code === 'BAD_USER_INPUT' && node?.kind === Kind.VARIABLE_DEFINITION) {
    const field = node.variable.name.value;
    const expected = namedType(node.type);
    if (/^Variable "\$\w+" of (required|non-null) type "[^"]*" (was not provided|must not be null)\.$/.test(error.message)) {
      return rewritten(formatted, 'BAD_USER_INPUT', field, { code: 'INPUT.REQUIRED', params: {} });
    }
    const inner = error.originalError instanceof Error ? error.originalError.message : '';
    const classified = classify(inner, expected, field);
    return rewritten(formatted, 'BAD_USER_INPUT', classified.field, classified);
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && node !== undefined && VALUE_KINDS.has(node.kind)) {
    const where = formatted.locations?.[0];
    const field = where ? `literal@${where.line}:${where.column}` : 'literal';
    const expected = expectedOfLiteral(error.message);
    if (expected === null) return null;
    const classified = classify(error.message, expected, field);
    // A literal that is not even of the right kind (an object for a String) is a wrong type.
    return rewritten(formatted, 'GRAPHQL_VALIDATION_FAILED', field, classified.code === 'INPUT.INVALID_VALUE' ? { code: 'INPUT.WRONG_TYPE', params: { expected } } : classified);
  }
  return null;
}
