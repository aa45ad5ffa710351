import { CHIBA_PROFILE_HISTORY } from '../profiles/profile-history';
import { checkCardStock, type CardStockEntry, type CardStockRecord } from './card-stock.rule';

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
