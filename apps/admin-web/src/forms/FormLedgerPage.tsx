import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import type { Role } from '@juki/policies';
import { canAccess, readsCityWide, visibleColumns, writesRecord } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import type { FormStatus, PrintedFormOutputsCsvQueryVariables, PrintedFormRowFragment, PrintedFormSort } from '../graphql/generated/graphql';
import { useGraphqlMutation, useGraphqlQuery } from '../graphql/use-graphql';
import { FORM_STATUS_LABELS, PRINTED_FORM_SORT_LABELS } from '../i18n/enum-labels';
import { useConsoleLocale } from '../i18n/console-locale';
import { useRoles, useSession } from '../session/session-context';
import { downloadCsv } from './csv-download';
import { hasNextPage, pageVariables, START, type KeysetPosition } from './form-ledger.logic';
import { sectionName, todayInJapan } from './form-dates';
import { FORM_SECTIONS, PRINTED_FORM_OUTPUTS, PRINTED_FORM_OUTPUTS_CSV, RECORD_FORM_OUTPUT } from './forms.operations';
import { RefusalAlert } from './MismatchAlert';

export const FORM_LEDGER_PAGE_SIZE = 50;
const STATUSES: readonly FormStatus[] = ['OUTPUT', 'STORED', 'PARTLY_DISPOSED', 'DISPOSED'];
const SORTS: readonly PrintedFormSort[] = ['OUTPUT_DATE', 'KEEP_UNTIL', 'RECORDED_AT'];

export interface FormLedgerFilters {
  readonly status: readonly FormStatus[];
  readonly outputDateFrom: string;
  readonly outputDateTo: string;
  readonly sectionId: string;
  readonly orderBy: PrintedFormSort;
  readonly descending: boolean;
}

/**
 * The printed-form ledger (第10条第1項): every output record the caller may read, filtered (state, output
 * date, section for city-wide readers) and ordered by the server, a keyset page at a time; CSV of the same
 * rows; and, for the roles that record outputs, the output form.
 */
