import { CARD_DISPOSAL_REASONS, catalogueEntry, type CardDisposalReason } from '@juki/policies';
import fc from 'fast-check';
import { DomainError } from '../shared/domain-error';
import {
  CARD_MOVEMENT_KINDS,
  deriveCardStock,
  nextCardStep,
  receivedStep,
  RESIDENT_CARD_STATES,
  stockKey,
  type CardMovementKind,
  type CardMovementStep,
  type ResidentCardState,
} from './resident-card-lifecycle';

/** The whole table: what each (state, movement, reason) gives — a state, or the code of the refusal. */
const EXPECTED: Record<ResidentCardState, Record<CardMovementKind, string | Partial<Record<CardDisposalReason | 'none', string>>>> = {
  BLANK: {
    RECEIVED: 'CARDS.TRANSITION_NOT_ALLOWED',
    PRINTED: 'PRINTED',
    ISSUED: 'CARDS.TRANSITION_NOT_ALLOWED',
    SPOILED: { INITIAL_DATA_WRITE_FAILURE: 'AWAITING_DISPOSAL', FACE_PRINT_FAILURE: 'AWAITING_DISPOSAL', APPLICATION_CANCELLED: 'CARDS.REASON_NOT_FOR_MOVEMENT', CARD_ABOLISHED: 'CARDS.REASON_NOT_FOR_MOVEMENT', none: 'CARDS.DISPOSAL_REASON_MISSING' },
    MOVED_TO_DISPOSAL: { APPLICATION_CANCELLED: 'AWAITING_DISPOSAL', INITIAL_DATA_WRITE_FAILURE: 'CARDS.REASON_NOT_FOR_MOVEMENT', FACE_PRINT_FAILURE: 'CARDS.REASON_NOT_FOR_MOVEMENT', CARD_ABOLISHED: 'CARDS.REASON_NOT_FOR_MOVEMENT', none: 'CARDS.DISPOSAL_REASON_MISSING' },
    TRANSFERRED: 'BLANK',
    DISPOSED: 'CARDS.NOT_AWAITING_DISPOSAL',
    REPORTED_LOST: 'LOST',
    REPORTED_STOLEN: 'STOLEN',
  },
  PRINTED: {
    RECEIVED: 'CARDS.TRANSITION_NOT_ALLOWED',
    PRINTED: 'CARDS.TRANSITION_NOT_ALLOWED',
    ISSUED: 'ISSUED',
    SPOILED: { INITIAL_DATA_WRITE_FAILURE: 'AWAITING_DISPOSAL', FACE_PRINT_FAILURE: 'AWAITING_DISPOSAL', APPLICATION_CANCELLED: 'CARDS.REASON_NOT_FOR_MOVEMENT', CARD_ABOLISHED: 'CARDS.REASON_NOT_FOR_MOVEMENT', none: 'CARDS.DISPOSAL_REASON_MISSING' },
    MOVED_TO_DISPOSAL: { APPLICATION_CANCELLED: 'AWAITING_DISPOSAL', INITIAL_DATA_WRITE_FAILURE: 'CARDS.REASON_NOT_FOR_MOVEMENT', FACE_PRINT_FAILURE: 'CARDS.REASON_NOT_FOR_MOVEMENT', CARD_ABOLISHED: 'CARDS.REASON_NOT_FOR_MOVEMENT', none: 'CARDS.DISPOSAL_REASON_MISSING' },
    TRANSFERRED: 'PRINTED',
    DISPOSED: 'CARDS.NOT_AWAITING_DISPOSAL',
    REPORTED_LOST: 'LOST',
    REPORTED_STOLEN: 'STOLEN',
  },
  ISSUED: {
    RECEIVED: 'CARDS.TRANSITION_NOT_ALLOWED',
    PRINTED: 'CARDS.TRANSITION_NOT_ALLOWED',
    ISSUED: 'CARDS.TRANSITION_NOT_ALLOWED',
    SPOILED: 'CARDS.TRANSITION_NOT_ALLOWED',
    MOVED_TO_DISPOSAL: { CARD_ABOLISHED: 'AWAITING_DISPOSAL', APPLICATION_CANCELLED: 'CARDS.REASON_NOT_FOR_MOVEMENT', INITIAL_DATA_WRITE_FAILURE: 'CARDS.REASON_NOT_FOR_MOVEMENT', FACE_PRINT_FAILURE: 'CARDS.REASON_NOT_FOR_MOVEMENT', none: 'CARDS.DISPOSAL_REASON_MISSING' },
    TRANSFERRED: 'CARDS.TRANSITION_NOT_ALLOWED',
    DISPOSED: 'CARDS.NOT_AWAITING_DISPOSAL',
    REPORTED_LOST: 'CARDS.LOSS_NOT_REPORTABLE',
    REPORTED_STOLEN: 'CARDS.LOSS_NOT_REPORTABLE',
  },
  AWAITING_DISPOSAL: {
    RECEIVED: 'CARDS.TRANSITION_NOT_ALLOWED',
    PRINTED: 'CARDS.TRANSITION_NOT_ALLOWED',
    ISSUED: 'CARDS.TRANSITION_NOT_ALLOWED',
    SPOILED: 'CARDS.TRANSITION_NOT_ALLOWED',
    MOVED_TO_DISPOSAL: 'CARDS.TRANSITION_NOT_ALLOWED',
    TRANSFERRED: 'AWAITING_DISPOSAL',
    DISPOSED: 'DISPOSED',
    REPORTED_LOST: 'LOST',
    REPORTED_STOLEN: 'STOLEN',
  },
  DISPOSED: Object.fromEntries(CARD_MOVEMENT_KINDS.map((k) => [k, 'CARDS.ALREADY_DISPOSED'])) as Record<CardMovementKind, string>,
  LOST: Object.fromEntries(CARD_MOVEMENT_KINDS.map((k) => [k, 'CARDS.LOST_OR_STOLEN'])) as Record<CardMovementKind, string>,
  STOLEN: Object.fromEntries(CARD_MOVEMENT_KINDS.map((k) => [k, 'CARDS.LOST_OR_STOLEN'])) as Record<CardMovementKind, string>,
};

