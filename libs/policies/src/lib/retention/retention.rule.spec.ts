import fc from 'fast-check';
import { profileWith } from '../../testing';
import { RECORD_KINDS } from '../profiles/policy-profile';
import { checkPurge, mayPurge, retentionLastDay } from './retention.rule';

const jst = (date: string, time = '12:00'): Date => new Date(`${date}T${time}:00+09:00`);

describe('art19.retention (第19条第1項)', () => {
  it.each([
    // created (JST)        now (JST)                  hold   may purge
    ['2019-04-01', '2026-04-01 23:59', false, false],
    ['2019-04-01', '2026-04-02 00:00', false, true],
    ['2019-04-01', '2030-01-01 00:00', true, false],
    ['2019-04-01', '2019-04-01 13:00', false, false],
    ['2020-02-29', '2027-02-28 23:59', false, false],
    ['2020-02-29', '2027-03-01 00:00', false, true],
  ])('operation history created %s, purge at %s, hold %s → %s', (created, now, hold, expected) => {
    const [day, time] = now.split(' ');
    expect(mayPurge('operationHistory', jst(created), jst(day as string, time), hold)).toBe(expected);
  });

  it('counts the Japanese calendar day, not UTC: 2019-04-01 00:30 JST is still 2019-04-01', () => {
    expect(retentionLastDay('operationHistory', jst('2019-04-01', '00:30'))).toBe('2026-04-01');
  });

  it('names every reason at once', () => {
    const r = checkPurge({ kind: 'operationHistory', createdAt: jst('2025-01-01'), now: jst('2025-06-01'), legalHold: true });
    expect(r.violations.map((v) => v.code)).toEqual(['RETENTION.PERIOD_NOT_ENDED', 'RETENTION.LEGAL_HOLD']);
    expect(r.violations[0]?.params).toMatchObject({ years: 7, until: '2032-01-01' });
    expect(r.violations[0]?.article).toBe('第19条第1項');
  });

  it('reads the period from the profile', () => {
    const shorter = profileWith({ retention: { logonHistory: { years: 1, basis: '第24条' } } });
    expect(mayPurge('logonHistory', jst('2024-01-01'), jst('2025-01-02'), false, shorter)).toBe(true);
    expect(mayPurge('logonHistory', jst('2024-01-01'), jst('2025-01-02'), false)).toBe(false);
  });

  it('property: never purgeable under a legal hold, and never within the period', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RECORD_KINDS),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 20 * 366 }),
        fc.boolean(),
        (kind, created, ageDays, hold) => {
          const now = new Date(created.getTime() + ageDays * 86_400_000);
          const allowed = mayPurge(kind, created, now, hold);
          if (hold) return !allowed;
          // Strictly less than N years of days can never be past the period.
          const years = 7;
          if (kind === 'operationHistory' && ageDays < years * 365) return !allowed;
          return true;
        },
      ),
    );
  });

  it('property: once purgeable, it stays purgeable later', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 4000 }),
        (created, a, b) => {
          const t1 = new Date(created.getTime() + Math.min(a, b) * 86_400_000 * 1.0);
          const t2 = new Date(created.getTime() + Math.max(a, b) * 86_400_000 * 1.0);
          return !mayPurge('operationHistory', created, t1, false) || mayPurge('operationHistory', created, t2, false);
        },
      ),
    );
  });

  describe('total over every instant a Date can hold (years −271821 to 275760)', () => {
    const MIN = -8.64e15;
    const MAX = 8.64e15;
    const anyDate = fc.date({ min: new Date(MIN), max: new Date(MAX), noInvalidDate: true });
    const DAY = 86_400_000;

    it('past the year 9999 and at both ends of the range, without throwing', () => {
      expect(retentionLastDay('operationHistory', new Date('9993-06-01T00:00:00Z'))).toBe('+010000-06-01');
      expect(mayPurge('operationHistory', new Date('9993-06-01T00:00:00Z'), new Date('9999-12-31T00:00:00Z'), false)).toBe(false);
      expect(mayPurge('operationHistory', new Date('9993-06-01T00:00:00Z'), new Date(Date.UTC(10000, 5, 2)), false)).toBe(true);
      expect(checkPurge({ kind: 'operationHistory', createdAt: new Date(MAX), now: new Date(MAX), legalHold: false }).violations[0]?.params).toMatchObject({
        until: '+275767-09-13',
      });
      expect(mayPurge('operationHistory', new Date(MIN), new Date(MAX), false)).toBe(true);
      expect(mayPurge('operationHistory', new Date(MIN), new Date(MIN), false)).toBe(false);
      expect(retentionLastDay('operationHistory', new Date(MIN))).toBe('-271814-04-20');
    });

    it('property: never throws, and purgeable exactly when the JST day is past the last day', () => {
      fc.assert(
        fc.property(fc.constantFrom(...RECORD_KINDS), anyDate, anyDate, fc.boolean(), (kind, created, now, hold) => {
          const r = checkPurge({ kind, createdAt: created, now, legalHold: hold });
          const years = 7;
          const age = now.getTime() - created.getTime();
          if (kind === 'operationHistory' && age < years * 365 * DAY) expect(r.ok).toBe(false);
          if (age > (years * 366 + 2) * DAY && !hold && kind === 'operationHistory') expect(r.ok).toBe(true);
          if (hold) expect(r.ok).toBe(false);
        }),
        { numRuns: 2_000 },
      );
    });

    it('property: agrees with the Date-based count wherever Date can count (years 0–9990)', () => {
      fc.assert(
        fc.property(fc.date({ min: new Date('0000-01-02T00:00:00Z'), max: new Date('9990-01-01T00:00:00Z'), noInvalidDate: true }), (created) => {
          const shifted = new Date(created.getTime() + 9 * 3_600_000);
          const y = shifted.getUTCFullYear() + 7;
          const m = shifted.getUTCMonth();
          const d = Math.min(shifted.getUTCDate(), new Date(Date.UTC(y, m + 1, 0)).getUTCDate());
          const expected = new Date(Date.UTC(2000, m, d));
          expected.setUTCFullYear(y);
          expect(retentionLastDay('operationHistory', created)).toBe(expected.toISOString().slice(0, 10));
        }),
        { numRuns: 2_000 },
      );
    });
  });
});
