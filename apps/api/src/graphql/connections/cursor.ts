import { badUserInput } from '../request-errors';

/** A position in a keyset ordering: the sort key's value(s) and the id that breaks ties. */
export type CursorValues = readonly (string | number)[];

const MAX_CURSOR_LENGTH = 512;
const PREFIX = 'k1:';

/** An opaque cursor (base64url of a versioned JSON array): clients pass it back, they never build it. */
export function encodeCursor(values: CursorValues): string {
  return Buffer.from(PREFIX + JSON.stringify(values), 'utf8').toString('base64url');
}

/** Decodes a cursor of `arity` values or refuses with BAD_USER_INPUT (never an internal error). */
export function decodeCursor(cursor: string, arity: number, argument: string): CursorValues {
  const invalid = (): Error => badUserInput('REQUEST.INVALID_CURSOR', { argument });
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(PREFIX.length));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== arity ||
    !parsed.every((v) => (typeof v === 'string' && v.length <= 256) || (typeof v === 'number' && Number.isFinite(v)))
  ) {
    throw invalid();
  }
  return parsed as CursorValues;
}
