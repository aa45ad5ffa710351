import { addDays, CHIBA_PROFILE_HISTORY, DEFAULT_PROFILE, isCardDisposalOverdue } from '@juki/policies';
import fc from 'fast-check';
import { overdueCardCutoff } from './overdue-cards';

describe('the overdue list of cards awaiting disposal (第10条の3第1号)', () => {
  it('selects exactly the cards isCardDisposalOverdue flags (property, every profile in force)', () => {
    const profiles = [DEFAULT_PROFILE, CHIBA_PROFILE_HISTORY.require('2004-04-01')];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 3000 }), fc.constantFrom(...profiles), (waited, offset, profile) => {
        const today = addDays('2026-06-01', -offset);
        const since = addDays(today, -waited);
        expect(since < overdueCardCutoff(today, profile)).toBe(isCardDisposalOverdue(since, today, profile));
      }),
    );
  });
});
