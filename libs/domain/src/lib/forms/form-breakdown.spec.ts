import fc from 'fast-check';
import { mergeBreakdown, takeFromBreakdown } from './form-breakdown';

const sum = (lines: readonly { quantity: number }[]): number => lines.reduce((s, l) => s + l.quantity, 0);

describe('第10条第2項: the breakdown (内訳) follows the copies', () => {
  it('merges lines by label and takes copies from the last line first', () => {
    const merged = mergeBreakdown([{ label: '第1綴', quantity: 3 }], [{ label: '第2綴', quantity: 2 }, { label: '第1綴', quantity: 1 }]);
    expect(merged).toEqual([{ label: '第1綴', quantity: 4 }, { label: '第2綴', quantity: 2 }]);
    expect(takeFromBreakdown(merged, 3)).toEqual({ remaining: [{ label: '第1綴', quantity: 3 }], taken: [{ label: '第1綴', quantity: 1 }, { label: '第2綴', quantity: 2 }] });
    expect(takeFromBreakdown([], 3)).toEqual({ remaining: [], taken: [] });
  });

  it('what remains and what is taken add up to their quantities (fast-check)', () => {
    const lines = fc.array(fc.record({ label: fc.constantFrom('A', 'B', 'C', 'D'), quantity: fc.integer({ min: 1, max: 9 }) }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(lines, fc.nat(), (raw, pick) => {
        const breakdown = mergeBreakdown([], raw);
        const total = sum(breakdown);
        const count = pick % (total + 1);
        const { remaining, taken } = takeFromBreakdown(breakdown, count);
        expect(sum(taken)).toBe(count);
        expect(sum(remaining)).toBe(total - count);
        expect(sum(mergeBreakdown(remaining, taken))).toBe(total);
        for (const line of [...remaining, ...taken]) expect(line.quantity).toBeGreaterThan(0);
      }),
    );
  });
});
