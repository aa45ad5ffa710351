import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import type { Role } from '@juki/policies';
import { bestFieldAccess, canAccess, operationGateOpen, visibleColumns, writesRecord } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import { NotFoundPage } from '../app/NotFoundPage';
import type { FormDisposalMethod, PrintedFormOutputQuery, PrintedFormRecordersQuery } from '../graphql/generated/graphql';
import { useGraphqlMutation, useGraphqlQuery } from '../graphql/use-graphql';
import { FORM_DISPOSAL_METHOD_LABELS, FORM_MOVE_KIND_LABELS } from '../i18n/enum-labels';
import { useConsoleLocale } from '../i18n/console-locale';
import { useRoles } from '../session/session-context';
import { dateTimeText as dateTime, sectionName, todayInJapan } from './form-dates';
import { FormStatusTag } from './FormLedgerPage';
import { unstoredQuantity } from './form-ledger.logic';
import { DISPOSE_FORMS, FORM_STORAGE_PLACES, MOVE_FORMS, PRINTED_FORM_OUTPUT, PRINTED_FORM_RECORDERS, STORE_FORMS } from './forms.operations';
import { RefusalAlert } from './MismatchAlert';

type Output = Exclude<NonNullable<PrintedFormOutputQuery['node']>, Record<PropertyKey, never>>;
type StorageRow = NonNullable<Output['storages']>[number];
type MoveRow = NonNullable<Output['moves']>[number];
type DisposalRow = NonNullable<Output['disposals']>[number];
const METHODS: readonly FormDisposalMethod[] = ['SHREDDING', 'DISSOLVING', 'INCINERATION'];

function isOutput(node: PrintedFormOutputQuery['node'] | undefined): node is Output {
  return node !== null && node !== undefined && 'formName' in node;
}

/**
 * One output record (第10条) with its full history — where the copies are now (数量・内訳), every storage and
 * move, every disposal and what it was reconciled against — and the forms to store, move and dispose of
 * copies, for the roles the matrix lets do so. A record out of reach is the same page as an unknown one.
 */
export function FormDetailPage() {
  const { id = '' } = useParams();
  const { t } = useConsoleLocale();
  const roles = useRoles();
  const { data, error, loading, refetch } = useGraphqlQuery(PRINTED_FORM_OUTPUT, { id });
  // Who recorded what: only for the roles the matrix lets read those people (hidden from a handler).
  const mayReadRecorders = operationGateOpen(roles, 'PrintedFormRecorders');
  const recorders = useGraphqlQuery(PRINTED_FORM_RECORDERS, { id }, { enabled: mayReadRecorders });
  const output = data?.node;
  const names = recorderNames(recorders.data?.node);
  if (data && !isOutput(output)) return <NotFoundPage />;
  return (
    <Space orientation="vertical" size="large" className="page">
      <Link to="/forms">{t('backToLedger')}</Link>
      <Typography.Title level={2} className="page-title">
        {t('formDetailHeading')}
      </Typography.Title>
      <ErrorAlert error={error} />
      {loading ? <Typography.Text type="secondary">{t('loading')}</Typography.Text> : null}
      {isOutput(output) ? (
        <OutputDetail
          output={output}
          roles={roles}
          recorder={(rowId) => names.get(rowId)}
          onChanged={() => {
            refetch();
            if (mayReadRecorders) recorders.refetch();
          }}
        />
      ) : null}
    </Space>
  );
}

/** Record id → the name of who recorded it, from the recorders query. */
type Recorders = Exclude<NonNullable<PrintedFormRecordersQuery['node']>, Record<PropertyKey, never>>;

function recorderNames(found: PrintedFormRecordersQuery['node'] | undefined): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  if (!found || !('id' in found)) return names;
  const node = found as Recorders;
  const add = (row: { readonly id: string; readonly recordedBy?: { readonly name?: string | null } | null }) => {
    if (row.recordedBy?.name) names.set(row.id, row.recordedBy.name);
  };
  add(node);
  for (const row of [...(node.storages ?? []), ...(node.moves ?? []), ...(node.disposals ?? [])]) add(row);
  return names;
}

type Recorder = (rowId: string) => string | undefined;

