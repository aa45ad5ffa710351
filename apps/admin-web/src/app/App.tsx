import { useEffect, useState } from 'react';
import type { Locale } from '@juki/policies';
import { DEFAULT_LOCALE, uiText } from '../i18n/ui-messages';
import { RuleCatalogueView } from '../rules/RuleCatalogueView';
import { AppHeader } from './AppHeader';

export interface AppProps {
  readonly initialLocale?: Locale;
}

/** The admin console: Japanese by default, switchable to English. */
export function App({ initialLocale = DEFAULT_LOCALE }: AppProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = uiText(locale, 'productName');
  }, [locale]);

  return (
    <>
      <a className="skip-link" href="#main">
        {uiText(locale, 'skipToContent')}
      </a>
      <AppHeader locale={locale} onLocaleChange={setLocale} />
      <main id="main" className="app-main" tabIndex={-1}>
        <RuleCatalogueView locale={locale} />
      </main>
    </>
  );
}
