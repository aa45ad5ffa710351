import fc from 'fast-check';
import { DomainError } from '../shared/domain-error';
import { applyFormEvent, assertFormTransition, FORM_EVENTS, FORM_STATUSES, FORM_TRANSITIONS, formStatusOf, type FormEvent, type FormQuantities, type FormStatus } from './form-lifecycle';

const refusal = (status: FormStatus, event: FormEvent): { code: string; article: string } | null => {
  try {
    assertFormTransition(status, event);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, article: error.article };
  }
};

describe('第10条: the life cycle of a printed-form output record', () => {
  // Every (status, event) pair, spelled out: the table is the rule.
  it.each<[FormStatus, FormEvent, string | null, string | null]>([
    ['OUTPUT', 'STORE', null, null],
    ['OUTPUT', 'MOVE', 'FORMS.MOVE_NOT_STORED', '第10条第2項'],
    ['OUTPUT', 'DISPOSE', 'FORMS.NOT_STORED', '第10条第3項'],
    ['STORED', 'STORE', null, null],
    ['STORED', 'MOVE', null, null],
    ['STORED', 'DISPOSE', null, null],
    ['PARTLY_DISPOSED', 'STORE', null, null],
    ['PARTLY_DISPOSED', 'MOVE', null, null],
    ['PARTLY_DISPOSED', 'DISPOSE', null, null],
    ['DISPOSED', 'STORE', 'FORMS.ALREADY_DISPOSED', '第10条第3項'],
    ['DISPOSED', 'MOVE', 'FORMS.ALREADY_DISPOSED', '第10条第3項'],
    ['DISPOSED', 'DISPOSE', 'FORMS.ALREADY_DISPOSED', '第10条第3項'],
  ])('%s + %s → refused with %s (%s)', (status, event, code, article) => {
    expect(refusal(status, event)).toEqual(code === null ? null : { code, article });
    expect(FORM_TRANSITIONS[status][event]).toBe(code);
  });

  it('covers every status and event', () => {
    expect(Object.keys(FORM_TRANSITIONS).sort()).toEqual([...FORM_STATUSES].sort());
    for (const status of FORM_STATUSES) expect(Object.keys(FORM_TRANSITIONS[status]).sort()).toEqual([...FORM_EVENTS].sort());
  });

  it.each<[FormQuantities, FormStatus]>([
    [{ quantity: 5, stored: 0, disposed: 0 }, 'OUTPUT'],
    [{ quantity: 5, stored: 3, disposed: 0 }, 'STORED'],
    [{ quantity: 5, stored: 5, disposed: 0 }, 'STORED'],
    [{ quantity: 5, stored: 3, disposed: 2 }, 'PARTLY_DISPOSED'],
    [{ quantity: 5, stored: 0, disposed: 2 }, 'PARTLY_DISPOSED'],
    [{ quantity: 5, stored: 0, disposed: 5 }, 'DISPOSED'],
  ])('quantities %o mean %s', (q, status) => {
    expect(formStatusOf(q)).toBe(status);
  });

  it('storing more than is unstored is refused, naming the numbers', () => {
    expect(() => applyFormEvent({ quantity: 5, stored: 4, disposed: 0 }, 'STORE', 2)).toThrow(
      expect.objectContaining({ code: 'FORMS.STORE_EXCEEDS_UNSTORED', params: { actual: 2, expected: 1, outputQuantity: 5, stored: 4, disposed: 0 } }),
    );
  });

  it('disposing twice: the second disposal of a fully disposed record is refused', () => {
    const stored = applyFormEvent({ quantity: 3, stored: 0, disposed: 0 }, 'STORE', 3);
    const disposed = applyFormEvent(stored, 'DISPOSE', 3);
    expect(formStatusOf(disposed)).toBe('DISPOSED');
    expect(() => applyFormEvent(disposed, 'DISPOSE', 1)).toThrow(expect.objectContaining({ code: 'FORMS.ALREADY_DISPOSED' }));
    expect(() => applyFormEvent(disposed, 'MOVE', 1)).toThrow(expect.objectContaining({ code: 'FORMS.ALREADY_DISPOSED' }));
  });

  it('any sequence of events keeps stored + disposed ≤ quantity, never leaves DISPOSED, and the status matches the quantities (fast-check)', () => {
    const events = fc.array(fc.record({ event: fc.constantFrom(...FORM_EVENTS), count: fc.integer({ min: 1, max: 6 }) }), { maxLength: 30 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), events, (quantity, steps) => {
        let q: FormQuantities = { quantity, stored: 0, disposed: 0 };
        let wasDisposed = false;
        for (const { event, count } of steps) {
          const before = formStatusOf(q);
          let next: FormQuantities | null = null;
          try {
            // A disposal of more than is kept is stopped by the reconciliation before the state machine.
            if (event === 'DISPOSE' && count > q.stored && FORM_TRANSITIONS[before].DISPOSE === null) continue;
            next = applyFormEvent(q, event, count);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            const code = (error as DomainError).code;
            expect(code === FORM_TRANSITIONS[before][event] || code === 'FORMS.STORE_EXCEEDS_UNSTORED').toBe(true);
            continue;
          }
          expect(FORM_TRANSITIONS[before][event]).toBeNull();
          expect(next.stored).toBeGreaterThanOrEqual(0);
          expect(next.stored + next.disposed).toBeLessThanOrEqual(quantity);
          expect(next.disposed).toBeGreaterThanOrEqual(q.disposed);
          if (event === 'MOVE') expect(next).toEqual(q);
          q = next;
          if (wasDisposed) expect(formStatusOf(q)).toBe('DISPOSED');
          wasDisposed ||= formStatusOf(q) === 'DISPOSED';
          expect(formStatusOf(q) === 'DISPOSED').toBe(q.disposed === quantity);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
