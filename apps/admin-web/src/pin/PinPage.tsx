import { useState } from 'react';
import { useDataProvider } from '@refinedev/core';
import { Alert, Button, Card, Checkbox, Form, Input, Space, Table, Typography } from 'antd';
import { canAccess } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import { CsvDownloadButton } from '../cards/CsvDownloadButton';
import { sectionName } from '../cards/card-text';
import { todayInJapan } from '../cards/card-actions';
import { dateTime } from '../dashboard/DashboardPage';
import type { CheckPinQuery, PinGuidanceRecordsQuery } from '../graphql/generated/graphql';
import { useGraphqlMutation, useGraphqlQuery } from '../graphql/use-graphql';
import { useConsoleLocale } from '../i18n/console-locale';
import { useRoles, useSession } from '../session/session-context';
import { CHECK_PIN, PIN_GUIDANCE_RECORDS, PIN_GUIDANCE_RECORDS_CSV, RECORD_PIN_GUIDANCE } from './pin.operations';

type PinResult = CheckPinQuery['checkPin'];
type GuidanceRow = PinGuidanceRecordsQuery['pinGuidanceRecords']['edges'][number]['node'];

export const PIN_GUIDANCE_PAGE_SIZE = 50;

/** 第10条の4: the PIN check at the counter, the guidance record of each issuance, and the records. */
export function PinPage() {
  const { t } = useConsoleLocale();
  const roles = useRoles();
  const [version, setVersion] = useState(0);
  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={2} className="page-title">
        {t('pinPageHeading')}
      </Typography.Title>
      <PinCheck />
      {canAccess(roles, 'pin-guidance', 'create') ? <PinGuidanceForm onRecorded={() => setVersion((v) => v + 1)} /> : null}
      {canAccess(roles, 'pin-guidance', 'list') ? <PinGuidanceList key={version} /> : null}
    </Space>
  );
}

interface PinCheckValues {
  readonly pin: string;
  readonly birthDate: string;
}

/**
 * 第10条の4第1号: whether a PIN is easy to guess (birth date, repeats, sequences, pairs, common PINs).
 * The PIN goes to the API once, in a POST body — never in the address, never in a cache (the data
 * provider is called directly, not through a cached query or mutation), never logged — and the field is
 * emptied as soon as the answer (or a refusal) arrives. The result holds only the reasons.
 */
function PinCheck() {
  const { t, pick } = useConsoleLocale();
  const dataProvider = useDataProvider();
  const [form] = Form.useForm<PinCheckValues>();
  const [result, setResult] = useState<PinResult | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [pending, setPending] = useState(false);
  const today = todayInJapan();

  const submit = async (values: PinCheckValues) => {
    setError(undefined);
    setResult(undefined);
    setPending(true);
    try {
      const provider = dataProvider();
      if (!provider.custom) return;
      const reply = await provider.custom({
        url: '/graphql',
        method: 'post',
        meta: { document: CHECK_PIN, operationVariables: { pin: values.pin, birthDate: values.birthDate } },
      });
      setResult((reply.data as unknown as CheckPinQuery).checkPin);
    } catch (e) {
      setError(e);
    } finally {
      form.setFieldsValue({ pin: '' });
      setPending(false);
    }
  };

  return (
    <Card title={<h3 className="card-title">{t('pinCheckHeading')}</h3>} data-testid="pin-check">
      <Typography.Paragraph>{t('pinCheckIntro')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      {result ? (
        result.allowed ? (
          <Alert type="success" showIcon role="status" title={t('pinAllowed')} data-testid="pin-result" />
        ) : (
          <Alert
            type="warning"
            showIcon
            role="status"
            data-testid="pin-result"
            title={t('pinRefused')}
            description={
              <ul className="pin-reasons">
                {result.violations.map((violation) => (
                  <li key={violation.code}>
                    {pick(violation.message)}
                    <span className="article">{t('pinArticleCited', { article: violation.article })}</span>
                  </li>
                ))}
              </ul>
            }
          />
        )
      ) : null}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} autoComplete="off">
        <Form.Item name="pin" label={t('pinLabel')} extra={t('pinHelp')} rules={[{ required: true, message: t('fieldRequired', { field: t('pinLabel') }) }]}>
          <Input.Password visibilityToggle={false} autoComplete="off" inputMode="numeric" maxLength={4} data-testid="pin-input" />
        </Form.Item>
        <Form.Item
          name="birthDate"
          label={t('pinApplicantBirthDate')}
          rules={[{ required: true, message: t('fieldRequired', { field: t('pinApplicantBirthDate') }) }]}
        >
          <Input type="date" max={today} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={pending}>
          {t('pinCheckButton')}
        </Button>
      </Form>
    </Card>
  );
}

interface GuidanceValues {
  readonly cardSerial: string;
  readonly applicantEnteredPin: boolean;
  readonly applicantInsertedCard: boolean;
}

