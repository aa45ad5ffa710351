import fc from 'fast-check';
import { checkFormStorage, isLockable, type FormStorageRecord } from './form-storage.rule';

const CABINET = { id: 'cab-a', name: '市民課 書庫A', lockable: true };
const record: FormStorageRecord = {
  outputRecordId: 'out-1',
  formName: '本人確認情報一覧表',
  place: CABINET,
  quantity: 3,
  breakdown: [
    { label: '第1綴', quantity: 2 },
    { label: '第2綴', quantity: 1 },
  ],
};
const codes = (change: Partial<FormStorageRecord>): string[] =>
  checkFormStorage({ ...record, ...change }).violations.map((v) => v.code);

describe('第10条第2項: 保管する数量、内訳等を記録し、施錠のできる書庫等に保管する', () => {
  it('accepts a counted record in a lockable cabinet', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ breakdown: undefined })).toEqual([]);
    expect(codes({ quantity: 0, breakdown: [] })).toEqual([]);
  });

  it.each<[string, Partial<FormStorageRecord>, string[]]>([
    ['a cabinet that cannot be locked', { place: { ...CABINET, lockable: false } }, ['FORMS.STORAGE_NOT_LOCKABLE']],
    ['a negative quantity', { quantity: -1, breakdown: undefined }, ['FORMS.STORAGE_QUANTITY_INVALID']],
    ['a breakdown that does not add up', { quantity: 4 }, ['FORMS.STORAGE_BREAKDOWN_MISMATCH']],
    [
      'a breakdown line that is not a count',
      { breakdown: [{ label: '第1綴', quantity: 2.5 }] },
      ['FORMS.STORAGE_BREAKDOWN_INVALID'],
    ],
  ])('%s is a violation', (_label, change, expected) => {
    expect(codes(change)).toEqual(expected);
  });

  it('says the quantity and the breakdown total', () => {
    const [v] = checkFormStorage({ ...record, quantity: 4 }).violations;
    expect(v?.params).toEqual({ quantity: 4, breakdownTotal: 3 });
    expect(v?.article).toBe('第10条第2項');
  });

  it('only a place recorded as lockable is lockable', () => {
    expect(isLockable(CABINET)).toBe(true);
    expect(isLockable({ ...CABINET, lockable: 'yes' as unknown as boolean })).toBe(false);
  });

  it('a breakdown is accepted exactly when it adds up to the quantity (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 1, maxLength: 6 }), fc.nat(300), (lines, quantity) => {
        const checked = checkFormStorage({
          ...record,
          quantity,
          breakdown: lines.map((q, i) => ({ label: `綴${i + 1}`, quantity: q })),
        });
        expect(checked.ok).toBe(lines.reduce((a, b) => a + b, 0) === quantity);
      }),
    );
  });
});
