import fc from 'fast-check';
import { ApiError } from '../api-error';
import { decodeCursor, encodeCursor } from './cursor';
import { nestedPageSize, pageRequest } from './page-request';

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof ApiError ? `${error.code} ${error.details.reason ?? ''}` : 'not an ApiError';
  }
}

describe('connection arguments', () => {
  it.each<[string, Record<string, unknown>, string | undefined]>([
    ['no arguments: the first 100', {}, undefined],
    ['first 100', { first: 100 }, undefined],
    ['first 101', { first: 101 }, 'BAD_USER_INPUT REQUEST.PAGE_TOO_LARGE'],
    ['last 1000', { last: 1000 }, 'BAD_USER_INPUT REQUEST.PAGE_TOO_LARGE'],
    ['first -1', { first: -1 }, 'BAD_USER_INPUT REQUEST.PAGE_SIZE_NEGATIVE'],
    ['first and last', { first: 1, last: 1 }, 'BAD_USER_INPUT REQUEST.FIRST_AND_LAST'],
    ['an empty cursor', { after: '' }, 'BAD_USER_INPUT REQUEST.INVALID_CURSOR'],
    ['a forged cursor', { after: Buffer.from('["x","y"]').toString('base64url') }, 'BAD_USER_INPUT REQUEST.INVALID_CURSOR'],
    ['SQL in a cursor', { before: "' OR 1=1 --" }, 'BAD_USER_INPUT REQUEST.INVALID_CURSOR'],
  ])('%s', (_name, args, expected) => {
    expect(reasonOf(() => pageRequest(args, 2))).toBe(expected);
  });

  it('reads the direction and size', () => {
    expect(pageRequest({}, 2)).toEqual({ direction: 'forward', size: 100, after: null, before: null });
    const cursor = encodeCursor(['chuo', 'id-1']);
    expect(pageRequest({ last: 5, before: cursor }, 2)).toEqual({ direction: 'backward', size: 5, after: null, before: ['chuo', 'id-1'] });
  });

  it('caps nested pages the same way', () => {
    expect(nestedPageSize(undefined)).toBe(100);
    expect(reasonOf(() => nestedPageSize(101))).toBe('BAD_USER_INPUT REQUEST.PAGE_TOO_LARGE');
  });

  it('property: a cursor round-trips, and any other string is refused or decodes to the right arity', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 40 }), fc.integer()), { minLength: 1, maxLength: 3 }), (values) => {
        expect(decodeCursor(encodeCursor(values), values.length, 'after')).toEqual(values);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (text) => {
        const reason = reasonOf(() => decodeCursor(text, 2, 'after'));
        return reason === undefined || reason === 'BAD_USER_INPUT REQUEST.INVALID_CURSOR';
      }),
    );
  });
});
