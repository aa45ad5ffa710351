import { interpolate, type LocalizedText, type MessageParams } from '@juki/policies';
import { ApiError } from './api-error';

/**
 * Refusals of a malformed or oversized request. They enforce the API's own protections, not an article of
 * the guidelines, so they live here rather than in the policies' message catalogue (which cites articles).
 */
export const REQUEST_MESSAGES = {
  'REQUEST.PAGE_TOO_LARGE': {
    ja: '一度に取得できる件数は{max}件までです（{argument}）。',
    en: '{argument} may be at most {max}.',
  },
  'REQUEST.PAGE_SIZE_NEGATIVE': {
    ja: '取得件数（{argument}）は0以上で指定してください。',
    en: '{argument} must not be negative.',
  },
  'REQUEST.FIRST_AND_LAST': {
    ja: 'first と last は同時に指定できません。',
    en: 'Use either first or last, not both.',
  },
  'REQUEST.INVALID_CURSOR': {
    ja: 'カーソル（{argument}）が正しくありません。',
    en: 'The cursor in {argument} is not valid.',
  },
  'REQUEST.INVALID_ID': {
    ja: 'ID「{id}」が正しくありません。',
    en: 'The id "{id}" is not valid.',
  },
  'REQUEST.TOO_MANY_ROWS': {
    ja: 'この問合せは最大{rows}行を返し得ます（上限{max}行）。件数や入れ子を減らしてください。',
    en: 'This query could return up to {rows} rows (limit {max}). Ask for fewer items or less nesting.',
  },
  'REQUEST.BODY_TOO_LARGE': {
    ja: '要求が大きすぎます（上限{max}バイト）。',
    en: 'The request body is too large (limit {max} bytes).',
  },
  'REQUEST.CONTENT_TYPE': {
    ja: 'POST要求の Content-Type は application/json にしてください。',
    en: 'A POST request must have Content-Type: application/json.',
  },
  'REQUEST.ORIGIN_NOT_ALLOWED': {
    ja: 'このオリジンからの要求は許可されていません。',
    en: 'Requests from this origin are not allowed.',
  },
  'REQUEST.MALFORMED_BODY': {
    ja: '要求の本文が正しいJSONではありません。',
    en: 'The request body is not valid JSON.',
  },
  'REQUEST.TOO_MANY_INPUT_ERRORS': {
    ja: '入力値の誤りが多すぎるため、確認を打ち切りました。示された誤りを直してください。',
    en: 'Too many invalid input values: checking stopped. Correct the errors reported.',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

export type RequestMessageCode = keyof typeof REQUEST_MESSAGES;

export function requestMessage(reason: RequestMessageCode, params: MessageParams = {}): LocalizedText {
  const entry = REQUEST_MESSAGES[reason];
  return { ja: interpolate(entry.ja, params), en: interpolate(entry.en, params) };
}

/** BAD_USER_INPUT with a precise reason and its ja/en text. */
export function badUserInput(reason: RequestMessageCode, params: MessageParams = {}, httpStatus?: number): ApiError {
  const text = requestMessage(reason, params);
  return new ApiError('BAD_USER_INPUT', text.en, params, { reason, text, ...(httpStatus !== undefined ? { httpStatus } : {}) });
}
