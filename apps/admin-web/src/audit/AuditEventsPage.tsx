import { useState } from 'react';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { canAccess, visibleColumns } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import { dateTime } from '../dashboard/DashboardPage';
import type { AuditEventsQuery, AuditOutcome } from '../graphql/generated/graphql';
import { useGraphqlQuery } from '../graphql/use-graphql';
import { AUDIT_ACTOR_KIND_LABELS, AUDIT_OUTCOME_LABELS, CHAIN_BREAK_LABELS } from '../i18n/enum-labels';
import { useConsoleLocale } from '../i18n/console-locale';
import { useRoles } from '../session/session-context';
import { AUDIT_EVENTS, VERIFY_AUDIT_CHAIN } from './audit.operations';

type EventRow = AuditEventsQuery['auditEvents']['edges'][number]['node'];

export const AUDIT_PAGE_SIZE = 50;
const OUTCOMES: readonly AuditOutcome[] = ['SUCCESS', 'DENIED', 'FAILED'];

/**
 * The operation history (第19条第1項), newest first, a page at a time (keyset: `last`/`before`), with a
 * filter on the outcome and — for the roles that may — the verification of the whole hash chain.
 */
export function AuditEventsPage() {
  const { t, locale, date } = useConsoleLocale();
  const roles = useRoles();
  const [outcome, setOutcome] = useState<AuditOutcome | undefined>(undefined);
  // Cursors of the pages visited, newest first: the last one is where the current page ends.
  const [cursors, setCursors] = useState<readonly string[]>([]);
  const before = cursors[cursors.length - 1];
  const { data, error, loading } = useGraphqlQuery(AUDIT_EVENTS, { last: AUDIT_PAGE_SIZE, ...(before ? { before } : {}), ...(outcome ? { outcome } : {}) });
  const connection = data?.auditEvents;
  const rows = [...(connection?.edges.map((e) => e.node) ?? [])].reverse();

  const columns = visibleColumns(roles, 'AuditEvent', [
    { field: 'sequence', key: 'sequence', title: t('sequence'), dataIndex: 'sequence' },
    { field: 'occurredAt', key: 'occurredAt', title: t('occurredAt'), render: (_: unknown, row: EventRow) => dateTime(date, row.occurredAt) },
    { field: 'actorKind', key: 'actorKind', title: t('actorKind'), render: (_: unknown, row: EventRow) => AUDIT_ACTOR_KIND_LABELS[row.actorKind][locale] },
    { field: 'actorRoles', key: 'actorRoles', title: t('actorRoles'), render: (_: unknown, row: EventRow) => row.actorRoles.join(', ') },
    { field: 'operation', key: 'operation', title: t('operation'), render: (_: unknown, row: EventRow) => <code>{row.operation}</code> },
    { field: 'recordType', key: 'recordType', title: t('recordType'), render: (_: unknown, row: EventRow) => row.recordType ?? t('none') },
    {
      field: 'outcome',
      key: 'outcome',
      title: t('outcome'),
      render: (_: unknown, row: EventRow) => (
        <Tag color={row.outcome === 'SUCCESS' ? 'green' : row.outcome === 'DENIED' ? 'orange' : 'red'}>{AUDIT_OUTCOME_LABELS[row.outcome][locale]}</Tag>
      ),
    },
    { field: 'source', key: 'source', title: t('source'), render: (_: unknown, row: EventRow) => row.source ?? t('none') },
    { field: 'hash', key: 'hash', title: t('hash'), render: (_: unknown, row: EventRow) => <code className="hash">{row.hash.slice(0, 12)}</code> },
  ]);

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={2} className="page-title">
        {t('auditHeading')}
      </Typography.Title>
      <Typography.Paragraph>{t('auditIntro')}</Typography.Paragraph>
      {canAccess(roles, 'audit-events', 'verify') ? <ChainVerification /> : null}
      <Card
        title={
          <Space>
            <label className="inline-label" htmlFor="audit-outcome-filter">
              {t('outcomeFilter')}
            </label>
            <Select<AuditOutcome | 'ALL'>
              id="audit-outcome-filter"
              value={outcome ?? 'ALL'}
              style={{ minWidth: 140 }}
              onChange={(value) => {
                setOutcome(value === 'ALL' ? undefined : value);
                setCursors([]);
              }}
              options={[{ value: 'ALL', label: t('allOutcomes') }, ...OUTCOMES.map((o) => ({ value: o, label: AUDIT_OUTCOME_LABELS[o][locale] }))]}
            />
          </Space>
        }
        extra={connection ? t('totalCount', { count: connection.totalCount }) : null}
        data-testid="audit-events"
      >
        <ErrorAlert error={error} />
        <div className="table-scroll-x">
        <Table<EventRow>
          rowKey="id"
          size="small"
          loading={loading}
          pagination={false}
          dataSource={rows}
          columns={columns}
          locale={{ emptyText: t('emptyList') }}
        />
        </div>
        <Space className="pager">
          <Button disabled={cursors.length === 0} onClick={() => setCursors([])}>
            {t('newestPage')}
          </Button>
          <Button
            disabled={!connection?.pageInfo.hasPreviousPage || !connection.pageInfo.startCursor}
            onClick={() => connection?.pageInfo.startCursor && setCursors([...cursors, connection.pageInfo.startCursor])}
          >
            {t('olderPage')}
          </Button>
        </Space>
      </Card>
    </Space>
  );
}

function ChainVerification() {
  const { t, locale } = useConsoleLocale();
  const [requested, setRequested] = useState(0);
  const { data, error, loading, refetch } = useGraphqlQuery(VERIFY_AUDIT_CHAIN, {}, { enabled: requested > 0 });
  const result = data?.verifyAuditChain;
  return (
    <Card data-testid="chain-verification">
      <Space orientation="vertical">
        <Button
          type="primary"
          loading={loading && requested > 0}
          onClick={() => {
            if (requested > 0) refetch();
            setRequested(requested + 1);
          }}
        >
          {loading && requested > 0 ? t('verifying') : t('verifyChain')}
        </Button>
        <ErrorAlert error={error} />
        {result ? (
          result.ok ? (
            <Alert type="success" showIcon role="status" title={t('chainOk', { checked: result.checked, through: result.verifiedThroughSequence ?? 0 })} />
          ) : (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('chainBroken', {
                sequence: result.firstBrokenAt?.sequence ?? 0,
                reason: result.firstBrokenAt ? CHAIN_BREAK_LABELS[result.firstBrokenAt.reason][locale] : t('none'),
              })}
            />
          )
        ) : null}
      </Space>
    </Card>
  );
}