function OutputDetail(props: { readonly output: Output; readonly roles: readonly Role[]; readonly recorder: Recorder; readonly onChanged: () => void }) {
  const { output, roles, recorder, onChanged } = props;
  const { t, locale, date } = useConsoleLocale();
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const changed = () => {
    setNotice(t('fxSaved'));
    onChanged();
  };
  const shown = (field: string) => bestFieldAccess(roles, 'PrintedFormOutput', field) !== 'DENIED';
  const item = (field: string, label: string, value: ReactNode) =>
    shown(field) ? (
      <Descriptions.Item key={field} label={label}>
        {value}
      </Descriptions.Item>
    ) : null;
  const open = output.status !== 'DISPOSED';
  const writes = writesRecord(roles, 'FormStorage');
  return (
    <>
      <Card title={<h3 className="card-title">{output.formName ?? t('none')}</h3>} data-testid="form-detail">
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          {item('section', t('section'), sectionName(output.section, locale) ?? t('none'))}
          {item('status', t('status'), <FormStatusTag row={output} />)}
          {item('outputDate', t('fxOutputDate'), date(output.outputDate))}
          {item('purpose', t('fxPurpose'), output.purpose ?? t('none'))}
          {item('requester', t('fxRequester'), output.requester ?? t('none'))}
          {item('quantity', t('fxQuantity'), output.quantity ?? t('none'))}
          {item('storedQuantity', t('fxStoredQuantity'), output.storedQuantity ?? t('none'))}
          {item('disposedQuantity', t('fxDisposedQuantity'), output.disposedQuantity ?? t('none'))}
          {item('keepUntil', t('fxKeepUntil'), date(output.keepUntil))}
          {item('disposalDueDate', t('fxDisposalDueDate'), date(output.disposalDueDate))}
          {item('notes', t('fxNotes'), output.notes ?? t('none'))}
          {item('recordedBy', t('fxRecordedBy'), recorder(output.id) ?? t('none'))}
          {item('recordedAt', t('fxRecordedAt'), dateTime(date, output.recordedAt))}
        </Descriptions>
      </Card>
      {notice ? <Alert type="success" showIcon role="status" title={notice} /> : null}
      {shown('storages') ? <StoragesTable roles={roles} rows={output.storages ?? []} recorder={recorder} /> : null}
      {shown('moves') ? <MovesTable roles={roles} rows={output.moves ?? []} recorder={recorder} /> : null}
      {shown('disposals') ? <DisposalsTable roles={roles} rows={output.disposals ?? []} recorder={recorder} /> : null}
      {!open && writes ? <Alert type="info" showIcon title={t('noActionsForStatus')} /> : null}
      {open && writes && unstoredQuantity(output) > 0 && canAccess(roles, 'printed-forms', 'store') ? (
        <StorePanel output={output} onDone={changed} onStart={() => setNotice(undefined)} />
      ) : null}
      {open && writes && (output.storedQuantity ?? 0) > 0 && canAccess(roles, 'printed-forms', 'move') ? (
        <MovePanel output={output} onDone={changed} onStart={() => setNotice(undefined)} />
      ) : null}
      {open && writesRecord(roles, 'FormDisposal') && (output.storedQuantity ?? 0) > 0 && canAccess(roles, 'printed-forms', 'dispose') ? (
        <DisposePanel output={output} onDone={changed} onStart={() => setNotice(undefined)} />
      ) : null}
    </>
  );
}

function StoragesTable({ roles, rows, recorder }: { readonly roles: readonly Role[]; readonly rows: readonly StorageRow[]; readonly recorder: Recorder }) {
  const { t, date } = useConsoleLocale();
  const columns = visibleColumns(roles, 'FormStorage', [
    { field: 'place', key: 'place', title: t('fxStoragePlace'), render: (_: unknown, row: StorageRow) => row.place?.name ?? t('none') },
    { field: 'quantity', key: 'quantity', title: t('fxQuantity'), dataIndex: 'quantity' },
    {
      field: 'breakdown',
      key: 'breakdown',
      title: t('fxBreakdown'),
      render: (_: unknown, row: StorageRow) =>
        (row.breakdown ?? []).length === 0 ? t('none') : (row.breakdown ?? []).map((line) => t('fxPlaceHeld', { name: line.label, count: line.quantity })).join(' / '),
    },
    { field: 'storedOn', key: 'storedOn', title: t('fxStoredOn'), render: (_: unknown, row: StorageRow) => date(row.storedOn) },
    { field: 'recordedBy', key: 'recordedBy', title: t('fxRecordedBy'), render: (_: unknown, row: StorageRow) => recorder(row.id) ?? t('none') },
  ]);
  return (
    <Card title={<h3 className="card-title">{t('formHistoryStorages')}</h3>} data-testid="form-storages">
      <div className="table-scroll-x">
        <Table<StorageRow> rowKey="id" size="small" pagination={false} dataSource={[...rows]} columns={columns} locale={{ emptyText: t('emptyList') }} />
      </div>
    </Card>
  );
}