export function FormLedgerPage() {
  const { t, locale, date } = useConsoleLocale();
  const roles = useRoles();
  const [filters, setFilters] = useState<FormLedgerFilters>({
    status: [],
    outputDateFrom: '',
    outputDateTo: '',
    sectionId: '',
    orderBy: 'OUTPUT_DATE',
    descending: true,
  });
  const [position, setPosition] = useState<KeysetPosition>(START);
  const [recording, setRecording] = useState(false);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const filterVariables = useMemo(
    () => ({
      orderBy: filters.orderBy,
      ...(filters.status.length > 0 ? { status: [...filters.status] } : {}),
      ...(filters.outputDateFrom ? { outputDateFrom: filters.outputDateFrom } : {}),
      ...(filters.outputDateTo ? { outputDateTo: filters.outputDateTo } : {}),
      ...(filters.sectionId ? { sectionId: filters.sectionId } : {}),
    }),
    [filters],
  );
  const { data, error, loading, fetching, refetch } = useGraphqlQuery(PRINTED_FORM_OUTPUTS, {
    ...filterVariables,
    ...pageVariables(position, filters.descending, FORM_LEDGER_PAGE_SIZE),
  });
  const connection = data?.printedFormOutputs;
  const nodes = connection?.edges.map((e) => e.node) ?? [];
  const rows = filters.descending ? [...nodes].reverse() : nodes;
  const pageInfo = connection?.pageInfo;
  // The cursors of the rows shown first and last, whichever way the SQL ran.
  const shownFirst = filters.descending ? pageInfo?.endCursor : pageInfo?.startCursor;
  const shownLast = filters.descending ? pageInfo?.startCursor : pageInfo?.endCursor;

  const update = (change: Partial<FormLedgerFilters>) => {
    setFilters((current) => ({ ...current, ...change }));
    setPosition(START);
  };

  const columns = visibleColumns(roles, 'PrintedFormOutput', [
    {
      field: 'formName',
      key: 'formName',
      title: t('fxFormName'),
      render: (_: unknown, row: PrintedFormRowFragment) => <Link to={`/forms/${encodeURIComponent(row.id)}`}>{row.formName ?? t('none')}</Link>,
    },
    { field: 'section', key: 'section', title: t('section'), render: (_: unknown, row: PrintedFormRowFragment) => sectionName(row.section, locale) ?? t('none') },
    { field: 'outputDate', key: 'outputDate', title: t('fxOutputDate'), render: (_: unknown, row: PrintedFormRowFragment) => date(row.outputDate) },
    { field: 'purpose', key: 'purpose', title: t('fxPurpose'), dataIndex: 'purpose' },
    { field: 'requester', key: 'requester', title: t('fxRequester'), dataIndex: 'requester' },
    { field: 'quantity', key: 'quantity', title: t('fxQuantity'), dataIndex: 'quantity' },
    { field: 'storedQuantity', key: 'storedQuantity', title: t('fxStoredQuantity'), dataIndex: 'storedQuantity' },
    { field: 'disposedQuantity', key: 'disposedQuantity', title: t('fxDisposedQuantity'), dataIndex: 'disposedQuantity' },
    { field: 'keepUntil', key: 'keepUntil', title: t('fxKeepUntil'), render: (_: unknown, row: PrintedFormRowFragment) => date(row.keepUntil) },
    { field: 'status', key: 'status', title: t('status'), render: (_: unknown, row: PrintedFormRowFragment) => <FormStatusTag row={row} /> },
  ]);

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={2} className="page-title">
        {t('formsHeading')}
      </Typography.Title>
      <Typography.Paragraph>{t('formsIntro')}</Typography.Paragraph>
      {notice ? <Alert type="success" showIcon role="status" title={notice} /> : null}
      {canAccess(roles, 'printed-forms', 'create') && writesRecord(roles, 'PrintedFormOutput') ? (
        recording ? (
          <RecordOutputPanel
            onClose={() => setRecording(false)}
            onRecorded={() => {
              setRecording(false);
              setNotice(t('outputRecorded'));
              setPosition(START);
              refetch();
            }}
          />
        ) : (
          <div>
            <Button type="primary" onClick={() => {
                setNotice(undefined);
                setRecording(true);
              }}>
              {t('recordOutputOpen')}
            </Button>
          </div>
        )
      ) : null}
      <Card title={<h3 className="card-title">{t('formsFilters')}</h3>} data-testid="form-filters">
        <LedgerFilters roles={roles} filters={filters} onChange={update} />
      </Card>
      <Card
        extra={
          <Space>
            {connection ? <span>{t('totalCount', { count: connection.totalCount })}</span> : null}
            {canAccess(roles, 'printed-forms', 'export') ? <CsvButton variables={filterVariables} /> : null}
          </Space>
        }
        title={<h3 className="card-title">{t('fxPageNumber', { page: position.page })}</h3>}
        data-testid="printed-forms"
        aria-busy={fetching}
      >
        <ErrorAlert error={error} />
        <div className="table-scroll-x">
          <Table<PrintedFormRowFragment>
            rowKey="id"
            size="small"
            loading={loading || fetching}
            pagination={false}
            dataSource={rows}
            columns={columns}
            locale={{ emptyText: t('emptyList') }}
          />
        </div>
        <Space className="pager">
          <Button disabled={fetching || position.page === 1} onClick={() => setPosition(START)}>
            {t('fxFirstPage')}
          </Button>
          <Button
            disabled={fetching || position.page === 1 || !shownFirst}
            onClick={() => setPosition({ page: position.page - 1, travel: 'backward', ...(shownFirst ? { cursor: shownFirst } : {}) })}
          >
            {t('fxPreviousPage')}
          </Button>
          <Button
            disabled={fetching || !hasNextPage(position, filters.descending, pageInfo) || !shownLast || rows.length === 0}
            onClick={() => setPosition({ page: position.page + 1, travel: 'forward', ...(shownLast ? { cursor: shownLast } : {}) })}
          >
            {t('fxNextPage')}
          </Button>
        </Space>
      </Card>
    </Space>
  );
}

