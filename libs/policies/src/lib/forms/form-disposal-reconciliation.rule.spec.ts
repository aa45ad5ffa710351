import fc from 'fast-check';
import {
  checkFormDisposal,
  reconcileFormDisposal,
  type FormDisposalReconciliationInput,
  type FormDisposalRecord,
} from './form-disposal-reconciliation.rule';
import type { FormOutputRecord } from './form-output-record.rule';
import type { FormStorageRecord } from './form-storage.rule';

const CAB_A = { id: 'cab-a', name: '市民課 書庫A', lockable: true };
const CAB_B = { id: 'cab-b', name: '市民課 書庫B', lockable: true };
const NAME = '本人確認情報一覧表';

const output: FormOutputRecord = {
  id: 'out-1',
  formName: NAME,
  outputOn: '2026-04-01',
  purpose: '転入届の審査',
  requester: '花見川区 市民課 千葉 太郎',
  quantity: 10,
};
const storage: FormStorageRecord[] = [
  { outputRecordId: 'out-1', formName: NAME, place: CAB_A, quantity: 4 },
  { outputRecordId: 'out-1', formName: NAME, place: CAB_B, quantity: 3 },
  // another output record in the same cabinet: ignored
  { outputRecordId: 'out-2', formName: '別の帳票', place: CAB_A, quantity: 50 },
];
const priorDisposals: FormDisposalRecord[] = [
  { id: 'd-1', outputRecordId: 'out-1', formName: NAME, placeId: 'cab-a', quantity: 3, disposedOn: '2026-05-01' },
  { id: 'x-9', outputRecordId: 'out-2', formName: '別の帳票', placeId: 'cab-c', quantity: 40, disposedOn: '2026-05-01' },
];
const disposal: FormDisposalRecord = {
  id: 'd-2',
  outputRecordId: 'out-1',
  formName: NAME,
  placeId: 'cab-a',
  quantity: 2,
  disposedOn: '2026-06-01',
};
const base: FormDisposalReconciliationInput = { output, storage, priorDisposals, disposal };

const reconcile = (change: Partial<FormDisposalReconciliationInput>, disposalChange: Partial<FormDisposalRecord> = {}) =>
  reconcileFormDisposal({ ...base, ...change, disposal: { ...disposal, ...(change.disposal ?? {}), ...disposalChange } });
const codes = (disposalChange: Partial<FormDisposalRecord>, change: Partial<FormDisposalReconciliationInput> = {}): string[] =>
  reconcile(change, disposalChange).violations.map((v) => v.code);

