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
});
