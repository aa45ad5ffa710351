import { catalogueEntry, codePointLength, INPUT_LIMITS, isWellFormedText, localize, type MessageCode, type MessageParams } from '@juki/policies';
import type { ValidationError } from 'class-validator';
import { ApiError } from '../api-error';
import { isInstantInRange, RANK, type InputConstraintContext } from './input-constraints';

/** One field of the input that breaks a constraint: where, which code, the bounds its message names. Never the value. */
export interface InputViolation {
  readonly field: string;
  readonly code: MessageCode;
  readonly params: MessageParams;
}

/** At most this many failing fields are named in one error (the rest are counted). */
export const MAX_REPORTED_FIELDS = 20;

/** Any list argument without a tighter bound of its own. */
export const MAX_LIST_ITEMS = 1_000;

function isConstraintContext(value: unknown): value is InputConstraintContext {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string' && typeof (value as { rank?: unknown }).rank === 'number';
}

function childPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent === '' ? property : `${parent}.${property}`;
}

/**
 * The violations class-validator found, one per field: the failing constraint of the lowest rank. A
 * constraint without an input context (a plain class-validator decorator) is INPUT.INVALID_VALUE.
 */
export function violationsOf(errors: readonly ValidationError[], parent = ''): InputViolation[] {
  const out: InputViolation[] = [];
  for (const error of errors) {
    const field = childPath(parent, error.property);
    const names = Object.keys(error.constraints ?? {});
    if (names.length > 0) {
      let best: InputConstraintContext | null = null;
      for (const name of names) {
        const context: unknown = error.contexts?.[name];
        const candidate: InputConstraintContext = isConstraintContext(context) ? context : { code: 'INPUT.INVALID_VALUE', params: {}, rank: RANK.items + 1 };
        if (best === null || candidate.rank < best.rank) best = candidate;
      }
      if (best) out.push({ field, code: best.code, params: best.params });
    }
    if (error.children && error.children.length > 0) out.push(...violationsOf(error.children, field));
  }
  return out;
}

/**
 * The constraints every argument of every operation obeys, whatever its class says (a safety net): texts
 * are well-formed UTF-16 and at most INPUT_LIMITS.maxText characters, lists at most MAX_LIST_ITEMS
 * items, instants within INPUT_LIMITS. `args` is graphql-js's argument object of one field.
 */
export function scanArguments(args: Readonly<Record<string, unknown>>): InputViolation[] {
  const out: InputViolation[] = [];
  const visit = (value: unknown, field: string, depth: number): void => {
    if (out.length >= MAX_REPORTED_FIELDS || depth > 20) return;
    if (typeof value === 'string') {
      if (!isWellFormedText(value)) out.push({ field, code: 'INPUT.INVALID_CHARACTERS', params: {} });
      else if (value.length > INPUT_LIMITS.maxText && codePointLength(value) > INPUT_LIMITS.maxText) {
        out.push({ field, code: 'INPUT.TOO_LONG', params: { max: INPUT_LIMITS.maxText } });
      }
      return;
    }
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) out.push({ field, code: 'INPUT.NOT_A_DATE', params: {} });
      else if (!isInstantInRange(value)) {
        out.push({ field, code: 'INPUT.DATE_OUT_OF_RANGE', params: { min: INPUT_LIMITS.earliestInstant, max: INPUT_LIMITS.latestInstant } });
      }
      return;
    }
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) {
        out.push({ field, code: 'INPUT.TOO_MANY_ITEMS', params: { max: MAX_LIST_ITEMS } });
        return;
      }
      value.forEach((item, index) => visit(item, `${field}[${index}]`, depth + 1));
      return;
    }
    if (typeof value === 'object' && value !== null) {
      for (const key of Object.keys(value)) visit((value as Record<string, unknown>)[key], childPath(field, key), depth + 1);
    }
  };
  for (const key of Object.keys(args)) visit(args[key], key, 0);
  return out;
}

/** `first` then those of `second` on fields (and their parts) not reported already. */
export function mergeViolations(first: readonly InputViolation[], second: readonly InputViolation[]): InputViolation[] {
  const covered = (field: string): boolean =>
    first.some((v) => field === v.field || field.startsWith(`${v.field}.`) || field.startsWith(`${v.field}[`));
  return [...first, ...second.filter((v) => !covered(v.field))];
}

/**
 * The refusal of malformed input: BAD_USER_INPUT, with the catalogue's ja/en text and article.
 * One failing field: its own code as `reason`. Several: `INPUT.INVALID_FIELDS` (第24条) followed by each
 * field's text. `params.fields` lists the failing fields and `params.violations` their codes (same order,
 * comma-separated); no value entered is ever part of it.
 */
export function inputError(violations: readonly InputViolation[]): ApiError {
  if (violations.length === 0) throw new RangeError('inputError needs at least one violation');
  const reported = violations.slice(0, MAX_REPORTED_FIELDS);
  const fields = reported.map((v) => v.field).join(',');
  const codes = reported.map((v) => v.code).join(',');
  const first = reported[0] as InputViolation;
  if (violations.length === 1) {
    const params: MessageParams = { field: first.field, ...first.params, fields, violations: codes };
    const text = localize(first.code, params);
    return new ApiError('BAD_USER_INPUT', text.en, params, { reason: first.code, text, article: catalogueEntry(first.code).article });
  }
  const params: MessageParams = { count: violations.length, fields, violations: codes };
  const summary = localize('INPUT.INVALID_FIELDS', params);
  const each = reported.map((v) => localize(v.code, { field: v.field, ...v.params }));
  const text = {
    ja: [summary.ja, ...each.map((t) => t.ja)].join(''),
    en: [summary.en, ...each.map((t) => t.en)].join(' '),
  };
  return new ApiError('BAD_USER_INPUT', text.en, params, {
    reason: 'INPUT.INVALID_FIELDS',
    text,
    article: catalogueEntry('INPUT.INVALID_FIELDS').article,
  });
}
