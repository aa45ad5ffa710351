import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Form, Space, Table, Typography } from 'antd';
import type { Role } from '@juki/policies';
import { canAccess, readsCityWide, visibleColumns } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import type { FormInventoryQuery, PrintedFormRowFragment } from '../graphql/generated/graphql';
import { useGraphqlQuery } from '../graphql/use-graphql';
import { useConsoleLocale } from '../i18n/console-locale';
import { useRoles } from '../session/session-context';
import { sectionName } from './form-dates';
import { FormStatusTag, SectionFilter } from './FormLedgerPage';
import { FORM_INVENTORY, PRINTED_FORMS_OVERDUE } from './forms.operations';

type InventoryPlace = FormInventoryQuery['formInventory']['places'][number];
type Holding = InventoryPlace['storages'][number];

export const OVERDUE_PAGE_SIZE = 50;

/**
 * The forms kept now, per section and cabinet (第10条第2項), and those past their disposal deadline with
 * copies still kept (第10条第3項 速やかに) — for the roles that may read them.
 */
export function FormInventoryPage() {
  const { t } = useConsoleLocale();
  const roles = useRoles();
  const [sectionId, setSectionId] = useState('');
  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={2} className="page-title">
        {t('navFormInventory')}
      </Typography.Title>
      {readsCityWide(roles, 'PrintedFormOutput') ? (
        <Form layout="inline" className="form-filters">
          <SectionFilter value={sectionId} onChange={setSectionId} />
        </Form>
      ) : null}
      {canAccess(roles, 'form-inventory', 'overdue') ? <OverdueForms roles={roles} sectionId={sectionId} /> : null}
      <Inventory sectionId={sectionId} />
    </Space>
  );
}

export function OverdueForms({ roles, sectionId, pageSize = OVERDUE_PAGE_SIZE }: { readonly roles: readonly Role[]; readonly sectionId: string; readonly pageSize?: number }) {
  const { t, locale, date } = useConsoleLocale();
  const [cursors, setCursors] = useState<readonly string[]>([]);
  const after = cursors[cursors.length - 1];
  const { data, error, loading } = useGraphqlQuery(PRINTED_FORMS_OVERDUE, {
    first: pageSize,
    ...(after ? { after } : {}),
    ...(sectionId ? { sectionId } : {}),
  });
  const connection = data?.printedFormsOverdue;
  const columns = visibleColumns(roles, 'PrintedFormOutput', [
    {
      field: 'formName',
      key: 'formName',
      title: t('fxFormName'),
      render: (_: unknown, row: PrintedFormRowFragment) => <Link to={`/forms/${encodeURIComponent(row.id)}`}>{row.formName ?? t('none')}</Link>,
    },
    { field: 'section', key: 'section', title: t('section'), render: (_: unknown, row: PrintedFormRowFragment) => sectionName(row.section, locale) ?? t('none') },
    { field: 'keepUntil', key: 'keepUntil', title: t('fxKeepUntil'), render: (_: unknown, row: PrintedFormRowFragment) => date(row.keepUntil) },
    { field: 'disposalDueDate', key: 'disposalDueDate', title: t('fxDisposalDueDate'), render: (_: unknown, row: PrintedFormRowFragment) => date(row.disposalDueDate) },
    { field: 'storedQuantity', key: 'storedQuantity', title: t('fxStoredQuantity'), dataIndex: 'storedQuantity' },
    { field: 'status', key: 'status', title: t('status'), render: (_: unknown, row: PrintedFormRowFragment) => <FormStatusTag row={row} /> },
  ]);
  return (
    <Card
      title={<h3 className="card-title">{t('overdueHeading')}</h3>}
      extra={connection ? t('totalCount', { count: connection.totalCount }) : null}
      data-testid="forms-overdue"
    >
      <Typography.Paragraph>{t('overdueIntro')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <div className="table-scroll-x">
        <Table<PrintedFormRowFragment>
          rowKey="id"
          size="small"
          loading={loading}
          pagination={false}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          columns={columns}
          locale={{ emptyText: t('overdueNone') }}
        />
      </div>
      <Space className="pager">
        {cursors.length > 0 ? <Button onClick={() => setCursors(cursors.slice(0, -1))}>{t('fxPreviousPage')}</Button> : null}
        {connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor ? (
          <Button onClick={() => setCursors([...cursors, connection.pageInfo.endCursor ?? ''])}>{t('fxNextPage')}</Button>
        ) : null}
      </Space>
    </Card>
  );
}

function Inventory({ sectionId }: { readonly sectionId: string }) {
  const { t, locale } = useConsoleLocale();
  const { data, error, loading } = useGraphqlQuery(FORM_INVENTORY, { ...(sectionId ? { sectionId } : {}) });
  const inventory = data?.formInventory;
  const columns = [
    {
      key: 'place',
      title: t('fxStoragePlace'),
      render: (_: unknown, row: InventoryPlace) => row.place?.name ?? t('none'),
    },
    { key: 'section', title: t('section'), render: (_: unknown, row: InventoryPlace) => sectionName(row.place?.section, locale) ?? t('none') },
    { key: 'location', title: t('fxLocation'), render: (_: unknown, row: InventoryPlace) => row.place?.location ?? t('none') },
    { key: 'outputCount', title: t('fxOutputCount'), dataIndex: 'outputCount' },
    { key: 'quantity', title: t('fxQuantity'), dataIndex: 'quantity' },
  ];
  const holdingColumns = [
    {
      key: 'formName',
      title: t('fxFormName'),
      render: (_: unknown, row: Holding) =>
        row.output ? <Link to={`/forms/${encodeURIComponent(row.output.id)}`}>{row.output.formName ?? t('none')}</Link> : t('none'),
    },
    { key: 'quantity', title: t('fxQuantity'), dataIndex: 'quantity' },
    {
      key: 'breakdown',
      title: t('fxBreakdown'),
      render: (_: unknown, row: Holding) =>
        (row.breakdown ?? []).length === 0 ? t('none') : (row.breakdown ?? []).map((line) => t('fxPlaceHeld', { name: line.label, count: line.quantity })).join(' / '),
    },
  ];
  return (
    <Card
      title={<h3 className="card-title">{t('inventoryHeading')}</h3>}
      extra={inventory ? t('inventoryTotal', { count: inventory.quantity }) : null}
      data-testid="forms-inventory"
    >
      <ErrorAlert error={error} />
      {inventory?.truncated ? <Alert type="warning" showIcon title={t('inventoryTruncated')} /> : null}
      <div className="table-scroll-x">
        <Table<InventoryPlace>
          rowKey={(row) => row.place?.id ?? `place-${inventory?.places.indexOf(row) ?? 0}`}
          size="small"
          loading={loading}
          pagination={false}
          dataSource={inventory?.places ?? []}
          columns={columns}
          expandable={{
            expandedRowRender: (row) => (
              <Table<Holding> rowKey="id" size="small" pagination={false} dataSource={row.storages} columns={holdingColumns} locale={{ emptyText: t('emptyList') }} />
            ),
          }}
          locale={{ emptyText: t('emptyList') }}
        />
      </div>
    </Card>
  );
}
