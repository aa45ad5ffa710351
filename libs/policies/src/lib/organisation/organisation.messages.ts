import type { CatalogueSection } from '../i18n/message-catalogue.types';

export const ORGANISATION_MESSAGES = {
  'ORGANISATION.DUPLICATE_CODE': {
    article: '第2条第2項',
    ja: '組織コード「{code}」が重複しています。',
    en: 'The organisation code "{code}" is used twice.',
  },
  'ORGANISATION.UNKNOWN_PARENT': {
    article: '第2条第2項',
    ja: '組織「{code}」の上位組織「{parent}」が存在しません。',
    en: 'The parent "{parent}" of unit "{code}" does not exist.',
  },
  'ORGANISATION.PARENT_KIND': {
    article: '第2条第2項',
    ja: '組織「{code}」（{kind}）は{parentKind}の下に置けません。',
    en: 'Unit "{code}" ({kind}) cannot sit under a {parentKind}.',
  },
  'ORGANISATION.NOT_A_SECTION': {
    article: '第5条第1項',
    ja: '住基ネットを利用する単位は第2条第2項の「課」でなければなりません（「{code}」は{kind}）。',
    en: 'Only a section (課) in the sense of 第2条第2項 can use Juki-Net ("{code}" is a {kind}).',
  },
  'ORGANISATION.CYCLE': {
    article: '第2条第2項',
    ja: '組織「{code}」の上位組織が循環しています。',
    en: 'The parents of unit "{code}" form a cycle.',
  },
} as const satisfies CatalogueSection;
