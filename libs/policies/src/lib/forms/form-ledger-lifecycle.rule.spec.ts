import fc from 'fast-check';
import { addDays } from '../calendar/calendar-date';
import { checkCopies, checkKeepingPeriod, checkNotInFuture } from './form-ledger-lifecycle.rule';

describe('第10条: the keeping period and the dates of the ledger', () => {
  it.each([
    ['2026-04-01', '2026-04-01', true],
    ['2026-04-01', '2027-03-31', true],
    ['2026-04-01', '2026-03-31', false],
  ])('output %s, keep until %s: ok %s', (outputOn, keepUntil, ok) => {
    const checked = checkKeepingPeriod(outputOn, keepUntil);
    expect(checked.ok).toBe(ok);
    if (!ok) {
      expect(checked.violations[0]?.code).toBe('FORMS.KEEP_UNTIL_BEFORE_OUTPUT');
      expect(checked.violations[0]?.article).toBe('第10条第3項');
      expect(checked.violations[0]?.params).toEqual({ keepUntil, outputOn });
    }
  });

  it('keepUntil ≥ outputOn ⇔ ok (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        expect(checkKeepingPeriod('2026-04-01', addDays('2026-04-01', offset)).ok).toBe(offset >= 0);
      }),
    );
  });

  it('a date after today is refused, citing 第10条第2項', () => {
    expect(checkNotInFuture('2026-06-02', '2026-06-01').violations.map((v) => [v.code, v.article])).toEqual([['FORMS.DATE_IN_FUTURE', '第10条第2項']]);
    expect(checkNotInFuture('2026-06-01', '2026-06-01').ok).toBe(true);
    expect(checkNotInFuture('2026-05-31', '2026-06-01').ok).toBe(true);
  });

  it.each([
    [1, true],
    [500, true],
    [0, false],
    [-1, false],
    [1.5, false],
    [Number.NaN, false],
  ])('copies stored or moved at once: %p → ok %p (第10条第2項)', (quantity, ok) => {
    const checked = checkCopies(quantity);
    expect(checked.ok).toBe(ok);
    if (!ok) expect(checked.violations.map((v) => [v.code, v.article])).toEqual([['FORMS.COUNT_INVALID', '第10条第2項']]);
  });
});
