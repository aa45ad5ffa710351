import type { CatalogueSection } from '../i18n/message-catalogue.types';

export const PERMISSION_MESSAGES = {
  'PERMISSIONS.FORBIDDEN': {
    article: '第19条の2第1項第2号',
    ja: 'この操作を行う権限がありません。',
    en: 'You are not permitted to do this.',
  },
  'PERMISSIONS.FIELD_DENIED': {
    article: '第19条の2第1項第2号',
    ja: '項目「{field}」を参照する権限がありません。',
    en: 'You are not permitted to read the field "{field}".',
  },
  'PERMISSIONS.SIGN_IN_REQUIRED': {
    article: '第19条第1項',
    ja: 'IDカードとパスワードでサインインしてください。',
    en: 'Sign in with your ID card and password.',
  },
  'PERMISSIONS.PASSWORD_CHANGE_REQUIRED': {
    article: '第21条第1項',
    ja: 'パスワードの有効期限が過ぎています。パスワードを変更するまで他の操作はできません。',
    en: 'Your password has expired. Change it before doing anything else.',
  },
  'PERMISSIONS.TOKEN_SCOPE': {
    article: '第19条の2第1項第2号',
    ja: 'このAPIトークンには「{type}」を参照する権限（スコープ）がありません。',
    en: 'This API token has no scope to read "{type}".',
  },
} as const satisfies CatalogueSection;