function MovesTable({ roles, rows, recorder }: { readonly roles: readonly Role[]; readonly rows: readonly MoveRow[]; readonly recorder: Recorder }) {
  const { t, locale, date } = useConsoleLocale();
  const columns = visibleColumns(roles, 'FormMove', [
    { field: 'movedOn', key: 'movedOn', title: t('fxMovedOn'), render: (_: unknown, row: MoveRow) => date(row.movedOn) },
    { field: 'kind', key: 'kind', title: t('fxMoveKind'), render: (_: unknown, row: MoveRow) => (row.kind ? FORM_MOVE_KIND_LABELS[row.kind][locale] : t('none')) },
    { field: 'fromPlace', key: 'fromPlace', title: t('fxFromPlace'), render: (_: unknown, row: MoveRow) => row.fromPlace?.name ?? t('none') },
    { field: 'toPlace', key: 'toPlace', title: t('fxToPlace'), render: (_: unknown, row: MoveRow) => row.toPlace?.name ?? t('none') },
    { field: 'quantity', key: 'quantity', title: t('fxQuantity'), dataIndex: 'quantity' },
    { field: 'recordedBy', key: 'recordedBy', title: t('fxRecordedBy'), render: (_: unknown, row: MoveRow) => recorder(row.id) ?? t('none') },
  ]);
  return (
    <Card title={<h3 className="card-title">{t('formHistoryMoves')}</h3>} data-testid="form-moves">
      <div className="table-scroll-x">
        <Table<MoveRow> rowKey="id" size="small" pagination={false} dataSource={[...rows]} columns={columns} locale={{ emptyText: t('emptyList') }} />
      </div>
    </Card>
  );
}

function DisposalsTable({ roles, rows, recorder }: { readonly roles: readonly Role[]; readonly rows: readonly DisposalRow[]; readonly recorder: Recorder }) {
  const { t, locale, date } = useConsoleLocale();
  const columns = visibleColumns(roles, 'FormDisposal', [
    { field: 'disposedOn', key: 'disposedOn', title: t('fxDisposedOn'), render: (_: unknown, row: DisposalRow) => date(row.disposedOn) },
    { field: 'place', key: 'place', title: t('fxStoragePlace'), render: (_: unknown, row: DisposalRow) => row.place?.name ?? t('none') },
    { field: 'quantity', key: 'quantity', title: t('fxQuantity'), dataIndex: 'quantity' },
    {
      field: 'method',
      key: 'method',
      title: t('fxDisposalMethod'),
      render: (_: unknown, row: DisposalRow) => (row.method ? FORM_DISPOSAL_METHOD_LABELS[row.method][locale] : t('none')),
    },
    { field: 'performer', key: 'performer', title: t('fxPerformer'), dataIndex: 'performer' },
    { field: 'witness', key: 'witness', title: t('fxWitness'), dataIndex: 'witness' },
    {
      field: 'placeQuantityBefore',
      key: 'reconciled',
      title: t('reconciledAgainst'),
      render: (_: unknown, row: DisposalRow) =>
        t('reconciledValue', { place: row.placeQuantityBefore ?? '-', stored: row.storedBefore ?? '-', disposed: row.disposedBefore ?? '-' }),
    },
    { field: 'recordedBy', key: 'recordedBy', title: t('fxRecordedBy'), render: (_: unknown, row: DisposalRow) => recorder(row.id) ?? t('none') },
  ]);
  return (
    <Card title={<h3 className="card-title">{t('formHistoryDisposals')}</h3>} data-testid="form-disposals">
      <div className="table-scroll-x">
        <Table<DisposalRow> rowKey="id" size="small" pagination={false} dataSource={[...rows]} columns={columns} locale={{ emptyText: t('emptyList') }} />
      </div>
    </Card>
  );
}

