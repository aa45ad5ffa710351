import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { Role } from '@juki/policies';
import { canAccess, operationGateOpen, readsCityWide, visibleColumns } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import { downloadCsv } from '../forms/csv-download';
import { sectionName } from '../forms/form-dates';
import { SectionFilter } from '../forms/FormLedgerPage';
import { RefusalAlert } from '../forms/MismatchAlert';
import type { HandlerDesignationRowFragment, HandlerPermission } from '../graphql/generated/graphql';
import { useGraphqlMutation, useGraphqlQuery } from '../graphql/use-graphql';
import { HANDLER_PERMISSION_LABELS } from '../i18n/enum-labels';
import { useConsoleLocale } from '../i18n/console-locale';
import { useRoles, useSession } from '../session/session-context';
import { DESIGNATE_HANDLER, HANDLER_DESIGNATIONS, HANDLER_LEDGER_CSV, HANDLERS_NOT_ACKNOWLEDGED, REVOKE_HANDLER_DESIGNATION, SECTION_STAFF } from './handlers.operations';

export const HANDLERS_PAGE_SIZE = 100;
const PERMISSIONS: readonly HandlerPermission[] = ['INQUIRY', 'SEARCH_EXTRACT', 'UPDATE', 'PRINT_FORMS', 'CARD_ISSUANCE'];

type InForceFilter = 'in-force' | 'revoked' | 'all';

/** The ledger's columns (第12条第7号: 所属・職・氏名・権限, with designation and revocation), as far as the roles read them. */
export function useDesignationColumns(roles: readonly Role[]) {
  const { t, locale, date } = useConsoleLocale();
  return visibleColumns(roles, 'HandlerDesignation', [
    { field: 'section', key: 'section', title: t('section'), render: (_: unknown, row: HandlerDesignationRowFragment) => sectionName(row.section, locale) ?? t('none') },
    { field: 'title', key: 'title', title: t('handlerTitle'), render: (_: unknown, row: HandlerDesignationRowFragment) => row.title ?? t('none') },
    { field: 'staff', key: 'staff', title: t('handlerName'), render: (_: unknown, row: HandlerDesignationRowFragment) => row.staff?.name ?? t('none') },
    {
      field: 'permissions',
      key: 'permissions',
      title: t('handlerPermissions'),
      render: (_: unknown, row: HandlerDesignationRowFragment) => (row.permissions ?? []).map((p) => <Tag key={p}>{HANDLER_PERMISSION_LABELS[p][locale]}</Tag>),
    },
    { field: 'designatedOn', key: 'designatedOn', title: t('fxDesignatedOn'), render: (_: unknown, row: HandlerDesignationRowFragment) => date(row.designatedOn) },
    {
      field: 'inForce',
      key: 'inForce',
      title: t('status'),
      render: (_: unknown, row: HandlerDesignationRowFragment) =>
        row.inForce ? <Tag color="green">{t('fxInForce')}</Tag> : <Tag>{`${t('fxRevokedOn')} ${date(row.revokedOn)}`}</Tag>,
    },
  ]);
}

/**
 * The handler ledger (第8条, 第12条第7号): the designations the caller may read, the security officer's
 * designate and revoke, the CSV, and the handlers who have not acknowledged the precautions (第9条第2項).
 */
