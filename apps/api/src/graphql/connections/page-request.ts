import { badUserInput } from '../request-errors';
import { decodeCursor, type CursorValues } from './cursor';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size';

/** The Relay arguments of a connection field. */
export interface ConnectionArguments {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

/** One page to fetch: its direction, size and the keyset bounds decoded from the cursors. */
export interface PageRequest {
  readonly direction: 'forward' | 'backward';
  readonly size: number;
  readonly after: CursorValues | null;
  readonly before: CursorValues | null;
}

/**
 * Validates the Relay arguments: `first` and `last` are 0…MAX_PAGE_SIZE and not both given, cursors are
 * ones this API issued (`arity` values each). Refusals are BAD_USER_INPUT with a precise reason.
 */
export function pageRequest(args: ConnectionArguments, arity: number): PageRequest {
  const first = args.first ?? null;
  const last = args.last ?? null;
  if (first !== null && last !== null) throw badUserInput('REQUEST.FIRST_AND_LAST');
  for (const [argument, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value === null) continue;
    if (value < 0) throw badUserInput('REQUEST.PAGE_SIZE_NEGATIVE', { argument });
    if (value > MAX_PAGE_SIZE) throw badUserInput('REQUEST.PAGE_TOO_LARGE', { argument, max: MAX_PAGE_SIZE });
  }
  return {
    direction: last !== null ? 'backward' : 'forward',
    size: last ?? first ?? DEFAULT_PAGE_SIZE,
    after: args.after !== null && args.after !== undefined ? decodeCursor(args.after, arity, 'after') : null,
    before: args.before !== null && args.before !== undefined ? decodeCursor(args.before, arity, 'before') : null,
  };
}

/** Validates the `first` of a nested connection (a page per parent; further pages come from the root query). */
export function nestedPageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (first < 0) throw badUserInput('REQUEST.PAGE_SIZE_NEGATIVE', { argument: 'first' });
  if (first > MAX_PAGE_SIZE) throw badUserInput('REQUEST.PAGE_TOO_LARGE', { argument: 'first', max: MAX_PAGE_SIZE });
  return first;
}
