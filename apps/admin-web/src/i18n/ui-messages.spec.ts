import { LOCALES } from '@juki/policies';
import { LANGUAGE_NAMES, UI_MESSAGES, uiText, type UiMessageKey } from './ui-messages';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe('UI_MESSAGES', () => {
  const keys = Object.keys(UI_MESSAGES.ja) as UiMessageKey[];

  it('has the same keys in every language', () => {
    for (const locale of LOCALES) expect(Object.keys(UI_MESSAGES[locale]).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s: non-empty in both, Japanese in ja, the same placeholders', (key) => {
    const { ja, en } = { ja: UI_MESSAGES.ja[key], en: UI_MESSAGES.en[key] };
    expect(ja.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(ja).toMatch(JAPANESE);
    expect(en).not.toMatch(JAPANESE);
    expect(placeholders(ja)).toEqual(placeholders(en));
  });

  it('names the product 住基ネット セキュリティ管理', () => {
    expect(uiText('ja', 'productName')).toBe('住基ネット セキュリティ管理');
  });

  it('fills placeholders', () => {
    expect(uiText('ja', 'rulesCount', { count: 12 })).toBe('全12件');
    expect(uiText('en', 'rulesCount', { count: 12 })).toBe('12 in total');
  });

  it('names each language in itself', () => {
    expect(LANGUAGE_NAMES).toEqual({ ja: '日本語', en: 'English' });
  });
});