/** The section's places; `lockableOnly` for where copies may be put (第10条第2項). */
function usePlaces(output: Output, lockableOnly: boolean) {
  const { t } = useConsoleLocale();
  const places = useGraphqlQuery(FORM_STORAGE_PLACES, { ...(output.section ? { sectionId: output.section.id } : {}) });
  const nodes = (places.data?.storagePlaces.edges ?? []).map((e) => e.node).filter((place) => !lockableOnly || place.lockable);
  return {
    error: places.error,
    loading: places.loading,
    options: nodes.map((place) => ({ value: place.id, label: place.lockable ? (place.name ?? place.id) : t('fxPlaceNotLockable', { name: place.name ?? place.id }) })),
  };
}

interface PanelProps {
  readonly output: Output;
  readonly onDone: () => void;
  readonly onStart: () => void;
}

interface StoreValues {
  readonly placeId: string;
  readonly quantity: number;
  readonly storedOn: string;
  readonly breakdown?: readonly { readonly label: string; readonly quantity: number }[];
}

/** 第10条第2項: copies put in a lockable cabinet, with the quantity and its breakdown (内訳). */
function StorePanel({ output, onDone, onStart }: PanelProps) {
  const { t } = useConsoleLocale();
  const store = useGraphqlMutation(STORE_FORMS);
  const places = usePlaces(output, true);
  const [error, setError] = useState<unknown>(undefined);
  const [form] = Form.useForm<StoreValues>();
  const submit = async (values: StoreValues) => {
    onStart();
    setError(undefined);
    try {
      const breakdown = (values.breakdown ?? []).filter((line) => line.label && line.quantity);
      await store.run({
        outputId: output.id,
        placeId: values.placeId,
        quantity: values.quantity,
        storedOn: values.storedOn,
        version: output.version ?? 0,
        ...(breakdown.length > 0 ? { breakdown: breakdown.map((line) => ({ label: line.label, quantity: line.quantity })) } : {}),
      });
      form.resetFields();
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Card title={<h3 className="card-title">{t('storeHeading')}</h3>} data-testid="store-forms">
      <ErrorAlert error={places.error} />
      <RefusalAlert error={error} testId="store-refusal" />
      <Form form={form} name="store-forms" layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ quantity: unstoredQuantity(output), storedOn: todayInJapan() }}>
        <Form.Item name="placeId" label={t('fxStoragePlace')} extra={t('lockableOnly')} rules={[{ required: true, message: t('fieldRequired', { field: t('fxStoragePlace') }) }]}>
          <Select options={places.options} loading={places.loading} />
        </Form.Item>
        <Form.Item name="quantity" label={t('fxQuantity')} rules={[{ required: true, message: t('fieldRequired', { field: t('fxQuantity') }) }]}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
        <Form.Item name="storedOn" label={t('fxStoredOn')} rules={[{ required: true, message: t('fieldRequired', { field: t('fxStoredOn') }) }]}>
          <Input type="date" />
        </Form.Item>
        <fieldset className="breakdown">
          <legend>{t('fxBreakdown')}</legend>
          <Form.List name="breakdown">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline">
                    <Form.Item name={[field.name, 'label']} label={t('fxBreakdownLabel')}>
                      <Input maxLength={100} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'quantity']} label={t('fxBreakdownQuantity')}>
                      <InputNumber min={1} precision={0} />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>{t('removeBreakdownLine')}</Button>
                  </Space>
                ))}
                <Button onClick={() => add()}>{t('addBreakdownLine')}</Button>
              </>
            )}
          </Form.List>
        </fieldset>
        <Button type="primary" htmlType="submit" loading={store.pending}>
          {store.pending ? t('fxSaving') : t('storeButton')}
        </Button>
      </Form>
    </Card>
  );
}

interface MoveValues {
  readonly fromPlaceId: string;
  readonly toPlaceId: string;
  readonly quantity: number;
  readonly movedOn: string;
}

/** Places that hold copies of this record now. */
function heldPlaces(output: Output, t: (key: 'fxPlaceHeld', params: { name: string; count: number }) => string) {
  return (output.storages ?? [])
    .filter((storage) => (storage.quantity ?? 0) > 0 && storage.place)
    .map((storage) => ({ value: storage.place?.id ?? '', label: t('fxPlaceHeld', { name: storage.place?.name ?? '', count: storage.quantity ?? 0 }) }));
}

