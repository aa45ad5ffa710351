import { mayDispose, mayReportLoss, movementsFor, parseSerials, reasonsFor, todayInJapan } from './card-actions';

describe('what the console offers per card state (第10条の2第1項, 第10条の3)', () => {
  it.each([
    ['BLANK', ['PRINTED', 'SPOILED', 'MOVED_TO_DISPOSAL', 'TRANSFERRED']],
    ['PRINTED', ['ISSUED', 'SPOILED', 'MOVED_TO_DISPOSAL', 'TRANSFERRED']],
    ['ISSUED', ['MOVED_TO_DISPOSAL']],
    ['AWAITING_DISPOSAL', ['TRANSFERRED']],
    ['DISPOSED', []],
    ['LOST', []],
    ['STOLEN', []],
  ] as const)('%s → %j', (state, kinds) => {
    expect(movementsFor(state)).toEqual(kinds);
  });

  it('gives the reasons of 第10条の3 that fit the movement', () => {
    expect(reasonsFor('SPOILED', 'BLANK')).toEqual(['INITIAL_DATA_WRITE_FAILURE', 'FACE_PRINT_FAILURE']);
    expect(reasonsFor('MOVED_TO_DISPOSAL', 'PRINTED')).toEqual(['APPLICATION_CANCELLED']);
    expect(reasonsFor('MOVED_TO_DISPOSAL', 'ISSUED')).toEqual(['CARD_ABOLISHED']);
    expect(reasonsFor('TRANSFERRED', 'BLANK')).toEqual([]);
  });

  it('reports only cards in stock lost, and disposes only of cards awaiting disposal', () => {
    expect(['BLANK', 'PRINTED', 'ISSUED', 'AWAITING_DISPOSAL', 'DISPOSED', 'LOST', 'STOLEN'].filter((s) => mayReportLoss(s as never))).toEqual([
      'BLANK',
      'PRINTED',
      'AWAITING_DISPOSAL',
    ]);
    expect(mayDispose('AWAITING_DISPOSAL')).toBe(true);
    expect(mayDispose('PRINTED')).toBe(false);
  });
});

describe('parseSerials', () => {
  it('splits on lines, commas and spaces, drops blanks and repeats', () => {
    expect(parseSerials('CHUO-B-101\nCHUO-B-102, CHUO-B-103、CHUO-B-101\n\n')).toEqual(['CHUO-B-101', 'CHUO-B-102', 'CHUO-B-103']);
    expect(parseSerials('  ')).toEqual([]);
  });
});

describe('todayInJapan', () => {
  it('is the calendar date in Tokyo, whatever the machine’s zone', () => {
    expect(todayInJapan(new Date('2026-11-27T15:30:00Z'))).toBe('2026-11-28');
    expect(todayInJapan(new Date('2026-11-27T14:59:59Z'))).toBe('2026-11-27');
  });
});