export function HandlersPage() {
  const { t } = useConsoleLocale();
  const roles = useRoles();
  const [inForce, setInForce] = useState<InForceFilter>('in-force');
  const [sectionId, setSectionId] = useState('');
  const [cursors, setCursors] = useState<readonly string[]>([]);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [actionError, setActionError] = useState<unknown>(undefined);
  const after = cursors[cursors.length - 1];
  const filter = { ...(inForce === 'all' ? {} : { inForce: inForce === 'in-force' }), ...(sectionId ? { sectionId } : {}) };
  const { data, error, loading, refetch } = useGraphqlQuery(HANDLER_DESIGNATIONS, { first: HANDLERS_PAGE_SIZE, ...(after ? { after } : {}), ...filter });
  const revoke = useGraphqlMutation(REVOKE_HANDLER_DESIGNATION);
  const connection = data?.handlerDesignations;
  const officer = operationGateOpen(roles, 'DesignateHandler');
  const mayRevoke = operationGateOpen(roles, 'RevokeHandlerDesignation') && canAccess(roles, 'handlers', 'revoke');
  const columns = useDesignationColumns(roles);
  const actionColumn = {
    key: 'actions',
    title: t('actions'),
    render: (_: unknown, row: HandlerDesignationRowFragment) =>
      row.inForce ? (
        <Popconfirm
          title={t('revokeDesignationConfirm', { name: row.staff?.name ?? '' })}
          okText={t('revokeDesignation')}
          cancelText={t('cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={async () => {
            setActionError(undefined);
            setNotice(undefined);
            try {
              await revoke.run({ id: row.id, expectedVersion: row.version ?? 0 });
              refetch();
            } catch (e) {
              setActionError(e);
            }
          }}
        >
          <Button danger size="small">
            {t('revokeDesignation')}
          </Button>
        </Popconfirm>
      ) : null,
  };
  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={2} className="page-title">
        {t('handlersHeading')}
      </Typography.Title>
      <Typography.Paragraph>{t('handlersIntro')}</Typography.Paragraph>
      {notice ? <Alert type="success" showIcon role="status" title={notice} /> : null}
      {officer && canAccess(roles, 'handlers', 'designate') ? (
        <DesignatePanel
          onDone={() => {
            setNotice(t('fxDesignated'));
            refetch();
          }}
        />
      ) : null}
      <Card
        title={<h3 className="card-title">{t('handlersHeading')}</h3>}
        extra={
          <Space>
            {connection ? <span>{t('totalCount', { count: connection.totalCount })}</span> : null}
            {canAccess(roles, 'handlers', 'export') ? <LedgerCsvButton variables={filter} /> : null}
          </Space>
        }
        data-testid="handler-ledger"
      >
        <Form layout="inline" className="form-filters">
          <Form.Item label={t('inForceFilter')} htmlFor="handlers-in-force">
            <Select<InForceFilter>
              id="handlers-in-force"
              className="form-filters__sort"
              value={inForce}
              onChange={(value) => {
                setInForce(value);
                setCursors([]);
              }}
              options={[
                { value: 'in-force', label: t('inForceOnly') },
                { value: 'revoked', label: t('revokedOnly') },
                { value: 'all', label: t('allDesignations') },
              ]}
            />
          </Form.Item>
          {readsCityWide(roles, 'HandlerDesignation') ? (
            <SectionFilter
              value={sectionId}
              onChange={(value) => {
                setSectionId(value);
                setCursors([]);
              }}
            />
          ) : null}
        </Form>
        <ErrorAlert error={error ?? actionError} />
        <div className="table-scroll-x">
          <Table<HandlerDesignationRowFragment>
            rowKey="id"
            size="small"
            loading={loading}
            pagination={false}
            dataSource={connection?.edges.map((e) => e.node) ?? []}
            columns={mayRevoke ? [...columns, actionColumn] : columns}
            locale={{ emptyText: t('emptyList') }}
          />
        </div>
        <Space className="pager">
          {cursors.length > 0 ? <Button onClick={() => setCursors(cursors.slice(0, -1))}>{t('fxPreviousPage')}</Button> : null}
          {connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor ? (
            <Button onClick={() => setCursors([...cursors, connection.pageInfo.endCursor ?? ''])}>{t('fxNextPage')}</Button>
          ) : null}
        </Space>
      </Card>
      {canAccess(roles, 'handlers', 'unacknowledged') ? <NotAcknowledged roles={roles} /> : null}
    </Space>
  );
}