/** 第10条第2項: copies moved between two places of the section. */
function MovePanel({ output, onDone, onStart }: PanelProps) {
  const { t } = useConsoleLocale();
  const move = useGraphqlMutation(MOVE_FORMS);
  const places = usePlaces(output, true);
  const [error, setError] = useState<unknown>(undefined);
  const [form] = Form.useForm<MoveValues>();
  const submit = async (values: MoveValues) => {
    onStart();
    setError(undefined);
    try {
      await move.run({ outputId: output.id, version: output.version ?? 0, ...values });
      form.resetFields();
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Card title={<h3 className="card-title">{t('moveHeading')}</h3>} data-testid="move-forms">
      <ErrorAlert error={places.error} />
      <RefusalAlert error={error} testId="move-refusal" />
      <Form form={form} name="move-forms" layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ movedOn: todayInJapan() }}>
        <Form.Item name="fromPlaceId" label={t('fxFromPlace')} rules={[{ required: true, message: t('fieldRequired', { field: t('fxFromPlace') }) }]}>
          <Select options={heldPlaces(output, t)} />
        </Form.Item>
        <Form.Item name="toPlaceId" label={t('fxToPlace')} rules={[{ required: true, message: t('fieldRequired', { field: t('fxToPlace') }) }]}>
          <Select options={places.options} loading={places.loading} />
        </Form.Item>
        <Form.Item name="quantity" label={t('fxQuantity')} rules={[{ required: true, message: t('fieldRequired', { field: t('fxQuantity') }) }]}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
        <Form.Item name="movedOn" label={t('fxMovedOn')} rules={[{ required: true, message: t('fieldRequired', { field: t('fxMovedOn') }) }]}>
          <Input type="date" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={move.pending}>
          {move.pending ? t('fxSaving') : t('moveButton')}
        </Button>
      </Form>
    </Card>
  );
}

interface DisposeValues {
  readonly placeId: string;
  readonly quantity: number;
  readonly method: FormDisposalMethod;
  readonly disposedOn: string;
  readonly performer: string;
  readonly witness: string;
}

/**
 * 第10条第3項: disposal after reconciliation with the output and storage records. The API reconciles and,
 * when the records do not agree, refuses naming every mismatch: they are listed as it words them.
 */
function DisposePanel({ output, onDone, onStart }: PanelProps) {
  const { t, locale } = useConsoleLocale();
  const dispose = useGraphqlMutation(DISPOSE_FORMS);
  const [error, setError] = useState<unknown>(undefined);
  const [form] = Form.useForm<DisposeValues>();
  const held = heldPlaces(output, t);
  const required = (label: string) => [{ required: true, whitespace: true, message: t('fieldRequired', { field: label }) }];
  const submit = async (values: DisposeValues) => {
    onStart();
    setError(undefined);
    try {
      await dispose.run({ outputId: output.id, version: output.version ?? 0, ...values });
      form.resetFields();
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Card title={<h3 className="card-title">{t('disposeHeading')}</h3>} data-testid="dispose-forms">
      <Typography.Paragraph>{t('disposeIntro')}</Typography.Paragraph>
      <RefusalAlert error={error} testId="dispose-refusal" />
      <Form
        form={form}
        name="dispose-forms"
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{ disposedOn: todayInJapan(), method: 'SHREDDING', ...(held.length === 1 ? { placeId: held[0]?.value } : {}) }}
      >
        <Form.Item name="placeId" label={t('fxStoragePlace')} rules={[{ required: true, message: t('fieldRequired', { field: t('fxStoragePlace') }) }]}>
          <Select options={held} />
        </Form.Item>
        <Form.Item name="quantity" label={t('fxQuantity')} rules={[{ required: true, message: t('fieldRequired', { field: t('fxQuantity') }) }]}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
        <Form.Item name="method" label={t('fxDisposalMethod')} rules={[{ required: true, message: t('fieldRequired', { field: t('fxDisposalMethod') }) }]}>
          <Select options={METHODS.map((method) => ({ value: method, label: FORM_DISPOSAL_METHOD_LABELS[method][locale] }))} />
        </Form.Item>
        <Form.Item name="disposedOn" label={t('fxDisposedOn')} rules={required(t('fxDisposedOn'))}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="performer" label={t('fxPerformer')} rules={required(t('fxPerformer'))}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="witness" label={t('fxWitness')} rules={required(t('fxWitness'))}>
          <Input maxLength={100} />
        </Form.Item>
        <Button type="primary" danger htmlType="submit" loading={dispose.pending}>
          {dispose.pending ? t('fxSaving') : t('disposeButton')}
        </Button>
      </Form>
    </Card>
  );
}
