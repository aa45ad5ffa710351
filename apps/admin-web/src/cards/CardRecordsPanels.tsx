import { useState, type ReactNode } from 'react';
import { Button, Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CARD_DISPOSAL_REASON_LABELS, DISPOSAL_METHOD_LABELS } from '@juki/policies';
import { canAccess } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import { dateTime } from '../dashboard/DashboardPage';
import type {
  CardDisposalsQuery,
  CardLossReportsQuery,
  CardMovementsQuery,
  ResidentCardFieldsFragment,
} from '../graphql/generated/graphql';
import { useGraphqlQuery } from '../graphql/use-graphql';
import { CARD_MOVEMENT_KIND_LABELS, RESIDENT_CARD_LOSS_KIND_LABELS, RESIDENT_CARD_STATE_LABELS } from '../i18n/enum-labels';
import type { UiMessageKey } from '../i18n/ui-messages';
import { useConsoleLocale } from '../i18n/console-locale';
import { useRoles } from '../session/session-context';
import { sectionName } from './card-text';
import { CARD_DISPOSALS, CARD_DISPOSALS_CSV, CARD_LOSS_REPORTS, CARD_MOVEMENTS, CARD_MOVEMENTS_CSV, OVERDUE_RESIDENT_CARDS } from './cards.operations';
import { CsvDownloadButton } from './CsvDownloadButton';

export const RECORDS_PAGE_SIZE = 50;

type MovementRow = CardMovementsQuery['cardMovements']['edges'][number]['node'];
type LossRow = CardLossReportsQuery['cardLossReports']['edges'][number]['node'];
type DisposalRow = CardDisposalsQuery['cardDisposals']['edges'][number]['node'];

interface Page<Row> {
  readonly totalCount: number;
  readonly pageInfo: { readonly endCursor?: string | null; readonly hasNextPage: boolean };
  readonly edges: readonly { readonly node: Row }[];
}

/** One ledger as a card: heading, total, optional CSV, a keyset-paged table. */
function RecordsCard<Row extends { readonly id: string }>(props: {
  readonly heading: UiMessageKey;
  readonly testId: string;
  readonly page: Page<Row> | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  readonly columns: ColumnsType<Row>;
  readonly csv?: ReactNode;
  readonly paged: { readonly after: string | undefined; readonly setAfter: (after: string | undefined) => void };
}) {
  const { t } = useConsoleLocale();
  const { page, paged } = props;
  return (
    <Card
      title={<h3 className="card-title">{t(props.heading)}</h3>}
      extra={
        <span className="card-extra">
          {page ? t('totalCount', { count: page.totalCount }) : null}
          {props.csv}
        </span>
      }
      data-testid={props.testId}
    >
      <ErrorAlert error={props.error} />
      <div className="table-scroll-x">
        <Table<Row>
          rowKey="id"
          size="small"
          loading={props.loading}
          pagination={false}
          dataSource={page?.edges.map((e) => e.node) ?? []}
          columns={props.columns}
          locale={{ emptyText: t('emptyList') }}
        />
      </div>
      <span className="pager">
        {paged.after ? <Button onClick={() => paged.setAfter(undefined)}>{t('cardsFirstPage')}</Button> : null}
        {page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
          <Button onClick={() => paged.setAfter(page.pageInfo.endCursor ?? undefined)}>{t('cardsNextPage')}</Button>
        ) : null}
      </span>
    </Card>
  );
}

function usePaging() {
  const [after, setAfter] = useState<string | undefined>(undefined);
  return { after, setAfter };
}

/** 受払 (第10条の2第1項): every movement of every card, as far as the caller may read. */
export function CardMovementsPanel() {
  const { t, locale, date } = useConsoleLocale();
  const roles = useRoles();
  const paged = usePaging();
  const { data, error, loading } = useGraphqlQuery(CARD_MOVEMENTS, { first: RECORDS_PAGE_SIZE, ...(paged.after ? { after: paged.after } : {}) });
  const state = (s: MovementRow['fromState']) => (s ? RESIDENT_CARD_STATE_LABELS[s][locale] : t('none'));
  const columns: ColumnsType<MovementRow> = [
    { key: 'occurredAt', title: t('occurredAt'), render: (_, row) => dateTime(date, row.occurredAt) },
    { key: 'serial', title: t('cardSerial'), dataIndex: 'cardSerial' },
    { key: 'section', title: t('section'), render: (_, row) => sectionName(row.section, locale, t('none')) },
    { key: 'kind', title: t('cardMovementKind'), render: (_, row) => (row.kind ? CARD_MOVEMENT_KIND_LABELS[row.kind][locale] : t('none')) },
    { key: 'states', title: t('cardStateChange'), render: (_, row) => `${state(row.fromState)} → ${state(row.toState)}` },
    { key: 'places', title: t('cardPlaceChange'), render: (_, row) => `${row.fromPlaceName ?? t('none')} → ${row.placeName ?? t('none')}` },
    { key: 'reason', title: t('cardDisposalReason'), render: (_, row) => (row.reason ? CARD_DISPOSAL_REASON_LABELS[row.reason][locale] : t('none')) },
  ];
  return (
    <RecordsCard
      heading="cardMovementsHeading"
      testId="card-movements"
      page={data?.cardMovements}
      error={error}
      loading={loading}
      columns={columns}
      paged={paged}
      csv={canAccess(roles, 'resident-cards', 'movements-csv') ? <CsvDownloadButton document={CARD_MOVEMENTS_CSV} testId="card-movements-csv" /> : null}
    />
  );
}

