import { INPUT_LIMITS, isMessageCode } from '@juki/policies';
import { inputError, MAX_LIST_ITEMS, MAX_REPORTED_FIELDS, mergeViolations, scanArguments, violationsOf, type InputViolation } from './input-violations';

describe('scanArguments: what every argument of every operation obeys', () => {
  it('accepts ordinary arguments', () => {
    expect(scanArguments({ name: '区政課の連携', scopes: ['cards:write'], input: { reason: 'ok', coversFrom: new Date('2020-01-01T00:00:00Z') }, n: 5, flag: true, none: null })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, InputViolation[]]>([
    ['a lone surrogate', { name: 'a\ud800b' }, [{ field: 'name', code: 'INPUT.INVALID_CHARACTERS', params: {} }]],
    ['a lone surrogate deep inside', { input: { names: ['ok', '\udc00'] } }, [{ field: 'input.names[1]', code: 'INPUT.INVALID_CHARACTERS', params: {} }]],
    ['a huge string', { reason: 'x'.repeat(INPUT_LIMITS.maxText + 1) }, [{ field: 'reason', code: 'INPUT.TOO_LONG', params: { max: INPUT_LIMITS.maxText } }]],
    ['a huge list', { ids: Array.from({ length: MAX_LIST_ITEMS + 1 }, () => 'a') }, [{ field: 'ids', code: 'INPUT.TOO_MANY_ITEMS', params: { max: MAX_LIST_ITEMS } }]],
    [
      'an instant past MariaDB’s DATETIME',
      { before: new Date('+010000-01-01T00:00:00Z') },
      [{ field: 'before', code: 'INPUT.DATE_OUT_OF_RANGE', params: { min: INPUT_LIMITS.earliestInstant, max: INPUT_LIMITS.latestInstant } }],
    ],
    [
      'an instant in the year 3000',
      { before: new Date('3000-01-01T00:00:00Z') },
      [{ field: 'before', code: 'INPUT.DATE_OUT_OF_RANGE', params: { min: INPUT_LIMITS.earliestInstant, max: INPUT_LIMITS.latestInstant } }],
    ],
    ['an instant before 1970', { before: new Date('0000-01-01T00:00:00Z') }, [{ field: 'before', code: 'INPUT.DATE_OUT_OF_RANGE', params: { min: INPUT_LIMITS.earliestInstant, max: INPUT_LIMITS.latestInstant } }]],
    ['an invalid Date', { before: new Date(Number.NaN) }, [{ field: 'before', code: 'INPUT.NOT_A_DATE', params: {} }]],
  ])('refuses %s', (_name, args, expected) => {
    expect(scanArguments(args)).toEqual(expected);
  });

  it('counts characters as code points: 10,000 emoji are 10,000 characters', () => {
    expect(scanArguments({ text: '😀'.repeat(INPUT_LIMITS.maxText) })).toEqual([]);
    expect(scanArguments({ text: '😀'.repeat(INPUT_LIMITS.maxText + 1) })).toHaveLength(1);
  });
});

describe('violationsOf: class-validator errors, one per field', () => {
  it('reports the failing constraint of the lowest rank, with the nested path', () => {
    const errors = [
      {
        property: 'input',
        children: [
          {
            property: 'reason',
            constraints: { inputMaxChars: 'x', inputRequired: 'y' },
            contexts: {
              inputMaxChars: { code: 'INPUT.TOO_LONG', params: { max: 500 }, rank: 2 },
              inputRequired: { code: 'INPUT.REQUIRED', params: {}, rank: 0 },
            },
          },
        ],
      },
      { property: 'anchors', children: [{ property: '2', children: [{ property: 'hash', constraints: { isHexadecimal: 'z' } }] }] },
    ];
    expect(violationsOf(errors)).toEqual([
      { field: 'input.reason', code: 'INPUT.REQUIRED', params: {} },
      { field: 'anchors[2].hash', code: 'INPUT.INVALID_VALUE', params: {} },
    ]);
  });
});

describe('mergeViolations', () => {
  it('keeps the class’s violation of a field over the generic one of the field or its parts', () => {
    const specific: InputViolation[] = [{ field: 'scopes', code: 'INPUT.TOO_LONG', params: { max: 64 } }];
    const generic: InputViolation[] = [
      { field: 'scopes[3]', code: 'INPUT.TOO_LONG', params: { max: 10_000 } },
      { field: 'scopesExtra', code: 'INPUT.INVALID_CHARACTERS', params: {} },
    ];
    expect(mergeViolations(specific, generic).map((v) => v.field)).toEqual(['scopes', 'scopesExtra']);
  });
});

describe('inputError: BAD_USER_INPUT with the catalogue’s ja/en text, never the value', () => {
  it('one field: its own code, text and article', () => {
    const error = inputError([{ field: 'name', code: 'INPUT.TOO_LONG', params: { max: 100 } }]);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details.reason).toBe('INPUT.TOO_LONG');
    expect(error.details.article).toBe('第24条');
    expect(error.details.text).toEqual({ ja: '「name」は100文字以内で入力してください。', en: 'name may have at most 100 characters.' });
    expect(error.extensions['params']).toEqual({ field: 'name', max: 100, fields: 'name', violations: 'INPUT.TOO_LONG' });
  });

  it('an area’s code keeps its own article', () => {
    const error = inputError([{ field: 'maxEvents', code: 'AUDIT.PURGE_LIMIT_INVALID', params: { max: 10_000 } }]);
    expect(error.details.article).toBe('第19条第1項');
    expect(error.details.text?.ja).toContain('10000');
  });

  it('several fields: a summary naming them, then each field’s text', () => {
    const error = inputError([
      { field: 'input.reason', code: 'INPUT.REQUIRED', params: {} },
      { field: 'input.coversFrom', code: 'INPUT.DATE_OUT_OF_RANGE', params: { min: 'a', max: 'b' } },
    ]);
    expect(error.details.reason).toBe('INPUT.INVALID_FIELDS');
    expect(error.extensions['params']).toEqual({ count: 2, fields: 'input.reason,input.coversFrom', violations: 'INPUT.REQUIRED,INPUT.DATE_OUT_OF_RANGE' });
    expect(error.details.text?.ja).toBe('入力に誤りがあります（2項目: input.reason,input.coversFrom）。「input.reason」を入力してください。「input.coversFrom」はaからbまでの日付又は日時で指定してください。');
    expect(error.message).toContain('input.reason is required.');
  });

  it(`names at most ${MAX_REPORTED_FIELDS} fields`, () => {
    const many = Array.from({ length: 30 }, (_, i): InputViolation => ({ field: `f${i}`, code: 'INPUT.REQUIRED', params: {} }));
    const error = inputError(many);
    expect(error.extensions['params']).toMatchObject({ count: 30 });
    expect(String((error.extensions['params'] as Record<string, unknown>)['fields']).split(',')).toHaveLength(MAX_REPORTED_FIELDS);
  });

  it('every code it can name is in the catalogue', () => {
    for (const code of ['INPUT.INVALID_FIELDS', 'INPUT.REQUIRED', 'INPUT.TOO_LONG', 'INPUT.INVALID_VALUE']) expect(isMessageCode(code)).toBe(true);
  });

  it('refuses to build an error without a violation', () => {
    expect(() => inputError([])).toThrow(RangeError);
  });
});
