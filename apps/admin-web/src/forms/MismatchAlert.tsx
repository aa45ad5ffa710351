import { Alert } from 'antd';
import { useErrorText } from '../app/ErrorText';
import { useConsoleLocale } from '../i18n/console-locale';
import { refusalDetails } from './form-ledger.logic';

/** The API's refusal (extensions.message) and, below it, every named mismatch. */
export function RefusalAlert({ error, testId }: { readonly error: unknown; readonly testId?: string }) {
  const { t, locale } = useConsoleLocale();
  const errorText = useErrorText();
  if (!error) return null;
  const details = refusalDetails(error, locale);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      title={errorText(error)}
      description={
        details.length > 0 ? (
          <>
            <p className="refusal-details__heading">{t('mismatchHeading')}</p>
            <ul className="refusal-details" data-testid="refusal-details">
              {details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : undefined
      }
    />
  );
}
