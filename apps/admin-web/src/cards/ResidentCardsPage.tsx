import { useState } from 'react';
import { Space, Tabs, Typography } from 'antd';
import { canAccess, type ConsoleAction } from '../access/console-access';
import type { UiMessageKey } from '../i18n/ui-messages';
import { useConsoleLocale } from '../i18n/console-locale';
import { useRoles } from '../session/session-context';
import { CardListPanel } from './CardListPanel';
import { CardDisposalsPanel, CardLossReportsPanel, CardMovementsPanel, OverdueCardsPanel } from './CardRecordsPanels';
import { CardStockPanel } from './CardStockPanel';
import { CardStockTakePanel } from './CardStockTakePanel';

const TABS: readonly { readonly key: string; readonly label: UiMessageKey; readonly actions: readonly ConsoleAction[] }[] = [
  { key: 'stock', label: 'cardsTabStock', actions: ['list'] },
  { key: 'cards', label: 'cardsTabCards', actions: ['list'] },
  { key: 'movements', label: 'cardsTabMovements', actions: ['movements'] },
  { key: 'stock-takes', label: 'cardsTabStockTakes', actions: ['stock-takes', 'stock-take'] },
  { key: 'loss-reports', label: 'cardsTabLossReports', actions: ['loss-reports'] },
  { key: 'disposals', label: 'cardsTabDisposals', actions: ['disposals'] },
  { key: 'overdue', label: 'cardsTabOverdue', actions: ['overdue'] },
];

/**
 * Resident cards (第10条の2, 第10条の3): the stock derived from the movements, each card with what may be
 * recorded for it (movement, loss or theft, disposal with the IC chip destroyed), the movements, stock-takes,
 * loss reports, disposals and overdue cards — each tab and form only for the roles the matrix allows.
 */
export function ResidentCardsPage() {
  const { t } = useConsoleLocale();
  const roles = useRoles();
  const tabs = TABS.filter((tab) => tab.actions.some((action) => canAccess(roles, 'resident-cards', action)));
  const [active, setActive] = useState(tabs[0]?.key ?? 'stock');

  const panel = (key: string) => {
    switch (key) {
      case 'stock':
        return <CardStockPanel />;
      case 'cards':
        return <CardListPanel />;
      case 'movements':
        return <CardMovementsPanel />;
      case 'stock-takes':
        return <CardStockTakePanel />;
      case 'loss-reports':
        return <CardLossReportsPanel />;
      case 'disposals':
        return <CardDisposalsPanel />;
      default:
        return <OverdueCardsPanel />;
    }
  };

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={2} className="page-title">
        {t('cardsPageHeading')}
      </Typography.Title>
      <Typography.Paragraph>{t('cardsPageIntro')}</Typography.Paragraph>
      <Tabs
        activeKey={active}
        onChange={setActive}
        destroyOnHidden
        items={tabs.map((tab) => ({ key: tab.key, label: t(tab.label), children: panel(tab.key) }))}
      />
    </Space>
  );
}