/** 第10条の4第2号・第3号: both acknowledgements are required (the API refuses otherwise, naming each). */
function PinGuidanceForm({ onRecorded }: { readonly onRecorded: () => void }) {
  const { t } = useConsoleLocale();
  const me = useSession();
  const record = useGraphqlMutation(RECORD_PIN_GUIDANCE);
  const [error, setError] = useState<unknown>(undefined);
  const [recorded, setRecorded] = useState<string | undefined>(undefined);
  const [form] = Form.useForm<GuidanceValues>();
  const entered = Form.useWatch('applicantEnteredPin', form) === true;
  const inserted = Form.useWatch('applicantInsertedCard', form) === true;

  const submit = async (values: GuidanceValues) => {
    setError(undefined);
    setRecorded(undefined);
    try {
      const { recordPinGuidance } = await record.run({
        sectionId: me?.sectionId ?? '',
        cardSerial: values.cardSerial.trim(),
        applicantEnteredPin: values.applicantEnteredPin === true,
        applicantInsertedCard: values.applicantInsertedCard === true,
      });
      setRecorded(recordPinGuidance.cardSerial ?? '');
      form.resetFields();
      onRecorded();
    } catch (e) {
      setError(e);
    }
  };

  const acknowledged = (field: string) => ({
    validator: async (_rule: unknown, value?: boolean) => {
      if (value !== true) throw new Error(t('pinAcknowledgementRequired', { field }));
    },
  });

  return (
    <Card title={<h3 className="card-title">{t('pinGuidanceHeading')}</h3>} data-testid="pin-guidance-form">
      <ErrorAlert error={error} />
      {recorded !== undefined ? <Alert type="success" showIcon role="status" title={t('pinGuidanceRecorded', { serial: recorded })} /> : null}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ applicantEnteredPin: false, applicantInsertedCard: false }}>
        <Form.Item
          name="cardSerial"
          label={t('cardSerial')}
          rules={[{ required: true, whitespace: true, message: t('fieldRequired', { field: t('cardSerial') }) }]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="applicantEnteredPin" valuePropName="checked" rules={[acknowledged(t('applicantEnteredPin'))]}>
          <Checkbox>{t('applicantEnteredPin')}</Checkbox>
        </Form.Item>
        <Form.Item name="applicantInsertedCard" valuePropName="checked" rules={[acknowledged(t('applicantInsertedCard'))]}>
          <Checkbox>{t('applicantInsertedCard')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!entered || !inserted} loading={record.pending}>
          {t('recordPinGuidance')}
        </Button>
      </Form>
    </Card>
  );
}

function PinGuidanceList() {
  const { t, locale, date } = useConsoleLocale();
  const roles = useRoles();
  const [after, setAfter] = useState<string | undefined>(undefined);
  const { data, error, loading } = useGraphqlQuery(PIN_GUIDANCE_RECORDS, { first: PIN_GUIDANCE_PAGE_SIZE, ...(after ? { after } : {}) });
  const connection = data?.pinGuidanceRecords;
  const columns = [
    { key: 'recordedAt', title: t('cardsRecordedAt'), render: (_: unknown, row: GuidanceRow) => dateTime(date, row.recordedAt) },
    { key: 'serial', title: t('cardSerial'), dataIndex: 'cardSerial' },
    { key: 'section', title: t('section'), render: (_: unknown, row: GuidanceRow) => sectionName(row.section, locale, t('none')) },
    {
      key: 'acknowledged',
      title: t('pinAcknowledgements'),
      render: (_: unknown, row: GuidanceRow) => (row.applicantEnteredPin && row.applicantInsertedCard ? t('pinBothAcknowledged') : t('none')),
    },
  ];
  return (
    <Card
      title={<h3 className="card-title">{t('pinGuidanceRecordsHeading')}</h3>}
      extra={
        <span className="card-extra">
          {connection ? t('totalCount', { count: connection.totalCount }) : null}
          {canAccess(roles, 'pin-guidance', 'csv') ? <CsvDownloadButton document={PIN_GUIDANCE_RECORDS_CSV} testId="pin-guidance-csv" /> : null}
        </span>
      }
      data-testid="pin-guidance-records"
    >
      <ErrorAlert error={error} />
      <div className="table-scroll-x">
        <Table<GuidanceRow>
          rowKey="id"
          size="small"
          loading={loading}
          pagination={false}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          columns={columns}
          locale={{ emptyText: t('emptyList') }}
        />
      </div>
      <span className="pager">
        {after ? <Button onClick={() => setAfter(undefined)}>{t('cardsFirstPage')}</Button> : null}
        {connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor ? (
          <Button onClick={() => setAfter(connection.pageInfo.endCursor ?? undefined)}>{t('cardsNextPage')}</Button>
        ) : null}
      </span>
    </Card>
  );
}