function outcome(state: ResidentCardState, kind: CardMovementKind, reason: CardDisposalReason | null): string {
  try {
    const step = nextCardStep({ state, placeId: 'safe-a' }, { kind, reason, toPlaceId: 'safe-b' });
    expect(step.fromState).toBe(state);
    expect(step.fromPlaceId).toBe('safe-a');
    expect(step.toPlaceId).toBe(kind === 'TRANSFERRED' ? 'safe-b' : 'safe-a');
    expect(step.reason).toBe(kind === 'SPOILED' || kind === 'MOVED_TO_DISPOSAL' ? reason : null);
    return step.toState;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

const CASES = RESIDENT_CARD_STATES.flatMap((state) =>
  CARD_MOVEMENT_KINDS.flatMap((kind) => [...CARD_DISPOSAL_REASONS, null].map((reason) => [state, kind, reason] as const)),
);

describe('the life cycle of a resident card (第10条の2, 第10条の3): every state × movement × reason', () => {
  it.each(CASES)('%s, %s (reason %s)', (state, kind, reason) => {
    const row = EXPECTED[state][kind];
    const expected = typeof row === 'string' ? row : (row[reason ?? 'none'] as string);
    expect(outcome(state, kind, reason)).toBe(expected);
  });

  it('cites the articles: 第10条の3 for disposal, 第10条の2第2項 for lost cards, 第10条の2第1項 otherwise', () => {
    const articleOf = (fn: () => unknown): string => {
      try {
        fn();
      } catch (error) {
        return (error as DomainError).article;
      }
      throw new Error('not refused');
    };
    expect(articleOf(() => nextCardStep({ state: 'DISPOSED', placeId: 'p' }, { kind: 'ISSUED' }))).toBe('第10条の3');
    expect(articleOf(() => nextCardStep({ state: 'DISPOSED', placeId: 'p' }, { kind: 'DISPOSED' }))).toBe('第10条の3');
    expect(articleOf(() => nextCardStep({ state: 'PRINTED', placeId: 'p' }, { kind: 'DISPOSED' }))).toBe('第10条の3');
    expect(articleOf(() => nextCardStep({ state: 'STOLEN', placeId: 'p' }, { kind: 'TRANSFERRED', toPlaceId: 'q' }))).toBe('第10条の2第2項');
    expect(articleOf(() => nextCardStep({ state: 'BLANK', placeId: 'p' }, { kind: 'ISSUED' }))).toBe('第10条の2第1項');
    expect(catalogueEntry('CARDS.TRANSITION_NOT_ALLOWED').article).toBe('第10条の2第1項');
  });

  it('refuses a transfer to the same place or to no place', () => {
    expect(() => nextCardStep({ state: 'BLANK', placeId: 'p' }, { kind: 'TRANSFERRED', toPlaceId: 'p' })).toThrow(expect.objectContaining({ code: 'CARDS.SAME_PLACE' }));
    expect(() => nextCardStep({ state: 'BLANK', placeId: 'p' }, { kind: 'TRANSFERRED' })).toThrow(expect.objectContaining({ code: 'CARDS.PLACE_NOT_FOUND' }));
  });
});

describe('the stock is derived from the movements (property)', () => {
  const PLACES = ['p1', 'p2', 'p3'];
  const SECTIONS = ['s1', 's2'];
  const attempt = fc.record({
    card: fc.nat(11),
    kind: fc.constantFrom(...CARD_MOVEMENT_KINDS),
    reason: fc.option(fc.constantFrom(...CARD_DISPOSAL_REASONS), { nil: null }),
    toPlace: fc.constantFrom(...PLACES),
  });

  it('counts per (section, place, state) from the movements = the cards replayed through the state machine', () => {
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 200 }), fc.array(fc.constantFrom(...PLACES), { minLength: 12, maxLength: 12 }), (attempts, receivedAt) => {
        // Twelve cards received into places of two sections; then random movements, illegal ones refused.
        const cards = receivedAt.map((place, i) => ({ section: SECTIONS[i % 2] as string, state: 'BLANK' as ResidentCardState, place }));
        const movements: (CardMovementStep & { sectionId: string })[] = cards.map((c) => ({ ...receivedStep(c.place), sectionId: c.section }));
        for (const a of attempts) {
          const card = cards[a.card] as (typeof cards)[number];
          try {
            const step = nextCardStep({ state: card.state, placeId: card.place }, { kind: a.kind, reason: a.reason, toPlaceId: a.toPlace });
            movements.push({ ...step, sectionId: card.section });
            card.state = step.toState;
            card.place = step.toPlaceId;
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
          }
        }
        const replayed = new Map<string, number>();
        for (const c of cards) replayed.set(stockKey(c.section, c.place, c.state), (replayed.get(stockKey(c.section, c.place, c.state)) ?? 0) + 1);
        const derived = deriveCardStock(movements);
        expect(new Map([...derived].sort())).toEqual(new Map([...replayed].sort()));
        expect([...derived.values()].every((n) => n > 0)).toBe(true);
      }),
    );
  });
});
