import {
  codePointLength,
  hasControlCharacters,
  INPUT_LIMITS,
  isBlank,
  isIsoDate,
  isWellFormedText,
  type MessageCode,
  type MessageParams,
} from '@juki/policies';
import { IsOptional, registerDecorator, ValidateNested } from 'class-validator';
import { fromGlobalId } from '../relay/global-id';

/**
 * class-validator constraints of the API's input classes (第24条), each carrying the catalogue code it is
 * refused with and the bounds its message names. One violation per field is reported: the failing
 * constraint of the lowest rank (a missing value before a malformed one, before one out of range).
 * The value itself never travels with a violation.
 */
export interface InputConstraintContext {
  readonly code: MessageCode;
  readonly params: MessageParams;
  /** Which failure of a field is reported when several constraints fail (lowest first). */
  readonly rank: number;
}

export const RANK = {
  required: 0,
  characters: 1,
  length: 2,
  type: 3,
  format: 4,
  range: 5,
  items: 6,
} as const;

interface ConstraintSpec {
  /** Unique per property: the key of the constraint in class-validator's errors. */
  readonly name: string;
  readonly code: MessageCode;
  readonly params?: MessageParams;
  readonly rank: number;
  /** Applies to each item of an array value. */
  readonly each?: boolean;
  readonly test: (value: unknown) => boolean;
}

function constraint(spec: ConstraintSpec): PropertyDecorator {
  return (target, propertyKey) => {
    const context: InputConstraintContext = { code: spec.code, params: spec.params ?? {}, rank: spec.rank };
    registerDecorator({
      name: spec.name,
      target: target.constructor,
      propertyName: String(propertyKey),
      options: { context, ...(spec.each ? { each: true } : {}) },
      // A non-empty message: class-validator attaches the context only to a constraint whose message is truthy.
      validator: { validate: (value: unknown) => spec.test(value), defaultMessage: () => spec.code },
    });
  };
}

