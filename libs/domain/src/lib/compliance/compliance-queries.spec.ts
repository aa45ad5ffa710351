import { COMPLIANCE_CHECKS } from '@juki/policies';
import { COMPLIANCE_QUERIES } from './compliance-queries';
import { endOfJstDay, pageLimit, readInstant, readIsoDate, sqlInstant } from './compliance-query';

describe('the compliance query registry', () => {
  it('has exactly one query per check of COMPLIANCE_CHECKS, for that check', () => {
    expect([...COMPLIANCE_QUERIES.keys()].sort()).toEqual(COMPLIANCE_CHECKS.map((c) => c.id).sort());
    for (const check of COMPLIANCE_CHECKS) expect(COMPLIANCE_QUERIES.get(check.id)?.check).toBe(check);
  });
});

describe('the as-of instants and the values both drivers return', () => {
  it('the end of a date in Japan is the next day at 00:00 JST (15:00 UTC)', () => {
    expect(endOfJstDay('2026-03-31').toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(endOfJstDay('2024-02-29').toISOString()).toBe('2024-02-29T15:00:00.000Z');
  });

  it('instants are written as both databases store datetime(3), in UTC, and read back from either driver', () => {
    const at = new Date('2026-06-05T01:02:03.456Z');
    expect(sqlInstant(at)).toBe('2026-06-05 01:02:03.456');
    expect(readInstant(sqlInstant(at))?.toISOString()).toBe(at.toISOString());
    expect(readInstant(at)).toBe(at);
    expect(readInstant(null)).toBeNull();
    expect(readIsoDate(new Date('2026-05-01T00:00:00.000Z'))).toBe('2026-05-01');
    expect(readIsoDate('2026-05-01')).toBe('2026-05-01');
  });

  it('offender pages hold 0–100 records', () => {
    expect(pageLimit({ first: 0, after: null })).toBe(1);
    expect(pageLimit({ first: 100, after: null })).toBe(101);
    expect(() => pageLimit({ first: 101, after: null })).toThrow(RangeError);
    expect(() => pageLimit({ first: -1, after: null })).toThrow(RangeError);
  });
});
