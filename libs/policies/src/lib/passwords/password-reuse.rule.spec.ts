import { profileWith } from '../../testing';
import fc from 'fast-check';
import { checkPasswordReuse } from './password-reuse.rule';

describe('checkPasswordReuse (第21条第4項)', () => {
  it.each([
    [[], true],
    [[false, false, false, false, false], true],
    [[true], false], // the current password
    [[false, false, false, false, true], false], // the fifth newest still counts
    [[false, false, false, false, false, true], true], // the sixth is beyond the history depth
    [[false, true, false, false, false, true], false],
  ])('%j → ok %s', (history, ok) => {
    const r = checkPasswordReuse(history);
    expect(r.ok).toBe(ok);
    expect(r.violations.map((v) => [v.code, v.article])).toEqual(ok ? [] : [['PASSWORDS.REUSED', '第21条第4項']]);
  });

  it('says how many previous passwords count', () => {
    const [v] = checkPasswordReuse([true]).violations;
    expect(v?.message.ja).toContain('5');
    expect(v?.params).toEqual({ historyDepth: 5 });
  });

  it('reads historyDepth from the profile', () => {
    const three = profileWith({ passwords: { historyDepth: 3 } });
    expect(checkPasswordReuse([false, false, false, true], three).ok).toBe(true);
    expect(checkPasswordReuse([false, false, true], three).ok).toBe(false);
  });

  it('property: rejected exactly when one of the newest historyDepth entries matches', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 12 }), fc.integer({ min: 0, max: 10 }), (history, historyDepth) => {
        const r = checkPasswordReuse(history, profileWith({ passwords: { historyDepth } }));
        expect(r.ok).toBe(!history.slice(0, historyDepth).includes(true));
      }),
    );
  });
});