/** The state, with the days overdue when past the disposal deadline. */
export function FormStatusTag({ row }: { readonly row: Pick<PrintedFormRowFragment, 'status' | 'daysOverdue'> }) {
  const { t, locale } = useConsoleLocale();
  if (!row.status) return <>{t('none')}</>;
  const color = row.status === 'DISPOSED' ? 'default' : row.status === 'OUTPUT' ? 'blue' : row.status === 'PARTLY_DISPOSED' ? 'gold' : 'green';
  return (
    <Space size={4} wrap>
      <Tag color={color}>{FORM_STATUS_LABELS[row.status][locale]}</Tag>
      {row.daysOverdue ? <Tag color="red">{t('daysOverdueValue', { days: row.daysOverdue })}</Tag> : null}
    </Space>
  );
}

function LedgerFilters(props: {
  readonly roles: readonly Role[];
  readonly filters: FormLedgerFilters;
  readonly onChange: (change: Partial<FormLedgerFilters>) => void;
}) {
  const { roles, filters, onChange } = props;
  const { t, locale } = useConsoleLocale();
  const cityWide = readsCityWide(roles, 'PrintedFormOutput');
  return (
    <Form layout="inline" className="form-filters">
      <Form.Item label={t('formsStatusFilter')} htmlFor="forms-status">
        <Select<FormStatus[]>
          id="forms-status"
          mode="multiple"
          allowClear
          className="form-filters__status"
          value={[...filters.status]}
          onChange={(status) => onChange({ status })}
          options={STATUSES.map((status) => ({ value: status, label: FORM_STATUS_LABELS[status][locale] }))}
        />
      </Form.Item>
      <Form.Item label={t('formsDateFrom')} htmlFor="forms-date-from">
        <Input id="forms-date-from" type="date" value={filters.outputDateFrom} onChange={(e) => onChange({ outputDateFrom: e.target.value })} />
      </Form.Item>
      <Form.Item label={t('formsDateTo')} htmlFor="forms-date-to">
        <Input id="forms-date-to" type="date" value={filters.outputDateTo} onChange={(e) => onChange({ outputDateTo: e.target.value })} />
      </Form.Item>
      {cityWide ? <SectionFilter value={filters.sectionId} onChange={(sectionId) => onChange({ sectionId })} /> : null}
      <Form.Item label={t('formsSort')} htmlFor="forms-sort">
        <Select<PrintedFormSort>
          id="forms-sort"
          className="form-filters__sort"
          value={filters.orderBy}
          onChange={(orderBy) => onChange({ orderBy })}
          options={SORTS.map((sort) => ({ value: sort, label: PRINTED_FORM_SORT_LABELS[sort][locale] }))}
        />
      </Form.Item>
      <Form.Item label={t('formsSortDirection')} htmlFor="forms-direction">
        <Select<'desc' | 'asc'>
          id="forms-direction"
          className="form-filters__sort"
          value={filters.descending ? 'desc' : 'asc'}
          onChange={(direction) => onChange({ descending: direction === 'desc' })}
          options={[
            { value: 'desc', label: t('sortDescending') },
            { value: 'asc', label: t('sortAscending') },
          ]}
        />
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange({ status: [], outputDateFrom: '', outputDateTo: '', sectionId: '' })}>{t('formsClearFilters')}</Button>
      </Form.Item>
    </Form>
  );
}

