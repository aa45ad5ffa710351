import { interpolate, type Locale, type MessageParams } from '@juki/policies';

/**
 * Every string the console itself shows, Japanese first. Rule titles, descriptions and violation
 * messages are not here: they come with their ja/en texts from @juki/policies.
 */
const JA = {
  productName: '住基ネット セキュリティ管理',
  skipToContent: '本文へ移動',
  languageSwitchLabel: '表示言語',
  rulesHeading: '規則一覧',
  rulesIntro: '「{guidelines}」に基づき、本システムが点検する規則です。',
  rulesCount: '全{count}件',
  rulesEmpty: '登録されている規則はありません。',
  columnArticle: '条項',
  columnTitle: '規則',
  columnDescription: '内容',
} as const;

export type UiMessageKey = keyof typeof JA;

const EN = {
  productName: 'Juki-Net Security Management',
  skipToContent: 'Skip to main content',
  languageSwitchLabel: 'Display language',
  rulesHeading: 'Rules',
  rulesIntro: "The rules of Chiba City's Juki-Net security guidelines ({guidelines}) that this system checks.",
  rulesCount: '{count} in total',
  rulesEmpty: 'No rules are registered.',
  columnArticle: 'Article',
  columnTitle: 'Rule',
  columnDescription: 'Description',
} as const satisfies Record<UiMessageKey, string>;

export const UI_MESSAGES: Readonly<Record<Locale, Readonly<Record<UiMessageKey, string>>>> = { ja: JA, en: EN };

/** Each language is named in itself, so a reader can find their own whichever language is shown. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { ja: '日本語', en: 'English' };

export const DEFAULT_LOCALE: Locale = 'ja';

export function uiText(locale: Locale, key: UiMessageKey, params: MessageParams = {}): string {
  return interpolate(UI_MESSAGES[locale][key], params);
}
