import type { CatalogueSection } from '../i18n/message-catalogue.types';

/** 第8条・第9条・第12条第7号: handlers, their permissions and the handling precautions. */
export const HANDLER_MESSAGES = {
  'HANDLERS.NOT_FOUND': {
    article: '第8条',
    ja: '本人確認情報取扱者の指名が見つかりません。',
    en: 'No such handler designation.',
  },
  'HANDLERS.STAFF_NOT_EMPLOYED': {
    article: '第8条',
    ja: '退職又は異動した職員は本人確認情報取扱者に指名できません。',
    en: 'A member of staff who has retired or moved cannot be designated a handler.',
  },
  'HANDLERS.ALREADY_DESIGNATED': {
    article: '第8条',
    ja: 'この職員は既にこの課（{section}）の本人確認情報取扱者に指名されています。',
    en: 'This member of staff is already a designated handler of this section ({section}).',
  },
  'HANDLERS.ALREADY_REVOKED': {
    article: '第8条',
    ja: 'この指名は既に解除されています。',
    en: 'This designation has already been revoked.',
  },
  'HANDLERS.STALE_VERSION': {
    article: '第8条',
    ja: 'この指名は他の操作で変更されています（版 {expected} ではなく {actual}）。最新の内容を確認してください。',
    en: 'This designation was changed meanwhile (version {actual}, not {expected}); reload it first.',
  },
  'HANDLERS.NO_PERMISSION': {
    article: '第12条第7号',
    ja: '本人確認情報取扱者の権限を1つ以上指定してください。',
    en: 'Give the handler at least one permission.',
  },
  'HANDLERS.UNKNOWN_PERMISSION': {
    article: '第12条第7号',
    ja: '権限「{permission}」は定められていません。',
    en: 'There is no permission “{permission}”.',
  },
  'HANDLERS.PRECAUTION_MISSING': {
    article: '第9条第1項',
    ja: '本人確認情報の取扱上の留意事項のうち「{category}」が記載されていません。',
    en: 'The handling precautions lack the category “{category}”.',
  },
  'HANDLERS.PRECAUTION_TOO_LONG': {
    article: '第9条第1項',
    ja: '留意事項「{category}」が長すぎます（{max}文字まで）。',
    en: 'The precautions for “{category}” are too long (at most {max} characters).',
  },
  'HANDLERS.PRECAUTIONS_STALE': {
    article: '第9条第1項',
    ja: 'この課の留意事項は他の操作で改訂されています（現在の版は {actual}、指定は {expected}）。最新の版を確認してください。',
    en: 'The section’s precautions were revised meanwhile (current version {actual}, given {expected}); reload them first.',
  },
  'HANDLERS.PRECAUTIONS_NOT_FOUND': {
    article: '第9条第1項',
    ja: '本人確認情報の取扱上の留意事項が見つかりません。',
    en: 'No such handling precautions.',
  },
  'HANDLERS.PRECAUTIONS_NOT_CURRENT': {
    article: '第9条第2項',
    ja: 'この留意事項（版 {version}）は改訂されています。現在の版を確認してください。',
    en: 'These precautions (version {version}) have been superseded; acknowledge the current version.',
  },
  'HANDLERS.NOT_DESIGNATED': {
    article: '第9条第2項',
    ja: '留意事項を確認できるのは、その課の本人確認情報取扱者に指名されている本人だけです。',
    en: 'Only a designated handler of the section acknowledges its precautions, for themselves.',
  },
} as const satisfies CatalogueSection;
