import { OperatorIdCardType } from '../../identity/operator-id-card.type';
import { StaffType } from '../../identity/staff.type';
import { OrganisationUnitType } from '../../organisation/organisation-unit.type';
import { blankObject } from './blank-object';

/** Every class the mappers build with `blankObject` (operator-id-card, staff and organisation-unit mappers). */
const MAPPED = [OperatorIdCardType, StaffType, OrganisationUnitType] as const;

describe('blankObject', () => {
  it.each(MAPPED.map((type) => [type.name, type] as const))('%s: the same object as `new` (the constructor sets nothing)', (_name, type) => {
    const constructed = new type() as object;
    const blank = blankObject(type as new () => object);
    // A field initialiser added to the class would give `new` own properties that blankObject skips.
    expect(Object.getOwnPropertyNames(constructed)).toEqual([]);
    expect(Object.getOwnPropertySymbols(constructed)).toEqual([]);
    expect(Object.getPrototypeOf(blank)).toBe(Object.getPrototypeOf(constructed));
    expect(blank).toBeInstanceOf(type);
    expect(Object.getOwnPropertyNames(blank)).toEqual([]);
  });
});
