import { profileWith } from '../../testing';
import fc from 'fast-check';
import { CHIBA_PROFILE_HISTORY } from '../profiles/profile-history';
import { evaluatePasswordLifecycle } from './password-lifecycle.rule';

const DAY = 24 * 60 * 60 * 1000;
// 2026-04-01 10:00 JST
const CHANGED = new Date('2026-04-01T01:00:00Z');
const at = (days: number, hours = 0) => new Date(CHANGED.getTime() + days * DAY + hours * 3_600_000);

describe('evaluatePasswordLifecycle (第21条第1項・第4項)', () => {
  it('expires 90 days after the change, at the same time of day', () => {
    const status = evaluatePasswordLifecycle({ changedAt: CHANGED, now: at(1), mustChange: false });
    expect(status.expiresAt.toISOString()).toBe('2026-06-30T01:00:00.000Z');
  });

  it.each([
    // days after change, hours, expired, warning, daysLeft
    [0, 0, false, false, 90],
    [75, 0, false, false, 15],
    [76, 0, false, true, 14], // first day of the 14-day warning window
    [89, 0, false, true, 1],
    [90, -1, false, true, 0], // expiry day, an hour before the instant
    [90, 0, true, false, 0], // the expiry instant itself
    [91, 0, true, false, -1],
    [400, 0, true, false, -310],
  ])('day %i %ih: expired %s, warning %s, %i days left', (days, hours, expired, warning, daysLeft) => {
    const status = evaluatePasswordLifecycle({ changedAt: CHANGED, now: at(days, hours), mustChange: false });
    expect(status.expired).toBe(expired);
    expect(status.inWarningWindow).toBe(warning);
    expect(status.daysLeft).toBe(daysLeft);
    expect(status.ok).toBe(!expired);
    expect(status.violations.map((v) => v.code)).toEqual(expired ? ['PASSWORDS.EXPIRED'] : []);
  });

  it('counts days left on the Japanese calendar (JST), not in UTC', () => {
    // expiry 2026-06-30 10:00 JST; now 2026-06-29 23:30 JST = 14:30 UTC on the 29th
    const status = evaluatePasswordLifecycle({ changedAt: CHANGED, now: new Date('2026-06-29T14:30:00Z'), mustChange: false });
    expect(status.daysLeft).toBe(1);
    const nextDay = evaluatePasswordLifecycle({ changedAt: CHANGED, now: new Date('2026-06-29T15:30:00Z'), mustChange: false });
    expect(nextDay.daysLeft).toBe(0);
  });

  it('the expired message cites 第21条第1項 and gives the expiry date', () => {
    const [v] = evaluatePasswordLifecycle({ changedAt: CHANGED, now: at(100), mustChange: false }).violations;
    expect(v?.article).toBe('第21条第1項');
    expect(v?.message.ja).toContain('2026-06-30');
    expect(v?.message.en).toContain('2026-06-30');
  });

  it('after a reset the password must be changed at once (第21条第4項), also together with expiry', () => {
    const fresh = evaluatePasswordLifecycle({ changedAt: CHANGED, now: at(0, 1), mustChange: true });
    expect(fresh.ok).toBe(false);
    expect(fresh.mustChange).toBe(true);
    expect(fresh.violations.map((v) => [v.code, v.article])).toEqual([['PASSWORDS.MUST_CHANGE', '第21条第4項']]);
    const both = evaluatePasswordLifecycle({ changedAt: CHANGED, now: at(95), mustChange: true });
    expect(both.violations.map((v) => v.code)).toEqual(['PASSWORDS.EXPIRED', 'PASSWORDS.MUST_CHANGE']);
  });

  it('reads expiryDays and warningDays from the profile', () => {
    const profile = profileWith({ passwords: { expiryDays: 30, warningDays: 3 } });
    expect(evaluatePasswordLifecycle({ changedAt: CHANGED, now: at(26), mustChange: false }, profile).inWarningWindow).toBe(false);
    expect(evaluatePasswordLifecycle({ changedAt: CHANGED, now: at(27), mustChange: false }, profile).inWarningWindow).toBe(true);
    expect(evaluatePasswordLifecycle({ changedAt: CHANGED, now: at(30), mustChange: false }, profile).expired).toBe(true);
    const legacy = CHIBA_PROFILE_HISTORY.require('2005-04-01');
    expect(evaluatePasswordLifecycle({ changedAt: CHANGED, now: at(120), mustChange: false }, legacy).expired).toBe(false);
  });

  it('refuses invalid instants', () => {
    expect(() => evaluatePasswordLifecycle({ changedAt: new Date('nope'), now: CHANGED, mustChange: false })).toThrow(RangeError);
  });

  it('property: expired exactly when now ≥ changedAt + expiryDays; warning only before expiry', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10 * DAY, max: 200 * DAY }), fc.integer({ min: 1, max: 365 }), fc.integer({ min: 0, max: 30 }), (offset, expiryDays, warningDays) => {
        const profile = profileWith({ passwords: { expiryDays, warningDays } });
        const now = new Date(CHANGED.getTime() + offset);
        const s = evaluatePasswordLifecycle({ changedAt: CHANGED, now, mustChange: false }, profile);
        expect(s.expired).toBe(offset >= expiryDays * DAY);
        expect(s.ok).toBe(!s.expired);
        if (s.inWarningWindow) expect(s.expired).toBe(false);
        if (!s.expired) expect(s.daysLeft).toBeGreaterThanOrEqual(0);
        if (!s.expired && s.daysLeft <= warningDays) expect(s.inWarningWindow).toBe(true);
      }),
    );
  });
});
