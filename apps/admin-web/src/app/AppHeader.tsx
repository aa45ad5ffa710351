import type { Locale } from '@juki/policies';
import { uiText } from '../i18n/ui-messages';
import { LanguageSwitch } from './LanguageSwitch';

export interface AppHeaderProps {
  readonly locale: Locale;
  readonly onLocaleChange: (locale: Locale) => void;
}

export function AppHeader({ locale, onLocaleChange }: AppHeaderProps) {
  return (
    <header className="app-header">
      <h1 className="app-header__title">{uiText(locale, 'productName')}</h1>
      <LanguageSwitch locale={locale} onLocaleChange={onLocaleChange} />
    </header>
  );
}
