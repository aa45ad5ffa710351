import { Alert } from 'antd';
import { GraphqlRequestError } from '../graphql/graphql-client';
import { useConsoleLocale } from '../i18n/console-locale';

/** A refusal as the API words it (extensions.message), in the language shown; never a stack or a code alone. */
export function useErrorText(): (error: unknown) => string {
  const { t, pick } = useConsoleLocale();
  return (error) => {
    if (error instanceof GraphqlRequestError) {
      if (error.text) return pick(error.text);
      if (error.code === 'NETWORK') return t('networkError');
      return t('unexpectedError', { code: error.code });
    }
    return t('unexpectedError', { code: 'ERROR' });
  };
}

export function ErrorAlert({ error }: { readonly error: unknown }) {
  const errorText = useErrorText();
  if (!error) return null;
  return <Alert type="error" showIcon role="alert" title={errorText(error)} />;
}
