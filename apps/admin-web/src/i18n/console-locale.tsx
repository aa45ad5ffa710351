import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { I18nProvider } from '@refinedev/core';
import type { IsoDate, Locale, LocalizedText, MessageParams } from '@juki/policies';
import { formatDate } from './format-date';
import { isUiMessageKey, uiText, type UiMessageKey } from './ui-messages';

export interface ConsoleLocale {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  /** Show dates in the Japanese era (令和8年11月28日) rather than the Gregorian year. */
  readonly era: boolean;
  readonly setEra: (era: boolean) => void;
  readonly t: (key: UiMessageKey, params?: MessageParams) => string;
  /** A text that comes with both languages (API messages, rule titles, role labels). */
  readonly pick: (text: LocalizedText) => string;
  readonly date: (value: Date | IsoDate | string | null | undefined) => string;
}

const ConsoleLocaleContext = createContext<ConsoleLocale | undefined>(undefined);

export function ConsoleLocaleProvider(props: {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  readonly era: boolean;
  readonly setEra: (era: boolean) => void;
  readonly children: ReactNode;
}) {
  const { locale, setLocale, era, setEra, children } = props;
  const value = useMemo<ConsoleLocale>(
    () => ({
      locale,
      setLocale,
      era,
      setEra,
      t: (key, params) => uiText(locale, key, params),
      pick: (text) => text[locale],
      date: (value) => {
        if (value === null || value === undefined || value === '') return uiText(locale, 'none');
        // The API's DateTimeISO values are instants; its Date values are calendar dates (YYYY-MM-DD).
        const input = typeof value === 'string' && value.length > 10 ? new Date(value) : value;
        return formatDate(input, locale, { era });
      },
    }),
    [locale, setLocale, era, setEra],
  );
  return <ConsoleLocaleContext.Provider value={value}>{children}</ConsoleLocaleContext.Provider>;
}

export function useConsoleLocale(): ConsoleLocale {
  const value = useContext(ConsoleLocaleContext);
  if (!value) throw new Error('useConsoleLocale outside ConsoleLocaleProvider');
  return value;
}

/** Refine's i18n provider over the same catalogue (keys it does not know fall back to its default text). */
export function catalogueI18nProvider(getLocale: () => Locale, setLocale: (locale: Locale) => void): I18nProvider {
  return {
    translate: (key: string, options?: unknown, defaultMessage?: string) =>
      isUiMessageKey(key) ? uiText(getLocale(), key, (options ?? {}) as MessageParams) : (defaultMessage ?? key),
    changeLocale: async (locale: string) => {
      if (locale === 'ja' || locale === 'en') setLocale(locale);
    },
    getLocale: () => getLocale(),
  };
}
