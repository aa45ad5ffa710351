import { useState } from 'react';
import { Button, Card, Space, Switch, Table, Tag } from 'antd';
import { canAccess } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import { dateTime } from '../dashboard/DashboardPage';
import type { NotificationsQuery } from '../graphql/generated/graphql';
import { useGraphqlMutation, useGraphqlQuery } from '../graphql/use-graphql';
import { NOTIFICATION_KIND_LABELS } from '../i18n/enum-labels';
import { useConsoleLocale } from '../i18n/console-locale';
import { useRoles } from '../session/session-context';
import { notificationsChanged, useNotificationRefresh } from './notifications-refresh';
import { MARK_NOTIFICATIONS_READ, NOTIFICATIONS } from './notifications.operations';

type NotificationRow = NotificationsQuery['notifications']['edges'][number]['node'];

export const NOTIFICATIONS_PAGE_SIZE = 20;

/**
 * The dashboard's notifications (第10条の2第2項): lost or stolen resident cards and stock-take differences,
 * newest first, unread ones first shown; each person marks their own as read (others still see them unread).
 */
export function NotificationsPanel() {
  const { t, locale, pick, date } = useConsoleLocale();
  const roles = useRoles();
  const [unreadOnly, setUnreadOnly] = useState(true);
  const { data, error, loading, refetch } = useGraphqlQuery(NOTIFICATIONS, { first: NOTIFICATIONS_PAGE_SIZE, unreadOnly });
  useNotificationRefresh(refetch);
  const mark = useGraphqlMutation(MARK_NOTIFICATIONS_READ);
  const [actionError, setActionError] = useState<unknown>(undefined);
  const mayMark = canAccess(roles, 'notifications', 'mark-read');
  const rows = data?.notifications.edges.map((e) => e.node) ?? [];
  const unread = rows.filter((row) => !row.readAt).map((row) => row.id);

  const markRead = async (ids: readonly string[]) => {
    setActionError(undefined);
    try {
      await mark.run({ ids: [...ids] });
      notificationsChanged();
    } catch (e) {
      setActionError(e);
    }
  };

  const columns = [
    { key: 'createdAt', title: t('occurredAt'), render: (_: unknown, row: NotificationRow) => dateTime(date, row.createdAt) },
    {
      key: 'kind',
      title: t('notificationKind'),
      render: (_: unknown, row: NotificationRow) =>
        row.kind ? <Tag color={row.kind === 'STOCK_DIFFERENCE' ? 'orange' : 'red'}>{NOTIFICATION_KIND_LABELS[row.kind][locale]}</Tag> : t('none'),
    },
    { key: 'subject', title: t('notificationSubject'), render: (_: unknown, row: NotificationRow) => (row.subject ? pick(row.subject) : t('none')) },
    {
      key: 'section',
      title: t('section'),
      render: (_: unknown, row: NotificationRow) => (row.section ? (locale === 'ja' ? row.section.name : row.section.nameEn) : t('notificationCityWide')),
    },
    {
      key: 'readAt',
      title: t('status'),
      render: (_: unknown, row: NotificationRow) =>
        row.readAt ? (
          `${t('notificationRead')} ${date(row.readAt)}`
        ) : mayMark ? (
          <Button size="small" onClick={() => markRead([row.id])}>
            {t('notificationMarkRead')}
          </Button>
        ) : (
          <Tag>{t('notificationUnread')}</Tag>
        ),
    },
  ];

  return (
    <Card
      id="notifications"
      title={<h3 className="card-title">{t('notificationsHeading')}</h3>}
      extra={
        <Space wrap>
          <label className="inline-switch">
            <Switch size="small" checked={unreadOnly} onChange={setUnreadOnly} />
            <span>{t('notificationUnreadOnly')}</span>
          </label>
          {mayMark && unread.length > 0 ? (
            <Button onClick={() => markRead(unread)} loading={mark.pending}>
              {t('notificationMarkAllRead')}
            </Button>
          ) : null}
        </Space>
      }
      data-testid="notifications"
    >
      <ErrorAlert error={error ?? actionError} />
      <div className="table-scroll-x">
        <Table<NotificationRow>
          rowKey="id"
          size="small"
          loading={loading}
          pagination={false}
          dataSource={rows}
          columns={columns}
          locale={{ emptyText: unreadOnly ? t('notificationsNoneUnread') : t('emptyList') }}
        />
      </div>
    </Card>
  );
}