describe('第10条第3項: 帳票を廃棄する場合は、前項の記録と突き合わせる', () => {
  it('accepts a disposal that matches the output and storage records', () => {
    expect(reconcileFormDisposal(base)).toEqual({ ok: true, violations: [] });
    expect(codes({ quantity: 4 })).toEqual([]);
    expect(codes({ placeId: 'cab-b', quantity: 3 })).toEqual([]);
    expect(codes({ disposedOn: '2026-04-01' })).toEqual([]);
    expect(codes({ id: undefined })).toEqual([]);
  });

  it.each<[string, Partial<FormDisposalRecord>, Partial<FormDisposalReconciliationInput>, string, Record<string, string | number>]>([
    [
      'the form name differs from the output record',
      { formName: '本人確認情報一覧' },
      {},
      'FORMS.RECONCILE_FORM_NAME_MISMATCH',
      { expected: NAME, actual: '本人確認情報一覧' },
    ],
    [
      'it refers to another output record',
      { outputRecordId: 'out-7' },
      {},
      'FORMS.RECONCILE_OUTPUT_RECORD_MISMATCH',
      { expected: 'out-1', actual: 'out-7' },
    ],
    [
      'more than the cabinet holds',
      { quantity: 5 },
      {},
      'FORMS.RECONCILE_EXCEEDS_STORED',
      { place: '市民課 書庫A', expected: 4, actual: 5 },
    ],
    [
      'disposed of before it was output',
      { disposedOn: '2026-03-31' },
      {},
      'FORMS.RECONCILE_DISPOSAL_BEFORE_OUTPUT',
      { outputOn: '2026-04-01', disposedOn: '2026-03-31' },
    ],
    ['a disposal date that is no date', { disposedOn: '2026-06-31' }, {}, 'FORMS.RECONCILE_DATE_INVALID', { date: '2026-06-31' }],
    [
      'from a cabinet that never held it',
      { placeId: 'cab-z' },
      {},
      'FORMS.RECONCILE_PLACE_NEVER_HELD',
      { place: 'cab-z' },
    ],
    ['a quantity of zero', { quantity: 0 }, {}, 'FORMS.RECONCILE_QUANTITY_INVALID', { quantity: '0' }],
    ['recorded twice', { id: 'd-1' }, {}, 'FORMS.RECONCILE_ALREADY_RECORDED', { disposalId: 'd-1' }],
    [
      'the ledger has a copy unaccounted for',
      {},
      { output: { ...output, quantity: 11 } },
      'FORMS.RECONCILE_LEDGER_UNBALANCED',
      { expected: 11, stored: 7, alreadyDisposed: 3, difference: 1 },
    ],
    [
      'a storage record names another form',
      {},
      { storage: [{ ...storage[0], formName: '別の帳票' } as FormStorageRecord, storage[1] as FormStorageRecord] },
      'FORMS.RECONCILE_STORAGE_FORM_NAME_MISMATCH',
      { place: '市民課 書庫A', expected: NAME, actual: '別の帳票' },
    ],
  ])('names the mismatch when %s', (_label, disposalChange, change, code, params) => {
    const { violations } = reconcile(change, disposalChange);
    expect(violations.map((v) => v.code)).toEqual([code]);
    expect(violations[0]?.params).toEqual(params);
    expect(violations[0]?.article).toBe('第10条第3項');
    expect(violations[0]?.ruleId).toBe('art10.formDisposalReconciliation');
  });

  it('exceeding what is left of the output (output − already disposed) is its own mismatch', () => {
    // The ledger says 10 output, 3 disposed: 7 remain. Cabinet A is recorded (wrongly) with 9.
    const overStocked = [{ ...storage[0], quantity: 9 } as FormStorageRecord, storage[1] as FormStorageRecord];
    const { violations } = reconcile({ storage: overStocked }, { quantity: 8 });
    expect(violations.map((v) => v.code)).toEqual(['FORMS.RECONCILE_LEDGER_UNBALANCED', 'FORMS.RECONCILE_EXCEEDS_REMAINING']);
    expect(violations[1]?.params).toEqual({ expected: 7, actual: 8, outputQuantity: 10, alreadyDisposed: 3 });
  });

  it('a cabinet emptied by earlier disposals did hold it: the quantity exceeds what it holds now', () => {
    const emptied = [{ ...storage[0], quantity: 0 } as FormStorageRecord, storage[1] as FormStorageRecord];
    const prior = [...priorDisposals, { ...disposal, id: 'd-0', quantity: 4, placeId: 'cab-a' }];
    expect(codes({ quantity: 1 }, { storage: emptied, priorDisposals: prior })).toEqual(['FORMS.RECONCILE_EXCEEDS_STORED']);
    const noRecord = [storage[1] as FormStorageRecord];
    expect(codes({ quantity: 1 }, { storage: noRecord, priorDisposals: prior })).toEqual(['FORMS.RECONCILE_EXCEEDS_STORED']);
  });

  it('names every mismatch at once', () => {
    expect(
      codes(
        { id: 'd-1', outputRecordId: 'out-7', formName: 'x', placeId: 'cab-z', quantity: 10, disposedOn: '2026-01-01' },
        { output: { ...output, quantity: 12 } },
      ),
    ).toEqual([
      'FORMS.RECONCILE_ALREADY_RECORDED',
      'FORMS.RECONCILE_OUTPUT_RECORD_MISMATCH',
      'FORMS.RECONCILE_FORM_NAME_MISMATCH',
      'FORMS.RECONCILE_DISPOSAL_BEFORE_OUTPUT',
      'FORMS.RECONCILE_LEDGER_UNBALANCED',
      'FORMS.RECONCILE_PLACE_NEVER_HELD',
      'FORMS.RECONCILE_EXCEEDS_REMAINING',
    ]);
  });

  it('accepts exactly when the quantities balance (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(20), { minLength: 1, maxLength: 4 }),
        fc.array(fc.record({ cabinet: fc.nat(3), quantity: fc.integer({ min: 1, max: 10 }) }), { maxLength: 4 }),
        fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -3, max: 3 }) }),
        fc.nat(3),
        fc.integer({ min: 1, max: 25 }),
        (stored, prior, delta, cabinetPick, quantity) => {
          const places = stored.map((_, i) => ({ id: `cab-${i}`, name: `書庫${i}`, lockable: true }));
          const priorSum = prior.reduce((s, p) => s + p.quantity, 0);
          const storedSum = stored.reduce((s, q) => s + q, 0);
          const outputQuantity = storedSum + priorSum + delta;
          const k = cabinetPick % stored.length;
          const input: FormDisposalReconciliationInput = {
            output: { ...output, quantity: outputQuantity },
            storage: stored.map((q, i) => ({ outputRecordId: 'out-1', formName: NAME, place: places[i] as never, quantity: q })),
            priorDisposals: prior.map((p, i) => ({
              id: `p-${i}`,
              outputRecordId: 'out-1',
              formName: NAME,
              placeId: `cab-${p.cabinet % stored.length}`,
              quantity: p.quantity,
              disposedOn: '2026-05-01',
            })),
            disposal: { ...disposal, placeId: `cab-${k}`, quantity },
          };
          const balanced = delta === 0;
          const expected = balanced && quantity <= (stored[k] as number) && quantity <= outputQuantity - priorSum;
          expect(reconcileFormDisposal(input).ok).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never accepts a disposal that names another form or output, whatever the quantities (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.oneof(fc.constant({ formName: '別の帳票' }), fc.constant({ outputRecordId: 'out-9' })),
        (quantity, wrong) => {
          expect(reconcile({}, { quantity, ...wrong }).ok).toBe(false);
        },
      ),
    );
  });
});

describe('checkFormDisposal: reconciliation and method together (第10条第3項)', () => {
  const full = { ...base, method: 'SHREDDING' as const, performedBy: '千葉 太郎', today: '2026-06-02' };

  it('accepts a reconciled disposal by shredding', () => {
    expect(checkFormDisposal(full).ok).toBe(true);
  });

  it('reports reconciliation and method violations together, a bad date once', () => {
    expect(
      checkFormDisposal({ ...full, method: 'PHYSICAL_DESTRUCTION', disposal: { ...disposal, quantity: 5 } }).violations.map((v) => v.code),
    ).toEqual(['FORMS.RECONCILE_EXCEEDS_STORED', 'DISPOSAL.FORM_METHOD_NOT_ALLOWED']);
    expect(checkFormDisposal({ ...full, disposal: { ...disposal, disposedOn: 'x' } }).violations.map((v) => v.code)).toEqual([
      'FORMS.RECONCILE_DATE_INVALID',
    ]);
    expect(checkFormDisposal({ ...full, today: '2026-05-31' }).violations.map((v) => v.code)).toEqual([
      'DISPOSAL.FORM_DATE_IN_FUTURE',
    ]);
  });
});
