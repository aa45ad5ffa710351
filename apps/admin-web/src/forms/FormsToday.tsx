import { Link } from 'react-router';
import { Card, List, Space, Typography } from 'antd';
import type { Role } from '@juki/policies';
import { canAccess } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import { useGraphqlQuery } from '../graphql/use-graphql';
import { useConsoleLocale } from '../i18n/console-locale';
import { sectionName, todayInJapan } from './form-dates';
import { PRINTED_FORM_OUTPUTS, PRINTED_FORMS_OVERDUE } from './forms.operations';

/** How many rows the dashboard reads for forms past their keeping period (oldest keeping period first). */
export const AWAITING_DISPOSAL_SCAN = 100;
const SHOWN = 5;

/**
 * "Today" for the printed-form ledger (第10条第3項): forms past their keeping period awaiting disposal,
 * and those past the disposal deadline — for the roles that read the ledger.
 */
export function FormsToday({ roles }: { readonly roles: readonly Role[] }) {
  if (!canAccess(roles, 'printed-forms', 'list') && !canAccess(roles, 'printed-forms', 'overdue')) return null;
  return (
    <Space orientation="vertical" size="large" className="page">
      {canAccess(roles, 'printed-forms', 'list') ? <AwaitingDisposal /> : null}
      {canAccess(roles, 'printed-forms', 'overdue') ? <OverdueDisposals /> : null}
    </Space>
  );
}

/**
 * Kept copies whose keeping period is over (keepUntil before today) but not yet past the disposal
 * deadline: the server orders by keepUntil, so the first page holds the oldest ones.
 */
function AwaitingDisposal() {
  const { t, locale, date } = useConsoleLocale();
  const today = todayInJapan();
  const { data, error } = useGraphqlQuery(PRINTED_FORM_OUTPUTS, {
    first: AWAITING_DISPOSAL_SCAN,
    orderBy: 'KEEP_UNTIL',
    status: ['OUTPUT', 'STORED', 'PARTLY_DISPOSED'],
  });
  const page = data?.printedFormOutputs.edges.map((e) => e.node) ?? [];
  const due = page.filter((row) => row.keepUntil !== null && row.keepUntil !== undefined && row.keepUntil < today && !row.daysOverdue);
  const more = data?.printedFormOutputs.pageInfo.hasNextPage === true && due.length === page.length;
  return (
    <Card
      title={<h3 className="card-title">{t('awaitingDisposalHeading')}</h3>}
      extra={data ? (more ? t('awaitingDisposalMore', { count: due.length }) : t('awaitingDisposalCount', { count: due.length })) : null}
      data-testid="forms-awaiting-disposal"
    >
      <ErrorAlert error={error} />
      {!data ? (
        <Typography.Text type="secondary">{t('loading')}</Typography.Text>
      ) : due.length === 0 ? (
        <Typography.Text>{t('awaitingDisposalNone')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={due.slice(0, SHOWN)}
          renderItem={(row) => (
            <List.Item>
              <Space wrap>
                <Link to={`/forms/${encodeURIComponent(row.id)}`}>{row.formName ?? row.id}</Link>
                <span>{sectionName(row.section, locale)}</span>
                <span>{`${t('fxKeepUntil')} ${date(row.keepUntil)}`}</span>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function OverdueDisposals() {
  const { t, locale, date } = useConsoleLocale();
  const { data, error } = useGraphqlQuery(PRINTED_FORMS_OVERDUE, { first: SHOWN });
  const connection = data?.printedFormsOverdue;
  return (
    <Card
      title={<h3 className="card-title">{t('overdueHeading')}</h3>}
      extra={connection ? t('totalCount', { count: connection.totalCount }) : null}
      data-testid="forms-overdue-today"
    >
      <ErrorAlert error={error} />
      {!connection ? (
        <Typography.Text type="secondary">{t('loading')}</Typography.Text>
      ) : connection.totalCount === 0 ? (
        <Typography.Text>{t('overdueNone')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={connection.edges.map((e) => e.node)}
          renderItem={(row) => (
            <List.Item>
              <Space wrap>
                <Link to={`/forms/${encodeURIComponent(row.id)}`}>{row.formName ?? row.id}</Link>
                <span>{sectionName(row.section, locale)}</span>
                <span>{`${t('fxDisposalDueDate')} ${date(row.disposalDueDate)}`}</span>
                <Typography.Text type="danger">{t('daysOverdueValue', { days: row.daysOverdue ?? 0 })}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
