import fc from 'fast-check';
import { ApiError } from '../api-error';
import { fromGlobalId, rowIdOf, toGlobalId } from './global-id';

const UUID = '0b9c6e4e-3f0a-4b53-9c7e-2d3c1f0a9b11';

describe('global ids', () => {
  it('are base64 of "<Type>:<id>"', () => {
    const id = toGlobalId('OrganisationUnit', UUID);
    expect(Buffer.from(id, 'base64').toString()).toBe(`OrganisationUnit:${UUID}`);
    expect(fromGlobalId(id)).toEqual({ type: 'OrganisationUnit', id: UUID });
    expect(rowIdOf(id, 'OrganisationUnit')).toBe(UUID);
    expect(rowIdOf(id, 'Staff')).toBeNull();
  });

  it.each(['', 'not base64!', Buffer.from('OrganisationUnit').toString('base64'), Buffer.from(`x:${UUID}`).toString('base64'), Buffer.from("OrganisationUnit:' OR 1=1").toString('base64'), 'A'.repeat(300)])(
    'refuses %j with BAD_USER_INPUT',
    (id) => {
      expect(() => fromGlobalId(id)).toThrow(ApiError);
      try {
        fromGlobalId(id);
      } catch (error) {
        expect((error as ApiError).code).toBe('BAD_USER_INPUT');
      }
    },
  );

  it('property: any string either decodes to a canonical id or is refused as bad input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        try {
          const { type, id } = fromGlobalId(text);
          return toGlobalId(type, id) === text;
        } catch (error) {
          return error instanceof ApiError && error.code === 'BAD_USER_INPUT';
        }
      }),
    );
  });
});
