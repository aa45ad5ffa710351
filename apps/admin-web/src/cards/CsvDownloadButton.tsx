import { useState } from 'react';
import { Button, Space } from 'antd';
import { ErrorAlert } from '../app/ErrorText';
import type { ResidentCardStockCsvQueryVariables, TypedDocumentString } from '../graphql/generated/graphql';
import { useGraphqlMutation } from '../graphql/use-graphql';
import { useConsoleLocale } from '../i18n/console-locale';
import { downloadCsv, type CsvFileContent } from './csv-download';

/**
 * Downloads one of the API's `*Csv` exports (UTF-8 with BOM, headers in the language shown). Run on
 * demand (not cached): the file is made when asked for.
 */
export function CsvDownloadButton<TResult extends Record<string, CsvFileContent>>({
  document,
  testId,
}: {
  readonly document: TypedDocumentString<TResult, ResidentCardStockCsvQueryVariables>;
  readonly testId: string;
}) {
  const { t, locale } = useConsoleLocale();
  const csv = useGraphqlMutation(document);
  const [error, setError] = useState<unknown>(undefined);
  const download = async () => {
    setError(undefined);
    try {
      const result = await csv.run({ language: locale });
      const file = Object.values(result)[0];
      if (file) downloadCsv(file);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Space orientation="vertical">
      <Button onClick={download} loading={csv.pending} data-testid={testId}>
        {t('cardsCsvDownload')}
      </Button>
      <ErrorAlert error={error} />
    </Space>
  );
}