/** Handlers in force who have not acknowledged their section's current precautions (第9条第2項). */
export function NotAcknowledged({ roles, compact = false }: { readonly roles: readonly Role[]; readonly compact?: boolean }) {
  const { t } = useConsoleLocale();
  const { data, error, loading } = useGraphqlQuery(HANDLERS_NOT_ACKNOWLEDGED, { first: compact ? 10 : HANDLERS_PAGE_SIZE });
  const connection = data?.handlersNotAcknowledged;
  const columns = useDesignationColumns(roles).filter((column) => !compact || ['section', 'title', 'staff'].includes(column.field));
  return (
    <Card
      title={<h3 className="card-title">{t('notAcknowledgedHeading')}</h3>}
      extra={connection ? t('totalCount', { count: connection.totalCount }) : null}
      data-testid="handlers-not-acknowledged"
    >
      <ErrorAlert error={error} />
      <div className="table-scroll-x">
        <Table<HandlerDesignationRowFragment>
          rowKey="id"
          size="small"
          loading={loading}
          pagination={false}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          columns={columns}
          locale={{ emptyText: t('notAcknowledgedNone') }}
        />
      </div>
    </Card>
  );
}

function LedgerCsvButton({ variables }: { readonly variables: { readonly inForce?: boolean; readonly sectionId?: string } }) {
  const { t, locale } = useConsoleLocale();
  const csv = useGraphqlMutation(HANDLER_LEDGER_CSV);
  const [error, setError] = useState<unknown>(undefined);
  const download = async () => {
    setError(undefined);
    try {
      const { handlerLedgerCsv } = await csv.run({ ...variables, language: locale });
      downloadCsv(handlerLedgerCsv);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <Button onClick={() => void download()} loading={csv.pending} data-testid="handlers-csv">
        {csv.pending ? t('fxDownloading') : t('fxDownloadCsv')}
      </Button>
      <ErrorAlert error={error} />
    </>
  );
}

interface DesignateValues {
  readonly staffId: string;
  readonly permissions: HandlerPermission[];
}

/** 第8条: the security officer designates a member of their section's staff, with permissions (第12条第7号). */
function DesignatePanel({ onDone }: { readonly onDone: () => void }) {
  const { t, locale } = useConsoleLocale();
  const me = useSession();
  const staff = useGraphqlQuery(SECTION_STAFF, { ...(me ? { sectionId: me.sectionId } : {}) });
  const designate = useGraphqlMutation(DESIGNATE_HANDLER);
  const [error, setError] = useState<unknown>(undefined);
  const [form] = Form.useForm<DesignateValues>();
  const options = (staff.data?.staff.edges ?? [])
    .map((e) => e.node)
    .filter((person) => person.employmentStatus === 'ACTIVE' && person.id !== me?.staffId)
    .map((person) => ({ value: person.id, label: person.title ? `${person.name ?? ''} ${person.title}` : (person.name ?? person.id) }));
  const submit = async (values: DesignateValues) => {
    setError(undefined);
    try {
      await designate.run({ staffId: values.staffId, permissions: values.permissions });
      form.resetFields();
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Card title={<h3 className="card-title">{t('designateHeading')}</h3>} data-testid="designate-handler">
      <ErrorAlert error={staff.error} />
      <RefusalAlert error={error} />
      <Form form={form} name="designate-handler" layout="vertical" requiredMark={false} onFinish={submit}>
        <Form.Item name="staffId" label={t('handlerName')} rules={[{ required: true, message: t('fieldRequired', { field: t('handlerName') }) }]}>
          <Select options={options} loading={staff.loading} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item
          name="permissions"
          label={t('handlerPermissions')}
          rules={[
            {
              // A validator, not `required`: antd would put aria-required on the group, which ARIA does not allow there.
              validator: async (_rule, value?: readonly string[]) => {
                if (!value || value.length === 0) throw new Error(t('fieldRequired', { field: t('handlerPermissions') }));
              },
            },
          ]}
        >
          <Checkbox.Group
            role="group"
            aria-label={t('handlerPermissions')}
            options={PERMISSIONS.map((permission) => ({ value: permission, label: HANDLER_PERMISSION_LABELS[permission][locale] }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={designate.pending}>
          {designate.pending ? t('fxSaving') : t('designateButton')}
        </Button>
      </Form>
    </Card>
  );
}
