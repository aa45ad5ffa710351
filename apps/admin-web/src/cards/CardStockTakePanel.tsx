import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import { canAccess } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import type { CardStockTakesQuery, RecordCardStockTakeMutation, ResidentCardState } from '../graphql/generated/graphql';
import { useGraphqlMutation, useGraphqlQuery } from '../graphql/use-graphql';
import { RESIDENT_CARD_STATE_LABELS } from '../i18n/enum-labels';
import { useConsoleLocale } from '../i18n/console-locale';
import { notificationsChanged } from '../notifications/notifications-refresh';
import { useRoles } from '../session/session-context';
import { STOCK_TAKE_STATES, todayInJapan } from './card-actions';
import { sectionName } from './card-text';
import { CARD_STOCK_TAKES, CARD_STORAGE_PLACES, RECORD_CARD_STOCK_TAKE, RESIDENT_CARD_STOCK } from './cards.operations';

type StockTakeRow = CardStockTakesQuery['cardStockTakes']['edges'][number]['node'];
type StockTakeLine = RecordCardStockTakeMutation['recordCardStockTake'][number];

export const STOCK_TAKES_PAGE_SIZE = 50;

/** 第10条の2第1項: the stock-take form (counted against derived) and the stock-takes recorded. */
export function CardStockTakePanel() {
  const roles = useRoles();
  const [version, setVersion] = useState(0);
  return (
    <Space orientation="vertical" size="large" className="page">
      {canAccess(roles, 'resident-cards', 'stock-take') ? <StockTakeForm onRecorded={() => setVersion((v) => v + 1)} /> : null}
      {canAccess(roles, 'resident-cards', 'stock-takes') ? <StockTakeList key={version} /> : null}
    </Space>
  );
}

interface StockTakeValues {
  readonly placeId: string;
  readonly countedOn: string;
  readonly BLANK?: number;
  readonly PRINTED?: number;
  readonly AWAITING_DISPOSAL?: number;
}

/** A signed difference: +1, 0, −2. */
export function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}

