import type { CatalogueSection } from '../i18n/message-catalogue.types';

/**
 * The record of the 第10条の4 guidance at a resident-card issuance: the applicant entered the PIN
 * (第2号) and inserted the card into the reader-writer (第3号) themselves. No message holds a PIN.
 */
export const PIN_GUIDANCE_MESSAGES = {
  'PIN_GUIDANCE.PIN_NOT_ENTERED_BY_APPLICANT': {
    article: '第10条の4第2号',
    ja: '暗証番号の入力は申請者自身が行います。申請者自身が入力したことを確認してから記録してください。',
    en: 'The applicant enters the PIN themselves. Record the guidance only once the applicant has entered it.',
  },
  'PIN_GUIDANCE.CARD_NOT_INSERTED_BY_APPLICANT': {
    article: '第10条の4第3号',
    ja: 'カードリーダーライターへのカードの抜き差しは申請者自身が行います。申請者自身が行ったことを確認してから記録してください。',
    en: 'The applicant inserts the card into the reader-writer themselves. Record the guidance only once the applicant has done so.',
  },
  'PIN_GUIDANCE.ALREADY_RECORDED': {
    article: '第10条の4',
    ja: 'カード「{serial}」の暗証番号の周知は既に記録されています。',
    en: 'The PIN guidance for card "{serial}" is already recorded.',
  },
  'PIN_GUIDANCE.SECTION_INVALID': {
    article: '第10条の4',
    ja: '記録する課を指定してください（記録できるのは自課の交付についてのみです）。',
    en: 'Name the section the issuance belongs to (only issuances of one’s own section can be recorded).',
  },
  'PIN_GUIDANCE.GUIDED_BY_INVALID': {
    article: '第10条の4',
    ja: '周知を行った職員は、その課の職員を指定してください（区システムから記録する場合は必須です）。',
    en: 'Name the staff member of the section who gave the guidance (required when a ward system records it).',
  },
} as const satisfies CatalogueSection;
