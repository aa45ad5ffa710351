import { useId } from 'react';
import { LOCALES, type Locale } from '@juki/policies';
import { LANGUAGE_NAMES, uiText } from '../i18n/ui-messages';

export interface LanguageSwitchProps {
  readonly locale: Locale;
  readonly onLocaleChange: (locale: Locale) => void;
}

/** Two toggle buttons (Tab to reach, Enter or Space to choose); the pressed one is the language shown. */
export function LanguageSwitch({ locale, onLocaleChange }: LanguageSwitchProps) {
  const labelId = useId();
  return (
    <div className="language-switch" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="language-switch__label">
        {uiText(locale, 'languageSwitchLabel')}
      </span>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={option === locale}
          onClick={() => onLocaleChange(option)}
        >
          {LANGUAGE_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
