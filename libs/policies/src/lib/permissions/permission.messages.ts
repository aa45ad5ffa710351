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
} as const satisfies CatalogueSection;
