import { useState } from 'react';
import { Button, Card, Select, Space, Table, Tag } from 'antd';
import { canAccess } from '../access/console-access';
import { ErrorAlert } from '../app/ErrorText';
import type { ResidentCardFieldsFragment, ResidentCardState } from '../graphql/generated/graphql';
import { useGraphqlQuery } from '../graphql/use-graphql';
import { RESIDENT_CARD_STATE_LABELS } from '../i18n/enum-labels';
import { useConsoleLocale } from '../i18n/console-locale';
import { useRoles } from '../session/session-context';
import { CardActionPanel } from './CardActionPanel';
import { mayDispose, mayReportLoss, movementsFor } from './card-actions';
import { sectionName } from './card-text';
import { RESIDENT_CARDS } from './cards.operations';

export const CARD_LIST_PAGE_SIZE = 50;

const STATES: readonly ResidentCardState[] = ['BLANK', 'PRINTED', 'ISSUED', 'AWAITING_DISPOSAL', 'DISPOSED', 'LOST', 'STOLEN'];

/** Each card (第10条の2第1項) with its state and place; choosing one opens what may be recorded for it. */
export function CardListPanel() {
  const { t, locale, date } = useConsoleLocale();
  const roles = useRoles();
  const [state, setState] = useState<ResidentCardState | undefined>(undefined);
  const [after, setAfter] = useState<string | undefined>(undefined);
  const [selected, setSelected] = useState<ResidentCardFieldsFragment | undefined>(undefined);
  const { data, error, loading, refetch } = useGraphqlQuery(RESIDENT_CARDS, {
    first: CARD_LIST_PAGE_SIZE,
    ...(after ? { after } : {}),
    ...(state ? { state } : {}),
  });
  const connection = data?.residentCards;
  const mayMove = canAccess(roles, 'resident-cards', 'move');
  const mayLose = canAccess(roles, 'resident-cards', 'report-loss');
  const mayDisposeAny = canAccess(roles, 'resident-cards', 'dispose');
  const hasAction = (card: ResidentCardFieldsFragment) =>
    card.state !== null &&
    card.state !== undefined &&
    ((mayMove && movementsFor(card.state).length > 0) || (mayLose && mayReportLoss(card.state)) || (mayDisposeAny && mayDispose(card.state)));

  const columns = [
    { key: 'serial', title: t('cardSerial'), dataIndex: 'serial' },
    { key: 'section', title: t('section'), render: (_: unknown, row: ResidentCardFieldsFragment) => sectionName(row.section, locale, t('none')) },
    { key: 'place', title: t('cardStoragePlace'), render: (_: unknown, row: ResidentCardFieldsFragment) => row.placeName ?? t('none') },
    {
      key: 'state',
      title: t('cardState'),
      render: (_: unknown, row: ResidentCardFieldsFragment) => (row.state ? RESIDENT_CARD_STATE_LABELS[row.state][locale] : t('none')),
    },
    {
      key: 'due',
      title: t('cardDisposalDueOn'),
      render: (_: unknown, row: ResidentCardFieldsFragment) =>
        row.disposalDueOn ? (
          <Space size="small">
            {date(row.disposalDueOn)}
            {row.daysOverdue ? <Tag color="red">{t('cardDaysOverdue', { days: row.daysOverdue })}</Tag> : null}
          </Space>
        ) : (
          t('none')
        ),
    },
    { key: 'receivedAt', title: t('cardReceivedAt'), render: (_: unknown, row: ResidentCardFieldsFragment) => date(row.receivedAt) },
    {
      key: 'actions',
      title: t('actions'),
      render: (_: unknown, row: ResidentCardFieldsFragment) =>
        hasAction(row) ? (
          <Button size="small" onClick={() => setSelected(row)} aria-pressed={selected?.id === row.id}>
            {t('cardRecordFor', { serial: row.serial ?? '' })}
          </Button>
        ) : null,
    },
  ];

  return (
    <Space orientation="vertical" size="large" className="page">
      {selected ? (
        <CardActionPanel
          key={`${selected.id}/${selected.version ?? 0}`}
          card={selected}
          onClose={() => setSelected(undefined)}
          onRecorded={() => {
            setSelected(undefined);
            refetch();
          }}
        />
      ) : null}
      <Card
        title={<h3 className="card-title">{t('cardListHeading')}</h3>}
        extra={connection ? t('totalCount', { count: connection.totalCount }) : null}
        data-testid="resident-cards"
      >
        <label className="filter">
          <span>{t('cardStateFilter')}</span>
          <Select<ResidentCardState | 'ALL'>
            className="filter__select"
            value={state ?? 'ALL'}
            onChange={(value) => {
              setAfter(undefined);
              setState(value === 'ALL' ? undefined : value);
            }}
            options={[{ value: 'ALL', label: t('cardAllStates') }, ...STATES.map((s) => ({ value: s, label: RESIDENT_CARD_STATE_LABELS[s][locale] }))]}
          />
        </label>
        <ErrorAlert error={error} />
        <div className="table-scroll-x">
          <Table<ResidentCardFieldsFragment>
            rowKey="id"
            size="small"
            loading={loading}
            pagination={false}
            dataSource={connection?.edges.map((e) => e.node) ?? []}
            columns={columns}
            locale={{ emptyText: t('emptyList') }}
          />
        </div>
        <Space className="pager">
          {after ? <Button onClick={() => setAfter(undefined)}>{t('cardsFirstPage')}</Button> : null}
          {connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor ? (
            <Button onClick={() => setAfter(connection.pageInfo.endCursor ?? undefined)}>{t('cardsNextPage')}</Button>
          ) : null}
        </Space>
      </Card>
    </Space>
  );
}