/** The sections, for the roles that read the ledger city-wide. */
export function SectionFilter({ value, onChange }: { readonly value: string; readonly onChange: (sectionId: string) => void }) {
  const { t, locale } = useConsoleLocale();
  const sections = useGraphqlQuery(FORM_SECTIONS, {});
  const options = (sections.data?.organisationUnits.edges ?? [])
    .map((e) => e.node)
    .filter((unit) => unit.usesJukiNet)
    .map((unit) => ({ value: unit.id, label: locale === 'ja' ? unit.name : unit.nameEn }));
  return (
    <Form.Item label={t('formsSectionFilter')} htmlFor="forms-section">
      <Select<string>
        id="forms-section"
        className="form-filters__section"
        value={value}
        loading={sections.loading}
        showSearch={{ optionFilterProp: 'label' }}
        onChange={(sectionId) => onChange(sectionId ?? '')}
        options={[{ value: '', label: t('formsAllSections') }, ...options]}
      />
    </Form.Item>
  );
}

function CsvButton({ variables }: { readonly variables: Omit<PrintedFormOutputsCsvQueryVariables, 'language'> }) {
  const { t, locale } = useConsoleLocale();
  // Run on demand (not cached): the file is built by the API when asked for.
  const csv = useGraphqlMutation(PRINTED_FORM_OUTPUTS_CSV);
  const [error, setError] = useState<unknown>(undefined);
  const pending = csv.pending;
  const download = async () => {
    setError(undefined);
    try {
      const { printedFormOutputsCsv } = await csv.run({ ...variables, language: locale });
      downloadCsv(printedFormOutputsCsv);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <Button onClick={() => void download()} loading={pending} data-testid="forms-csv">
        {pending ? t('fxDownloading') : t('fxDownloadCsv')}
      </Button>
      <ErrorAlert error={error} />
    </>
  );
}

interface RecordOutputValues {
  readonly formName: string;
  readonly outputDate: string;
  readonly purpose: string;
  readonly requester: string;
  readonly quantity: number;
  readonly keepUntil: string;
  readonly notes?: string;
}

/** 第10条第1項: every item of an output, for one's own section. */
function RecordOutputPanel({ onClose, onRecorded }: { readonly onClose: () => void; readonly onRecorded: () => void }) {
  const { t } = useConsoleLocale();
  const me = useSession();
  const record = useGraphqlMutation(RECORD_FORM_OUTPUT);
  const [error, setError] = useState<unknown>(undefined);
  const [form] = Form.useForm<RecordOutputValues>();
  const required = (label: string) => [{ required: true, whitespace: true, message: t('fieldRequired', { field: label }) }];

  const submit = async (values: RecordOutputValues) => {
    if (!me) return;
    setError(undefined);
    try {
      await record.run({
        sectionId: me.sectionId,
        formName: values.formName,
        outputDate: values.outputDate,
        purpose: values.purpose,
        requester: values.requester,
        quantity: values.quantity,
        keepUntil: values.keepUntil,
        ...(values.notes ? { notes: values.notes } : {}),
      });
      form.resetFields();
      onRecorded();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Card
      title={<h3 className="card-title">{t('recordOutputHeading')}</h3>}
      extra={<Button onClick={onClose}>{t('fxClosePanel')}</Button>}
      data-testid="record-output"
    >
      <RefusalAlert error={error} />
      <Form form={form} name="record-output" layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ outputDate: todayInJapan(), quantity: 1 }}>
        <Form.Item name="formName" label={t('fxFormName')} rules={required(t('fxFormName'))}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="outputDate" label={t('fxOutputDate')} rules={required(t('fxOutputDate'))}>
          <Input type="date" max={todayInJapan()} />
        </Form.Item>
        <Form.Item name="purpose" label={t('fxPurpose')} rules={required(t('fxPurpose'))}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="requester" label={t('fxRequester')} rules={required(t('fxRequester'))}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="quantity" label={t('fxQuantity')} rules={[{ required: true, message: t('fieldRequired', { field: t('fxQuantity') }) }]}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
        <Form.Item name="keepUntil" label={t('fxKeepUntil')} rules={required(t('fxKeepUntil'))}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="notes" label={t('fxNotes')}>
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={record.pending}>
          {record.pending ? t('recording') : t('recordOutputButton')}
        </Button>
      </Form>
    </Card>
  );
}