/** Options shared by the text constraints. */
export interface TextOptions {
  /** The code to refuse with instead of the generic INPUT code (an area's own, citing its article). */
  readonly code?: MessageCode;
  /** The params that code's message needs. */
  readonly params?: MessageParams;
  /** Check each item of a list of texts. */
  readonly each?: boolean;
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** A nullable argument: when null or absent, none of its other constraints apply. */
export const Optional = IsOptional;

/** A text that is not empty once trimmed (GraphQL's `String!` lets an empty string through). */
export function Required(options: TextOptions = {}): PropertyDecorator {
  return constraint({
    name: 'inputRequired',
    code: options.code ?? 'INPUT.REQUIRED',
    ...(options.params ? { params: options.params } : {}),
    rank: RANK.required,
    ...(options.each ? { each: true } : {}),
    test: (value) => isString(value) && !isBlank(value),
  });
}

/** At most `max` characters (Unicode code points, as MariaDB's utf8mb4 varchar counts them). */
export function MaxChars(max: number, options: TextOptions = {}): PropertyDecorator {
  return constraint({
    name: 'inputMaxChars',
    code: options.code ?? 'INPUT.TOO_LONG',
    params: options.params ?? { max },
    rank: RANK.length,
    ...(options.each ? { each: true } : {}),
    test: (value) => isString(value) && codePointLength(value) <= max,
  });
}

/** No control characters (TAB, LF and CR allowed with `allowLineBreaks`), no malformed UTF-16. */
export function PlainText(options: TextOptions & { readonly allowLineBreaks?: boolean } = {}): PropertyDecorator {
  return constraint({
    name: 'inputPlainText',
    code: options.code ?? 'INPUT.INVALID_CHARACTERS',
    ...(options.params ? { params: options.params } : {}),
    rank: RANK.characters,
    ...(options.each ? { each: true } : {}),
    test: (value) => isString(value) && isWellFormedText(value) && !hasControlCharacters(value, { allowLineBreaks: options.allowLineBreaks ?? false }),
  });
}

/** Matches `pattern` (a whole-value pattern: anchor it), or passes a predicate of the domain (e.g. `isAuditIdentifier`). */
export function Pattern(pattern: RegExp | ((text: string) => boolean), options: TextOptions = {}): PropertyDecorator {
  const matches = typeof pattern === 'function' ? pattern : (text: string) => pattern.test(text);
  return constraint({
    name: 'inputPattern',
    code: options.code ?? 'INPUT.INVALID_FORMAT',
    ...(options.params ? { params: options.params } : {}),
    rank: RANK.format,
    ...(options.each ? { each: true } : {}),
    test: (value) => isString(value) && matches(value),
  });
}

/** Row ids are UUIDs generated in code (decision 2 of issue 3). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether `value` is a global id this API could have issued: canonical base64 of `<Type>:<uuid>` (of one
 * of `types`, when given). A row id that is not a UUID names no row — and could not be recorded in the
 * operation history as the id of the record a refused call was about.
 */
export function isGlobalIdOf(value: unknown, types?: readonly string[]): boolean {
  if (!isString(value)) return false;
  try {
    const decoded = fromGlobalId(value);
    return UUID.test(decoded.id) && (types === undefined || types.includes(decoded.type));
  } catch {
    return false;
  }
}

/**
 * A global id (`base64("<Type>:<id>")`) this API could have issued; with `types`, of one of them. Whether
 * the record exists or may be read is for the resolver to find out (both answers must look the same).
 */
export function GlobalId(
  options: { readonly types?: readonly string[]; readonly code?: MessageCode; readonly params?: MessageParams; readonly each?: boolean } = {},
): PropertyDecorator {
  return constraint({
    name: 'inputGlobalId',
    code: options.code ?? 'INPUT.INVALID_ID',
    ...(options.params ? { params: options.params } : {}),
    ...(options.each ? { each: true } : {}),
    rank: RANK.format,
    test: (value) => isGlobalIdOf(value, options.types),
  });
}

export interface IntRangeOptions {
  readonly code?: MessageCode;
  readonly params?: MessageParams;
}

/** A whole number from `min` to `max` (inclusive): a Float argument must hold an integer, an Int its bounds. */
export function IntRange(min: number, max: number, options: IntRangeOptions = {}): PropertyDecorator {
  return (target, propertyKey) => {
    constraint({
      name: 'inputInteger',
      code: options.code ?? 'INPUT.NOT_AN_INTEGER',
      ...(options.params ? { params: options.params } : {}),
      rank: RANK.type,
      test: (value) => typeof value === 'number' && Number.isSafeInteger(value),
    })(target, propertyKey);
    constraint({
      name: 'inputIntRange',
      code: options.code ?? 'INPUT.OUT_OF_RANGE',
      params: options.params ?? { min, max },
      rank: RANK.range,
      test: (value) => typeof value === 'number' && value >= min && value <= max,
    })(target, propertyKey);
  };
}

const EARLIEST_INSTANT = new Date(INPUT_LIMITS.earliestInstant).getTime();
const LATEST_INSTANT = new Date(INPUT_LIMITS.latestInstant).getTime();

/** Whether `value` is a valid instant within the accepted range (INPUT_LIMITS). */
export function isInstantInRange(value: unknown): boolean {
  if (!(value instanceof Date)) return false;
  const time = value.getTime();
  return time >= EARLIEST_INSTANT && time <= LATEST_INSTANT;
}

/** An instant (DateTimeISO) from INPUT_LIMITS.earliestInstant to .latestInstant. */
export function Instant(): PropertyDecorator {
  return (target, propertyKey) => {
    constraint({
      name: 'inputInstant',
      code: 'INPUT.NOT_A_DATE',
      rank: RANK.type,
      test: (value) => value instanceof Date && !Number.isNaN(value.getTime()),
    })(target, propertyKey);
    constraint({
      name: 'inputInstantRange',
      code: 'INPUT.DATE_OUT_OF_RANGE',
      params: { min: INPUT_LIMITS.earliestInstant, max: INPUT_LIMITS.latestInstant },
      rank: RANK.range,
      test: isInstantInRange,
    })(target, propertyKey);
  };
}

/** A calendar date (the `Date` scalar, YYYY-MM-DD) from INPUT_LIMITS.earliestDate to .latestDate. */
export function CalendarDate(): PropertyDecorator {
  return (target, propertyKey) => {
    constraint({
      name: 'inputCalendarDate',
      code: 'INPUT.NOT_A_DATE',
      rank: RANK.type,
      test: (value) => isString(value) && isIsoDate(value),
    })(target, propertyKey);
    constraint({
      name: 'inputCalendarDateRange',
      code: 'INPUT.DATE_OUT_OF_RANGE',
      params: { min: INPUT_LIMITS.earliestDate, max: INPUT_LIMITS.latestDate },
      rank: RANK.range,
      // ISO dates of four-digit years compare as text.
      test: (value) => isString(value) && value >= INPUT_LIMITS.earliestDate && value <= INPUT_LIMITS.latestDate,
    })(target, propertyKey);
  };
}

export interface ItemsOptions {
  readonly min?: number;
  readonly max: number;
  /** No value twice (compared as JSON). */
  readonly unique?: boolean;
  /** Codes (and params) instead of INPUT.TOO_FEW_ITEMS / TOO_MANY_ITEMS. */
  readonly tooFew?: { readonly code: MessageCode; readonly params?: MessageParams };
  readonly tooMany?: { readonly code: MessageCode; readonly params?: MessageParams };
}

/** A list of `min`–`max` items, optionally without duplicates. */
export function Items(options: ItemsOptions): PropertyDecorator {
  return (target, propertyKey) => {
    const min = options.min ?? 0;
    if (min > 0) {
      constraint({
        name: 'inputMinItems',
        code: options.tooFew?.code ?? 'INPUT.TOO_FEW_ITEMS',
        params: options.tooFew?.params ?? { min },
        rank: RANK.required,
        test: (value) => Array.isArray(value) && value.length >= min,
      })(target, propertyKey);
    }
    constraint({
      name: 'inputMaxItems',
      code: options.tooMany?.code ?? 'INPUT.TOO_MANY_ITEMS',
      params: options.tooMany?.params ?? { max: options.max },
      rank: RANK.items,
      test: (value) => Array.isArray(value) && value.length <= options.max,
    })(target, propertyKey);
    if (options.unique) {
      constraint({
        name: 'inputUniqueItems',
        code: 'INPUT.DUPLICATE_ITEMS',
        rank: RANK.items,
        test: (value) => Array.isArray(value) && new Set(value.map((item) => JSON.stringify(item))).size === value.length,
      })(target, propertyKey);
    }
  };
}

/** An input object (or a list of them) whose own constraints apply, reported under this field's path. */
export function Nested(): PropertyDecorator {
  return ValidateNested();
}
