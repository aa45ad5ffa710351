import type { CatalogueSection } from '../i18n/message-catalogue.types';

/**
 * Refusals of malformed input to the API (第24条: the further rules the 市民局長 sets — here, the shape of
 * what the system accepts). `{field}` is the argument's path, e.g. `input.reason` or `anchors[2].hash`;
 * the VALUE is never part of a message (it may be a password, a token or a PIN). A constraint that
 * enforces an article of its own uses that area's code instead (e.g. `API_CLIENTS.NO_SCOPE`).
 */
export const INPUT_MESSAGES = {
  'INPUT.INVALID_FIELDS': {
    article: '第24条',
    ja: '入力に誤りがあります（{count}項目: {fields}）。',
    en: 'The input has errors ({count} fields: {fields}).',
  },
  'INPUT.REQUIRED': {
    article: '第24条',
    ja: '「{field}」を入力してください。',
    en: '{field} is required.',
  },
  'INPUT.TOO_LONG': {
    article: '第24条',
    ja: '「{field}」は{max}文字以内で入力してください。',
    en: '{field} may have at most {max} characters.',
  },
  'INPUT.INVALID_CHARACTERS': {
    article: '第24条',
    ja: '「{field}」に使用できない文字（制御文字又は不正な文字コード）が含まれています。',
    en: '{field} contains characters that are not allowed (control characters or malformed text).',
  },
  'INPUT.INVALID_FORMAT': {
    article: '第24条',
    ja: '「{field}」の形式が正しくありません。',
    en: '{field} is not in the expected format.',
  },
  'INPUT.INVALID_ID': {
    article: '第24条',
    ja: '「{field}」には、このAPIが発行したID（グローバルID）を指定してください。',
    en: '{field} must be an id issued by this API (a global id).',
  },
  'INPUT.NOT_AN_INTEGER': {
    article: '第24条',
    ja: '「{field}」は整数で指定してください。',
    en: '{field} must be a whole number.',
  },
  'INPUT.OUT_OF_RANGE': {
    article: '第24条',
    ja: '「{field}」は{min}以上{max}以下で指定してください。',
    en: '{field} must be between {min} and {max}.',
  },
  'INPUT.NOT_A_DATE': {
    article: '第24条',
    ja: '「{field}」は正しい日付又は日時で指定してください。',
    en: '{field} must be a valid date or date-time.',
  },
  'INPUT.DATE_OUT_OF_RANGE': {
    article: '第24条',
    ja: '「{field}」は{min}から{max}までの日付又は日時で指定してください。',
    en: '{field} must be a date or date-time from {min} to {max}.',
  },
  'INPUT.TOO_FEW_ITEMS': {
    article: '第24条',
    ja: '「{field}」は{min}件以上指定してください。',
    en: '{field} needs at least {min} items.',
  },
  'INPUT.TOO_MANY_ITEMS': {
    article: '第24条',
    ja: '「{field}」は{max}件以内で指定してください。',
    en: '{field} may have at most {max} items.',
  },
  'INPUT.DUPLICATE_ITEMS': {
    article: '第24条',
    ja: '「{field}」に同じ値が重複しています。',
    en: '{field} holds the same value more than once.',
  },
  'INPUT.WRONG_TYPE': {
    article: '第24条',
    ja: '「{field}」の値の型が正しくありません（{expected}を指定してください）。',
    en: '{field} has a value of the wrong type (expected {expected}).',
  },
  'INPUT.UNKNOWN_ENUM_VALUE': {
    article: '第24条',
    ja: '「{field}」には{expected}の定められた値のいずれかを指定してください。',
    en: '{field} must be one of the values of {expected}.',
  },
  'INPUT.INVALID_VALUE': {
    article: '第24条',
    ja: '「{field}」の値が正しくありません。',
    en: '{field} has a value that is not allowed.',
  },
} as const satisfies CatalogueSection;
