import type { RuleDefinition } from '../core/rule-definition';

export const INPUT_RULES: readonly RuleDefinition[] = [
  {
    id: 'art24.inputConstraints',
    article: '第24条',
    title: { ja: 'APIが受け付ける入力の形式', en: 'The shape of input the API accepts' },
    description: {
      ja: 'APIへの入力は、項目ごとに定めた長さ・形式・範囲・件数（INPUT_LIMITS）を満たさなければ、何も読み書きせずに拒否する。誤りは項目名と理由で示し、入力された値（パスワード・トークン・暗証番号を含む）は応答に含めない。',
      en: 'Input to the API that breaks the length, format, range or count set for its field (INPUT_LIMITS) is refused before anything is read or written. The refusal names the field and the reason, never the value entered (which may be a password, a token or a PIN).',
    },
    parameters: [],
    codes: [
      'INPUT.INVALID_FIELDS',
      'INPUT.REQUIRED',
      'INPUT.TOO_LONG',
      'INPUT.INVALID_CHARACTERS',
      'INPUT.INVALID_FORMAT',
      'INPUT.INVALID_ID',
      'INPUT.NOT_AN_INTEGER',
      'INPUT.OUT_OF_RANGE',
      'INPUT.NOT_A_DATE',
      'INPUT.DATE_OUT_OF_RANGE',
      'INPUT.TOO_FEW_ITEMS',
      'INPUT.TOO_MANY_ITEMS',
      'INPUT.DUPLICATE_ITEMS',
      'INPUT.WRONG_TYPE',
      'INPUT.UNKNOWN_ENUM_VALUE',
      'INPUT.INVALID_VALUE',
    ],
  },
];
