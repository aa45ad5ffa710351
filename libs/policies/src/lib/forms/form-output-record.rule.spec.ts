import { checkFormOutputRecord, type FormOutputRecord } from './form-output-record.rule';

const record: FormOutputRecord = {
  id: 'out-1',
  formName: '本人確認情報一覧表',
  outputOn: '2026-06-01',
  purpose: '住民票の写しの広域交付事務',
  requester: '中央区 市民総合窓口課 千葉 太郎',
  quantity: 3,
};
const codes = (change: Partial<FormOutputRecord>, today = '2026-06-10'): string[] =>
  checkFormOutputRecord({ ...record, ...change }, today).violations.map((v) => v.code);

describe('第10条第1項: コミュニケーションサーバから出力した帳票について次の事項を記録する', () => {
  it('accepts a complete record, with or without (6) その他必要な事項', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ notes: '両面印刷' })).toEqual([]);
    expect(codes({ outputOn: '2026-06-10' })).toEqual([]);
  });

  it.each<[string, Partial<FormOutputRecord>, string, string]>([
    ['(1) 帳票の名称', { formName: '' }, 'FORMS.NAME_MISSING', '第10条第1項第1号'],
    ['(1) 帳票の名称 (blank)', { formName: ' 　' }, 'FORMS.NAME_MISSING', '第10条第1項第1号'],
    ['(2) 出力年月日 (not a date)', { outputOn: '2026/06/01' }, 'FORMS.OUTPUT_DATE_INVALID', '第10条第1項第2号'],
    ['(2) 出力年月日 (no such day)', { outputOn: '2026-02-29' }, 'FORMS.OUTPUT_DATE_INVALID', '第10条第1項第2号'],
    ['(2) 出力年月日 (after today)', { outputOn: '2026-06-11' }, 'FORMS.OUTPUT_DATE_IN_FUTURE', '第10条第1項第2号'],
    ['(3) 使用目的', { purpose: '' }, 'FORMS.PURPOSE_MISSING', '第10条第1項第3号'],
    ['(4) 申請者', { requester: '\t' }, 'FORMS.REQUESTER_MISSING', '第10条第1項第4号'],
    ['(5) 数量 (zero)', { quantity: 0 }, 'FORMS.QUANTITY_INVALID', '第10条第1項第5号'],
    ['(5) 数量 (fraction)', { quantity: 1.5 }, 'FORMS.QUANTITY_INVALID', '第10条第1項第5号'],
    ['(5) 数量 (NaN)', { quantity: Number.NaN }, 'FORMS.QUANTITY_INVALID', '第10条第1項第5号'],
    ['(5) 数量 (a string)', { quantity: '3' as unknown as number }, 'FORMS.QUANTITY_INVALID', '第10条第1項第5号'],
  ])('%s missing or wrong → %s citing %s', (_item, change, code, article) => {
    const { violations } = checkFormOutputRecord({ ...record, ...change }, '2026-06-10');
    expect(violations.map((v) => v.code)).toEqual([code]);
    expect(violations[0]?.article).toBe(article);
    expect(violations[0]?.ruleId).toBe('art10.formOutputRecord');
  });

  it('returns every violation at once', () => {
    expect(codes({ formName: '', outputOn: '2027-01-01', purpose: '', requester: '', quantity: -2 })).toEqual([
      'FORMS.NAME_MISSING',
      'FORMS.OUTPUT_DATE_IN_FUTURE',
      'FORMS.PURPOSE_MISSING',
      'FORMS.REQUESTER_MISSING',
      'FORMS.QUANTITY_INVALID',
    ]);
  });

  it('needs a real today', () => {
    expect(() => checkFormOutputRecord(record, '')).toThrow(RangeError);
  });
});
