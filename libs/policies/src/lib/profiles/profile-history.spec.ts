import { profileWith } from '../../testing';
import { CHIBA_PROFILES } from './chiba-profiles';
import { CHIBA_PROFILE_HISTORY, DEFAULT_PROFILE, ProfileHistory, articleInForce } from './profile-history';

describe('policy profiles (附則, 第24条)', () => {
  it('the default profile is Chiba’s current one with the parameters the issue fixes', () => {
    expect(DEFAULT_PROFILE.id).toBe('chiba-r08-04-01');
    expect(DEFAULT_PROFILE.passwords).toMatchObject({ minLength: 12, minScore: 3, expiryDays: 90, historyDepth: 5, maxConsecutiveFailures: 5 });
    expect(DEFAULT_PROFILE.passwords.maxLength).toBeGreaterThanOrEqual(64);
    expect(DEFAULT_PROFILE.retention.operationHistory).toEqual({ years: 7, basis: '第19条第1項' });
  });

  it('has one profile per 附則 date, oldest first', () => {
    expect(CHIBA_PROFILES.slice(0, 6).map((p) => p.effectiveFrom)).toEqual([
      '2002-08-05',
      '2002-12-12',
      '2003-08-25',
      '2005-04-01',
      '2006-04-01',
      '2007-04-01',
    ]);
  });

  it.each([
    ['2002-08-04', undefined],
    ['2002-08-05', 'chiba-h14-08-05'],
    ['2003-08-24', 'chiba-h14-12-12'],
    ['2003-08-25', 'chiba-h15-08-25'],
    ['2026-03-31', 'chiba-h19-04-01'],
    ['2026-04-01', 'chiba-r08-04-01'],
    ['2031-01-01', 'chiba-r08-04-01'],
  ])('on %s the profile in force is %s', (date, id) => {
    expect(CHIBA_PROFILE_HISTORY.inForceOn(date)?.id).toBe(id);
  });

  it('evaluates an earlier date under the earlier parameters', () => {
    expect(CHIBA_PROFILE_HISTORY.require('2020-01-01').passwords.minLength).toBe(8);
    expect(CHIBA_PROFILE_HISTORY.require('2026-11-28').passwords.minLength).toBe(12);
    expect(() => CHIBA_PROFILE_HISTORY.require('2001-01-01')).toThrow(RangeError);
  });

  it('chapter 4 (resident cards) is not in force before 平成15年8月25日', () => {
    const early = CHIBA_PROFILE_HISTORY.require('2003-01-01');
    expect(articleInForce(early, '第10条の3第3号')).toBe(false);
    expect(articleInForce(early, '第10条の4')).toBe(false);
    expect(articleInForce(early, '第10条第3項')).toBe(true);
    expect(articleInForce(CHIBA_PROFILE_HISTORY.require('2003-08-25'), '第10条の3第3号')).toBe(true);
  });

  it('refuses malformed histories', () => {
    expect(() => new ProfileHistory([])).toThrow();
    expect(() => new ProfileHistory([profileWith({ passwords: { maxLength: 32 } })])).toThrow(/maxLength/);
    expect(() => new ProfileHistory([DEFAULT_PROFILE, { ...DEFAULT_PROFILE, id: 'other' }])).toThrow(/same date/);
    expect(() => new ProfileHistory([DEFAULT_PROFILE, DEFAULT_PROFILE])).toThrow(/unique/);
    expect(() => new ProfileHistory([{ ...DEFAULT_PROFILE, effectiveFrom: '2026-02-30' }])).toThrow(/date/);
  });
});
