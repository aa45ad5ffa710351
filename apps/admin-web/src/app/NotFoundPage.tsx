import { Link } from 'react-router';
import { Result } from 'antd';
import { useConsoleLocale } from '../i18n/console-locale';

/** Also what a page the matrix denies shows: it is not there for that role. */
export function NotFoundPage() {
  const { t } = useConsoleLocale();
  return (
    <Result
      status="404"
      title={<h2 className="page-title">{t('notFoundHeading')}</h2>}
      subTitle={t('notFoundBody')}
      extra={<Link to="/">{t('backToDashboard')}</Link>}
    />
  );
}
