import { Link } from 'react-router';
import { Badge } from 'antd';
import { useGraphqlQuery } from '../graphql/use-graphql';
import { useConsoleLocale } from '../i18n/console-locale';
import { useNotificationRefresh } from './notifications-refresh';
import { UNREAD_NOTIFICATION_COUNT } from './notifications.operations';

/** The header's count of the notifications the signed-in person has not read (第10条の2第2項), polled. */
export function UnreadNotificationCount() {
  const { t } = useConsoleLocale();
  const { data, refetch } = useGraphqlQuery(UNREAD_NOTIFICATION_COUNT, {});
  useNotificationRefresh(refetch);
  const count = data?.unreadNotificationCount;
  if (count === undefined) return null;
  return (
    <Link to="/#notifications" className="app-header__notifications" data-testid="unread-notifications" aria-live="polite">
      <Badge count={count} showZero={false} size="small" offset={[6, -2]}>
        <span className="app-header__notifications-text">{t('notificationUnreadCount', { count })}</span>
      </Badge>
    </Link>
  );
}
