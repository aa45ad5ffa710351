import type { CatalogueSection } from '../i18n/message-catalogue.types';

export const RETENTION_MESSAGES = {
  'RETENTION.PERIOD_NOT_ENDED': {
    article: '第19条第1項',
    ja: '{kind}の保存期間（{years}年）は{until}まで満了しないため、削除できません。',
    en: 'The keeping period of {kind} ({years} years) does not end until {until}; it cannot be purged.',
  },
  'RETENTION.LEGAL_HOLD': {
    article: '第19条第1項',
    ja: '{kind}は保全措置（リーガルホールド）の対象のため、削除できません。',
    en: '{kind} is under a legal hold and cannot be purged.',
  },
} as const satisfies CatalogueSection;
