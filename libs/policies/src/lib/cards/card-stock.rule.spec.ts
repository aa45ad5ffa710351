import fc from 'fast-check';
import { CHIBA_PROFILE_HISTORY } from '../profiles/profile-history';
import { cardStockDifference, checkCardStock, checkCardStockTake, type CardStockEntry, type CardStockRecord } from './card-stock.rule';

const SAFE = { id: 'safe-1', name: '市民課 金庫', lockable: true };
const stock: CardStockRecord = {
  place: SAFE,
  entries: [
    { state: 'PRINTED', count: 3 },
    { state: 'NOT_PRINTED', count: 120 },
  ],
};
const codes = (record: CardStockRecord): string[] => checkCardStock(record).violations.map((v) => v.code);

describe('第10条の2第1項: 券面印刷の有無に関わらず、保管している状態及び枚数を記録し、施錠のできる場所に保管', () => {
  it('accepts cards counted by state in a lockable place', () => {
    expect(checkCardStock(stock)).toEqual({ ok: true, violations: [] });
    expect(codes({ ...stock, entries: [{ state: 'PRINTED', count: 0 }, { state: 'NOT_PRINTED', count: 0 }] })).toEqual([]);
  });

  it.each<[string, Partial<CardStockRecord>, string[]]>([
    ['a place that cannot be locked', { place: { ...SAFE, lockable: false } }, ['CARDS.STORAGE_NOT_LOCKABLE']],
    ['printed cards not counted', { entries: [{ state: 'NOT_PRINTED', count: 1 }] }, ['CARDS.STOCK_STATE_MISSING']],
    ['nothing counted', { entries: [] }, ['CARDS.STOCK_STATE_MISSING', 'CARDS.STOCK_STATE_MISSING']],
    [
      'a state counted twice',
      { entries: [...stock.entries, { state: 'PRINTED', count: 1 }] },
      ['CARDS.STOCK_STATE_DUPLICATED'],
    ],
    [
      'an unknown state',
      { entries: [...stock.entries, { state: 'DAMAGED' } as unknown as CardStockEntry] },
      ['CARDS.STOCK_STATE_UNKNOWN'],
    ],
    [
      'a negative or fractional count',
      { entries: [{ state: 'PRINTED', count: -1 }, { state: 'NOT_PRINTED', count: 2.5 }] },
      ['CARDS.STOCK_COUNT_INVALID', 'CARDS.STOCK_COUNT_INVALID'],
    ],
  ])('%s is a violation', (_label, change, expected) => {
    expect(codes({ ...stock, ...change })).toEqual(expected);
  });

  it('names the place in the message and cites 第10条の2第1項', () => {
    const [v] = checkCardStock({ ...stock, place: { ...SAFE, name: '窓口の机', lockable: false } }).violations;
    expect(v?.message.ja).toContain('「窓口の机」');
    expect(v?.article).toBe('第10条の2第1項');
    expect(v?.ruleId).toBe('art10-2.cardStock');
  });

  it('does not apply before 第4章 took effect', () => {
    expect(checkCardStock({ ...stock, entries: [] }, CHIBA_PROFILE_HISTORY.require('2002-12-12')).ok).toBe(true);
  });
});

describe('第10条の2第1項: 棚卸し — the counted number against the number derived from the movements', () => {
  const line = { place: SAFE, state: 'BLANK', counted: 12, derived: 12, countedOn: '2026-06-01', today: '2026-06-02' };
  const takeCodes = (change: Partial<typeof line>): string[] => checkCardStockTake({ ...line, ...change }).violations.map((v) => v.code);

  it('accepts a count that matches', () => {
    expect(checkCardStockTake(line)).toEqual({ ok: true, violations: [] });
    expect(takeCodes({ countedOn: '2026-06-02' })).toEqual([]);
  });

  it.each<[string, Partial<typeof line>, string[]]>([
    ['a date after today', { countedOn: '2026-06-03' }, ['CARDS.STOCK_TAKE_DATE_INVALID']],
    ['no real date', { countedOn: '2026-02-30' }, ['CARDS.STOCK_TAKE_DATE_INVALID']],
    ['a negative count', { counted: -1 }, ['CARDS.STOCK_TAKE_COUNT_INVALID']],
    ['a fractional count', { counted: 1.5 }, ['CARDS.STOCK_TAKE_COUNT_INVALID']],
    ['fewer cards than recorded', { counted: 10 }, ['CARDS.STOCK_TAKE_DIFFERENCE']],
    ['more cards than recorded', { counted: 13 }, ['CARDS.STOCK_TAKE_DIFFERENCE']],
  ])('%s is a violation', (_label, change, expected) => {
    expect(takeCodes(change)).toEqual(expected);
  });

  it('names the place, the state, both numbers and the difference', () => {
    const [v] = checkCardStockTake({ ...line, counted: 10 }).violations;
    expect(v?.params).toEqual({ place: '市民課 金庫', state: 'BLANK', counted: 10, derived: 12, difference: -2 });
    expect(v?.message.ja).toContain('-2枚の差異');
    expect(v?.article).toBe('第10条の2第1項');
    expect(v?.ruleId).toBe('art10-2.cardStockTake');
  });

  it('refuses a derived count that is not a count (a programming error, not a finding)', () => {
    expect(() => checkCardStockTake({ ...line, derived: -1 })).toThrow(RangeError);
  });

  it('finds a difference exactly when the numbers differ, and the difference is counted − derived (property)', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (counted, derived) => {
        const verdict = checkCardStockTake({ ...line, counted, derived });
        expect(verdict.ok).toBe(counted === derived);
        if (counted !== derived) expect(verdict.violations[0]?.params['difference']).toBe(cardStockDifference(counted, derived));
        expect(cardStockDifference(counted, derived) + derived).toBe(counted);
      }),
    );
  });

  it('does not apply before 第4章 took effect', () => {
    expect(checkCardStockTake({ ...line, counted: 1, today: '2002-12-12', countedOn: '2002-12-12' }, CHIBA_PROFILE_HISTORY.require('2002-12-12')).ok).toBe(true);
  });
});