function StockTakeForm({ onRecorded }: { readonly onRecorded: () => void }) {
  const { t, locale } = useConsoleLocale();
  const places = useGraphqlQuery(CARD_STORAGE_PLACES, {});
  const stock = useGraphqlQuery(RESIDENT_CARD_STOCK, {});
  const record = useGraphqlMutation(RECORD_CARD_STOCK_TAKE);
  const [error, setError] = useState<unknown>(undefined);
  const [result, setResult] = useState<readonly StockTakeLine[] | undefined>(undefined);
  const [form] = Form.useForm<StockTakeValues>();
  const placeId = Form.useWatch('placeId', form);
  const today = todayInJapan();

  const derived = (state: ResidentCardState): number =>
    (stock.data?.residentCardStock ?? []).filter((row) => row.placeId === placeId && row.state === state).reduce((sum, row) => sum + row.count, 0);

  const submit = async (values: StockTakeValues) => {
    setError(undefined);
    setResult(undefined);
    try {
      const { recordCardStockTake } = await record.run({
        placeId: values.placeId,
        countedOn: values.countedOn,
        counts: STOCK_TAKE_STATES.map((state) => ({ state, counted: values[state as keyof StockTakeValues] as number })),
      });
      setResult(recordCardStockTake);
      form.resetFields();
      stock.refetch();
      notificationsChanged();
      onRecorded();
    } catch (e) {
      setError(e);
    }
  };

  const differences = (result ?? []).filter((line) => (line.difference ?? 0) !== 0);

  return (
    <Card title={<h3 className="card-title">{t('stockTakeHeading')}</h3>} data-testid="stock-take-form">
      <ErrorAlert error={error ?? places.error ?? stock.error} />
      {result ? (
        differences.length === 0 ? (
          <Alert type="success" showIcon role="status" title={t('stockTakeNoDifference')} data-testid="stock-take-result" />
        ) : (
          <Alert
            type="warning"
            showIcon
            role="status"
            data-testid="stock-take-result"
            title={t('stockTakeDifferences')}
            description={
              <ul>
                {differences.map((line) => (
                  <li key={line.id}>
                    {t('stockTakeDifferenceLine', {
                      state: line.state ? RESIDENT_CARD_STATE_LABELS[line.state][locale] : '',
                      counted: line.counted ?? 0,
                      derived: line.derived ?? 0,
                      difference: signed(line.difference ?? 0),
                    })}
                  </li>
                ))}
              </ul>
            }
          />
        )
      ) : null}
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} initialValues={{ countedOn: today }}>
        <Form.Item name="placeId" label={t('cardStoragePlace')} rules={[{ required: true, message: t('fieldRequired', { field: t('cardStoragePlace') }) }]}>
          <Select
            loading={places.loading}
            options={(places.data?.storagePlaces.edges ?? []).map(({ node }) => ({
              value: node.id,
              label: `${node.name ?? ''}（${sectionName(node.section, locale, '')}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="countedOn"
          label={t('cardsCountedOn')}
          rules={[
            { required: true, message: t('fieldRequired', { field: t('cardsCountedOn') }) },
            {
              validator: async (_rule, value?: string) => {
                if (value && value > today) throw new Error(t('cardsNotInFuture', { field: t('cardsCountedOn') }));
              },
            },
          ]}
        >
          <Input type="date" max={today} />
        </Form.Item>
        {STOCK_TAKE_STATES.map((state) => (
          <StockTakeCount key={state} state={state} derived={placeId ? derived(state) : undefined} />
        ))}
        <Button type="primary" htmlType="submit" loading={record.pending}>
          {t('recordStockTake')}
        </Button>
      </Form>
    </Card>
  );
}

function StockTakeCount({ state, derived }: { readonly state: ResidentCardState; readonly derived: number | undefined }) {
  const { t, locale } = useConsoleLocale();
  const label = t('countedOfState', { state: RESIDENT_CARD_STATE_LABELS[state][locale] });
  return (
    <Form.Item noStyle shouldUpdate>
      {({ getFieldValue }) => {
        const counted = getFieldValue(state) as number | null | undefined;
        const difference = derived !== undefined && typeof counted === 'number' ? counted - derived : undefined;
        return (
          <Form.Item
            name={state}
            label={label}
            extra={
              derived === undefined
                ? undefined
                : difference === undefined || difference === 0
                  ? t('cardsDerivedCount', { count: derived })
                  : t('cardsDerivedCountDifference', { count: derived, difference: signed(difference) })
            }
            rules={[{ required: true, message: t('fieldRequired', { field: label }) }]}
          >
            <InputNumber min={0} max={100000} precision={0} />
          </Form.Item>
        );
      }}
    </Form.Item>
  );
}

function StockTakeList() {
  const { t, locale, date } = useConsoleLocale();
  const [after, setAfter] = useState<string | undefined>(undefined);
  const { data, error, loading } = useGraphqlQuery(CARD_STOCK_TAKES, { first: STOCK_TAKES_PAGE_SIZE, ...(after ? { after } : {}) });
  const connection = data?.cardStockTakes;
  const columns = [
    { key: 'countedOn', title: t('cardsCountedOn'), render: (_: unknown, row: StockTakeRow) => date(row.countedOn) },
    { key: 'section', title: t('section'), render: (_: unknown, row: StockTakeRow) => sectionName(row.section, locale, t('none')) },
    { key: 'place', title: t('cardStoragePlace'), render: (_: unknown, row: StockTakeRow) => row.placeName ?? t('none') },
    { key: 'state', title: t('cardState'), render: (_: unknown, row: StockTakeRow) => (row.state ? RESIDENT_CARD_STATE_LABELS[row.state][locale] : t('none')) },
    { key: 'counted', title: t('cardsCounted'), align: 'right' as const, dataIndex: 'counted' },
    { key: 'derived', title: t('cardsDerived'), align: 'right' as const, dataIndex: 'derived' },
    {
      key: 'difference',
      title: t('cardsDifference'),
      align: 'right' as const,
      render: (_: unknown, row: StockTakeRow) => (row.difference ? <strong className="difference">{signed(row.difference)}</strong> : '0'),
    },
  ];
  return (
    <Card
      title={<h3 className="card-title">{t('stockTakesHeading')}</h3>}
      extra={connection ? t('totalCount', { count: connection.totalCount }) : null}
      data-testid="card-stock-takes"
    >
      <ErrorAlert error={error} />
      <div className="table-scroll-x">
        <Table<StockTakeRow>
          rowKey="id"
          size="small"
          loading={loading}
          pagination={false}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          columns={columns}
          locale={{ emptyText: t('emptyList') }}
        />
      </div>
      {connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor ? (
        <Button className="pager" onClick={() => setAfter(connection.pageInfo.endCursor ?? undefined)}>
          {t('cardsNextPage')}
        </Button>
      ) : null}
    </Card>
  );
}