/** 第10条の2第2項: the loss and theft reports. */
export function CardLossReportsPanel() {
  const { t, locale, date } = useConsoleLocale();
  const paged = usePaging();
  const { data, error, loading } = useGraphqlQuery(CARD_LOSS_REPORTS, { first: RECORDS_PAGE_SIZE, ...(paged.after ? { after: paged.after } : {}) });
  const columns: ColumnsType<LossRow> = [
    { key: 'reportedAt', title: t('cardReportedAt'), render: (_, row) => dateTime(date, row.reportedAt) },
    { key: 'serial', title: t('cardSerial'), dataIndex: 'cardSerial' },
    { key: 'section', title: t('section'), render: (_, row) => sectionName(row.section, locale, t('none')) },
    { key: 'place', title: t('cardStoragePlace'), render: (_, row) => row.placeName ?? t('none') },
    {
      key: 'kind',
      title: t('cardLossKind'),
      render: (_, row) => (row.kind ? <Tag color="red">{RESIDENT_CARD_LOSS_KIND_LABELS[row.kind][locale]}</Tag> : t('none')),
    },
    { key: 'discoveredAt', title: t('cardDiscoveredAt'), render: (_, row) => dateTime(date, row.discoveredAt) },
    { key: 'circumstances', title: t('cardLossCircumstances'), render: (_, row) => row.circumstances ?? t('none') },
  ];
  return (
    <RecordsCard heading="cardLossReportsHeading" testId="card-loss-reports" page={data?.cardLossReports} error={error} loading={loading} columns={columns} paged={paged} />
  );
}

/** 第10条の3: the disposals (reason, method, IC chip destroyed, performer, witness, days late). */
export function CardDisposalsPanel() {
  const { t, locale, date } = useConsoleLocale();
  const roles = useRoles();
  const paged = usePaging();
  const { data, error, loading } = useGraphqlQuery(CARD_DISPOSALS, { first: RECORDS_PAGE_SIZE, ...(paged.after ? { after: paged.after } : {}) });
  const columns: ColumnsType<DisposalRow> = [
    { key: 'disposedOn', title: t('cardDisposedOn'), render: (_, row) => date(row.disposedOn) },
    { key: 'serial', title: t('cardSerial'), dataIndex: 'cardSerial' },
    { key: 'section', title: t('section'), render: (_, row) => sectionName(row.section, locale, t('none')) },
    { key: 'reason', title: t('cardDisposalReason'), render: (_, row) => (row.reason ? CARD_DISPOSAL_REASON_LABELS[row.reason][locale] : t('none')) },
    {
      key: 'method',
      title: t('cardDisposalMethod'),
      render: (_, row) => (row.method ? `${DISPOSAL_METHOD_LABELS[row.method][locale]}${row.methodDescription ? `（${row.methodDescription}）` : ''}` : t('none')),
    },
    { key: 'icChip', title: t('icChipColumn'), render: (_, row) => (row.icChipDestroyed ? t('cardsYes') : t('cardsNo')) },
    { key: 'performer', title: t('cardPerformer'), render: (_, row) => row.performer ?? t('none') },
    { key: 'witness', title: t('cardWitness'), render: (_, row) => row.witness ?? t('none') },
    {
      key: 'daysLate',
      title: t('cardDaysLate'),
      render: (_, row) => (row.daysLate ? <Tag color="red">{t('cardDaysLateValue', { days: row.daysLate })}</Tag> : t('cardInTime')),
    },
  ];
  return (
    <RecordsCard
      heading="cardDisposalsHeading"
      testId="card-disposals"
      page={data?.cardDisposals}
      error={error}
      loading={loading}
      columns={columns}
      paged={paged}
      csv={canAccess(roles, 'resident-cards', 'disposals-csv') ? <CsvDownloadButton document={CARD_DISPOSALS_CSV} testId="card-disposals-csv" /> : null}
    />
  );
}

/** 第10条の3第1号: cards awaiting disposal past the profile's limit. */
export function OverdueCardsPanel() {
  const { t, locale, date } = useConsoleLocale();
  const paged = usePaging();
  const { data, error, loading } = useGraphqlQuery(OVERDUE_RESIDENT_CARDS, { first: RECORDS_PAGE_SIZE, ...(paged.after ? { after: paged.after } : {}) });
  const columns: ColumnsType<ResidentCardFieldsFragment> = [
    { key: 'serial', title: t('cardSerial'), dataIndex: 'serial' },
    { key: 'section', title: t('section'), render: (_, row) => sectionName(row.section, locale, t('none')) },
    { key: 'place', title: t('cardStoragePlace'), render: (_, row) => row.placeName ?? t('none') },
    { key: 'reason', title: t('cardDisposalReason'), render: (_, row) => (row.disposalReason ? CARD_DISPOSAL_REASON_LABELS[row.disposalReason][locale] : t('none')) },
    { key: 'since', title: t('cardAwaitingSince'), render: (_, row) => date(row.awaitingDisposalSince) },
    { key: 'due', title: t('cardDisposalDueOn'), render: (_, row) => date(row.disposalDueOn) },
    { key: 'overdue', title: t('cardOverdueBy'), render: (_, row) => <Tag color="red">{t('cardDaysOverdue', { days: row.daysOverdue ?? 0 })}</Tag> },
  ];
  return (
    <RecordsCard heading="overdueCardsHeading" testId="overdue-cards" page={data?.overdueResidentCards} error={error} loading={loading} columns={columns} paged={paged} />
  );
}
