import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { ROLE_DESCRIPTIONS, type Role } from '@juki/policies';
import { canAccess, visibleColumns } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import type { LogonEventsQuery, OperatorIdCardsQuery } from '../graphql/generated/graphql';
import { useGraphqlQuery } from '../graphql/use-graphql';
import { CARD_STATUS_LABELS, LOGON_OUTCOME_LABELS } from '../i18n/enum-labels';
import { useConsoleLocale } from '../i18n/console-locale';
import { NotificationsPanel } from '../notifications/NotificationsPanel';
import { FormsToday } from '../forms/FormsToday';
import { PrecautionsToday } from '../handlers/PrecautionsToday';
import { useRoles, useSession } from '../session/session-context';
import { LOGON_EVENTS, OPERATOR_ID_CARDS } from './dashboard.operations';

type CardRow = OperatorIdCardsQuery['operatorIdCards']['edges'][number]['node'];
type LogonRow = LogonEventsQuery['logonEvents']['edges'][number]['node'];

export const DASHBOARD_PAGE_SIZE = 20;

/** "Today": who is signed in, lost or stolen cards (第20条第5項), the card ledger and the latest logons — each for the roles that may read it. */
export function DashboardPage() {
  const { t } = useConsoleLocale();
  const roles = useRoles();
  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={2} className="page-title">
        {t('dashboardHeading')}
      </Typography.Title>
      <MyAccount />
      {canAccess(roles, 'notifications', 'list') ? <NotificationsPanel /> : null}
      <PrecautionsToday roles={roles} />
      <FormsToday roles={roles} />
      {canAccess(roles, 'operator-id-cards', 'list') ? <LostCards /> : null}
      {canAccess(roles, 'operator-id-cards', 'list') ? <OperatorCards roles={roles} /> : null}
      {canAccess(roles, 'logon-events', 'list') ? <LatestLogons roles={roles} /> : null}
    </Space>
  );
}

function MyAccount() {
  const { t, pick, date } = useConsoleLocale();
  const me = useSession();
  if (!me) return null;
  return (
    <Card title={<h3 className="card-title">{t('myAccountHeading')}</h3>} data-testid="my-account">
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('staffMember')}>{t('signedInAs', { name: me.name, title: me.title })}</Descriptions.Item>
        <Descriptions.Item label={t('employeeNumber')}>{me.employeeNumber}</Descriptions.Item>
        <Descriptions.Item label={t('section')}>{me.sectionName}</Descriptions.Item>
        <Descriptions.Item label={t('roles')}>
          {me.roles.length === 0
            ? t('noRoles')
            : me.roles.map((role) => <Tag key={role}>{pick(ROLE_DESCRIPTIONS[role as Role].label)}</Tag>)}
        </Descriptions.Item>
        <Descriptions.Item label={t('passwordExpiresAt')}>{date(me.passwordExpiresAt)}</Descriptions.Item>
        <Descriptions.Item label={t('sessionExpiresAt')}>{date(me.absoluteExpiresAt)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function LostCards() {
  const { t } = useConsoleLocale();
  const lost = useGraphqlQuery(OPERATOR_ID_CARDS, { first: 0, status: 'LOST' });
  const stolen = useGraphqlQuery(OPERATOR_ID_CARDS, { first: 0, status: 'STOLEN' });
  const lostCount = lost.data?.operatorIdCards.totalCount;
  const stolenCount = stolen.data?.operatorIdCards.totalCount;
  return (
    <Card title={<h3 className="card-title">{t('lostCardsHeading')}</h3>} data-testid="lost-cards">
      <ErrorAlert error={lost.error ?? stolen.error} />
      {lostCount === undefined || stolenCount === undefined ? (
        <Typography.Text type="secondary">{t('loading')}</Typography.Text>
      ) : lostCount + stolenCount === 0 ? (
        <Typography.Text>{t('lostCardsNone')}</Typography.Text>
      ) : (
        <Typography.Text strong>{t('lostCardsCount', { lost: lostCount, stolen: stolenCount })}</Typography.Text>
      )}
    </Card>
  );
}

function OperatorCards({ roles }: { readonly roles: readonly Role[] }) {
  const { t, locale, date } = useConsoleLocale();
  const { data, error, loading } = useGraphqlQuery(OPERATOR_ID_CARDS, { first: DASHBOARD_PAGE_SIZE });
  const connection = data?.operatorIdCards;
  const columns = visibleColumns(roles, 'OperatorIdCard', [
    { field: 'cardNumber', key: 'cardNumber', title: t('cardNumber'), dataIndex: 'cardNumber' },
    { field: 'holder', key: 'holder', title: t('holder'), render: (_: unknown, row: CardRow) => row.holder?.name ?? t('none') },
    {
      field: 'status',
      key: 'status',
      title: t('status'),
      render: (_: unknown, row: CardRow) => (row.status ? CARD_STATUS_LABELS[row.status][locale] : t('none')),
    },
    { field: 'issuedAt', key: 'issuedAt', title: t('issuedAt'), render: (_: unknown, row: CardRow) => date(row.issuedAt) },
    { field: 'lostReportedAt', key: 'lostReportedAt', title: t('lostReportedAt'), render: (_: unknown, row: CardRow) => date(row.lostReportedAt) },
  ]);
  return (
    <Card
      title={<h3 className="card-title">{t('cardsHeading')}</h3>}
      extra={connection ? t('totalCount', { count: connection.totalCount }) : null}
      data-testid="operator-cards"
    >
      <ErrorAlert error={error} />
      <Table<CardRow>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        columns={columns}
        locale={{ emptyText: t('emptyList') }}
      />
    </Card>
  );
}

function LatestLogons({ roles }: { readonly roles: readonly Role[] }) {
  const { t, locale, date } = useConsoleLocale();
  const { data, error, loading } = useGraphqlQuery(LOGON_EVENTS, { last: 10 });
  const connection = data?.logonEvents;
  const columns = visibleColumns(roles, 'LogonEvent', [
    { field: 'occurredAt', key: 'occurredAt', title: t('occurredAt'), render: (_: unknown, row: LogonRow) => dateTime(date, row.occurredAt) },
    { field: 'staff', key: 'staff', title: t('staffMember'), render: (_: unknown, row: LogonRow) => row.staff?.name ?? t('unknownCard') },
    { field: 'cardNumber', key: 'cardNumber', title: t('cardNumber'), dataIndex: 'cardNumber' },
    {
      field: 'outcome',
      key: 'outcome',
      title: t('outcome'),
      render: (_: unknown, row: LogonRow) => (row.outcome ? LOGON_OUTCOME_LABELS[row.outcome][locale] : t('none')),
    },
    { field: 'sourceAddress', key: 'sourceAddress', title: t('sourceAddress'), dataIndex: 'sourceAddress' },
  ]);
  return (
    <Card
      title={<h3 className="card-title">{t('logonHeading')}</h3>}
      extra={connection ? t('totalCount', { count: connection.totalCount }) : null}
      data-testid="logon-events"
    >
      <ErrorAlert error={error} />
      <Table<LogonRow>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={[...(connection?.edges.map((e) => e.node) ?? [])].reverse()}
        columns={columns}
        locale={{ emptyText: t('emptyList') }}
      />
    </Card>
  );
}

/** Date (per the era switch) and the time of day in Japan. */
export function dateTime(date: (value: string | null | undefined) => string, instant: string | null | undefined): string {
  if (!instant) return date(instant);
  const time = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(
    new Date(instant),
  );
  return `${date(instant)} ${time}`;
}
