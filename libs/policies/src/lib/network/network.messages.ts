import type { CatalogueSection } from '../i18n/message-catalogue.types';

export const NETWORK_MESSAGES = {
  'NETWORK.NOTICE_TOO_LATE': {
    article: '第17条第3項第2号',
    ja: 'ネットワークの計画停止（{stopOn}）の通知は{required}日前までに必要ですが、{given}日前でした。',
    en: 'A planned network stop ({stopOn}) must be notified {required} days ahead; notice was given {given} days ahead.',
  },
  'NETWORK.NOT_NOTIFIED': {
    article: '第17条第3項第2号',
    ja: 'ネットワークの計画停止が{recipient}に通知されていません。',
    en: 'The planned network stop was not notified to {recipient}.',
  },
  'NETWORK.NOTICE_AFTER_STOP': {
    article: '第17条第3項第2号',
    ja: '通知日（{noticeOn}）が停止日（{stopOn}）より後です。',
    en: 'The notice ({noticeOn}) is dated after the stop ({stopOn}).',
  },
} as const satisfies CatalogueSection;
