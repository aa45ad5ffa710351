import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Space, Table } from 'antd';
import { canAccess } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import type { ResidentCardStockQuery } from '../graphql/generated/graphql';
import { useGraphqlMutation, useGraphqlQuery } from '../graphql/use-graphql';
import { RESIDENT_CARD_STATE_LABELS } from '../i18n/enum-labels';
import { useConsoleLocale } from '../i18n/console-locale';
import { useRoles } from '../session/session-context';
import { parseSerials } from './card-actions';
import { CARD_STORAGE_PLACES, RECEIVE_RESIDENT_CARDS, RESIDENT_CARD_STOCK, RESIDENT_CARD_STOCK_CSV } from './cards.operations';
import { CsvDownloadButton } from './CsvDownloadButton';

type StockRow = ResidentCardStockQuery['residentCardStock'][number];

/** The API's limit for one receipt (receiveResidentCards: 1–100 numbers). */
export const MAX_RECEIVED_AT_ONCE = 100;

/** 第10条の2第1項: cards per section, place and state, summed from the movements by the API (never typed in). */
export function CardStockPanel() {
  const { t, locale } = useConsoleLocale();
  const roles = useRoles();
  const { data, error, loading, refetch } = useGraphqlQuery(RESIDENT_CARD_STOCK, {});
  const rows = data?.residentCardStock ?? [];
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const columns = [
    { key: 'section', title: t('section'), dataIndex: 'sectionName' },
    { key: 'place', title: t('cardStoragePlace'), dataIndex: 'placeName' },
    { key: 'state', title: t('cardState'), render: (_: unknown, row: StockRow) => RESIDENT_CARD_STATE_LABELS[row.state][locale] },
    { key: 'count', title: t('cardCount'), align: 'right' as const, render: (_: unknown, row: StockRow) => t('cardsUnit', { count: row.count }) },
  ];
  return (
    <Space orientation="vertical" size="large" className="page">
      {canAccess(roles, 'resident-cards', 'receive') ? <ReceiveCardsForm onReceived={refetch} /> : null}
      <Card
        title={<h3 className="card-title">{t('cardStockHeading')}</h3>}
        extra={canAccess(roles, 'resident-cards', 'stock-csv') ? <CsvDownloadButton document={RESIDENT_CARD_STOCK_CSV} testId="card-stock-csv" /> : null}
        data-testid="card-stock"
      >
        <Alert type="info" title={t('cardStockDerived')} className="panel-note" />
        <ErrorAlert error={error} />
        <div className="table-scroll-x">
          <Table<StockRow>
            rowKey={(row) => `${row.sectionId}/${row.placeId}/${row.state}`}
            size="small"
            loading={loading}
            pagination={false}
            dataSource={rows}
            columns={columns}
            locale={{ emptyText: t('emptyList') }}
            summary={() =>
              rows.length > 0 ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={3}>
                    {t('cardStockTotal')}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    {t('cardsUnit', { count: total })}
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              ) : null
            }
          />
        </div>
      </Card>
    </Space>
  );
}

interface ReceiveForm {
  readonly placeId: string;
  readonly serials: string;
}

/** Blank cards received by number into a lockable place of the section (第10条の2第1項). */
function ReceiveCardsForm({ onReceived }: { readonly onReceived: () => void }) {
  const { t, locale } = useConsoleLocale();
  const places = useGraphqlQuery(CARD_STORAGE_PLACES, {});
  const receive = useGraphqlMutation(RECEIVE_RESIDENT_CARDS);
  const [error, setError] = useState<unknown>(undefined);
  const [received, setReceived] = useState<number | undefined>(undefined);
  const [form] = Form.useForm<ReceiveForm>();
  const options = (places.data?.storagePlaces.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.name ?? ''}（${node.section ? (locale === 'ja' ? node.section.name : node.section.nameEn) : ''}）`,
  }));

  const submit = async (values: ReceiveForm) => {
    setError(undefined);
    setReceived(undefined);
    try {
      const { receiveResidentCards } = await receive.run({ placeId: values.placeId, serials: parseSerials(values.serials) });
      setReceived(receiveResidentCards.length);
      form.resetFields();
      onReceived();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Card title={<h3 className="card-title">{t('receiveCardsHeading')}</h3>} data-testid="receive-cards">
      <ErrorAlert error={error ?? places.error} />
      {received !== undefined ? <Alert type="success" showIcon role="status" title={t('cardsReceived', { count: received })} /> : null}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
        <Form.Item name="placeId" label={t('cardStoragePlace')} rules={[{ required: true, message: t('fieldRequired', { field: t('cardStoragePlace') }) }]}>
          <Select options={options} loading={places.loading} />
        </Form.Item>
        <Form.Item
          name="serials"
          label={t('cardSerials')}
          extra={t('cardSerialsHelp', { max: MAX_RECEIVED_AT_ONCE })}
          rules={[
            {
              validator: async (_rule, value?: string) => {
                const count = parseSerials(value ?? '').length;
                if (count === 0) throw new Error(t('fieldRequired', { field: t('cardSerials') }));
                if (count > MAX_RECEIVED_AT_ONCE) throw new Error(t('cardSerialsTooMany', { max: MAX_RECEIVED_AT_ONCE }));
              },
            },
          ]}
        >
          <Input.TextArea rows={3} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={receive.pending}>
          {t('receiveCards')}
        </Button>
      </Form>
    </Card>
  );
}
