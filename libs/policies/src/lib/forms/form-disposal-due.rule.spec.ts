import fc from 'fast-check';
import { profileWith } from '../../testing';
import { addDays } from '../calendar/calendar-date';
import {
  checkFormDisposalDue,
  formDisposalDaysOverdue,
  formDisposalDueDate,
  isFormDisposalOverdue,
} from './form-disposal-due.rule';

describe('第10条第3項: 保管期間の終了等に伴い帳票を廃棄する場合は…速やかに廃棄する', () => {
  it.each([
    // forms.disposalDueDays = 30 in the default profile
    ['2026-03-31', '2026-03-31', false, 0],
    ['2026-03-31', '2026-04-30', false, 0],
    ['2026-03-31', '2026-05-01', true, 1],
    ['2026-03-31', '2026-06-29', true, 60],
    ['2026-03-31', '2026-01-01', false, 0],
  ])('keeping period ended %s, on %s: overdue %s by %i days', (end, today, overdue, days) => {
    expect(isFormDisposalOverdue(end, today)).toBe(overdue);
    expect(formDisposalDaysOverdue(end, today)).toBe(days);
  });

  it('reads forms.disposalDueDays from the profile', () => {
    const profile = profileWith({ forms: { disposalDueDays: 10 } });
    expect(formDisposalDueDate('2026-03-31', profile)).toBe('2026-04-10');
    expect(isFormDisposalOverdue('2026-03-31', '2026-04-11', profile)).toBe(true);
    expect(isFormDisposalOverdue('2026-03-31', '2026-04-11')).toBe(false);
  });

  it('overdue ⇔ more than disposalDueDays days since the end (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: -60, max: 1000 }), (dueDays, elapsed) => {
        const profile = profileWith({ forms: { disposalDueDays: dueDays } });
        const today = addDays('2023-12-31', elapsed);
        expect(isFormDisposalOverdue('2023-12-31', today, profile)).toBe(elapsed > dueDays);
      }),
    );
  });

  it('copies still kept past the due date are a violation with the days overdue', () => {
    const checked = checkFormDisposalDue({ keepingPeriodEnd: '2026-03-31', stillStored: 2 }, '2026-05-11');
    expect(checked.violations).toHaveLength(1);
    expect(checked.violations[0]?.code).toBe('FORMS.DISPOSAL_OVERDUE');
    expect(checked.violations[0]?.params).toEqual({
      keepingPeriodEnd: '2026-03-31',
      dueDate: '2026-04-30',
      daysOverdue: 11,
      stillStored: 2,
    });
    expect(checked.violations[0]?.message.ja).toContain('11日');
  });

  it('nothing is overdue once every copy is disposed of, or before the due date', () => {
    expect(checkFormDisposalDue({ keepingPeriodEnd: '2026-03-31', stillStored: 0 }, '2026-12-31').ok).toBe(true);
    expect(checkFormDisposalDue({ keepingPeriodEnd: '2026-03-31', stillStored: 5 }, '2026-04-30').ok).toBe(true);
  });
});
