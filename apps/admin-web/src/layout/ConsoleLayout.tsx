import type { ReactNode } from 'react';
import { useLogout } from '@refinedev/core';
import { Link, Navigate, useLocation } from 'react-router';
import { Button, Layout, Menu, Switch, Typography } from 'antd';
import type { Role } from '@juki/policies';
import { canAccess, type ConsoleResource } from '../access/console-access';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useConsoleLocale } from '../i18n/console-locale';
import { UnreadNotificationCount } from '../notifications/UnreadNotificationCount';
import { useSession } from '../session/session-context';
import type { UiMessageKey } from '../i18n/ui-messages';
import { CHANGE_PASSWORD_PATH } from '../session/auth.provider';

/** The console's pages in menu order; each appears only for roles that may use it (console-access.ts). */
export const NAVIGATION: readonly { readonly resource: ConsoleResource; readonly path: string; readonly label: UiMessageKey }[] = [
  { resource: 'dashboard', path: '/', label: 'navDashboard' },
  { resource: 'audit-events', path: '/audit-events', label: 'navAuditEvents' },
  { resource: 'api-clients', path: '/api-clients', label: 'navApiClients' },
  { resource: 'compliance', path: '/compliance', label: 'navCompliance' },
  { resource: 'resident-cards', path: '/resident-cards', label: 'navResidentCards' },
  { resource: 'pin-check', path: '/pin', label: 'navPin' },
  { resource: 'printed-forms', path: '/forms', label: 'navForms' },
  { resource: 'form-inventory', path: '/form-inventory', label: 'navFormInventory' },
  { resource: 'handlers', path: '/handlers', label: 'navHandlers' },
  { resource: 'handling-precautions', path: '/precautions', label: 'navPrecautions' },
  { resource: 'rules', path: '/rules', label: 'navRules' },
];

export function navigationFor(roles: readonly Role[]) {
  return NAVIGATION.filter((item) => canAccess(roles, item.resource, 'list'));
}

/** Header (product, person, language, era, sign-out), role-aware side menu, main content with a skip link. */
export function ConsoleLayout({ roles, children }: { readonly roles: readonly Role[]; readonly children: ReactNode }) {
  const { t, era, setEra, locale, setLocale } = useConsoleLocale();
  const identity = useSession();
  const { mutate: logout } = useLogout();
  const location = useLocation();

  if (identity?.passwordChangeRequired) return <Navigate to={CHANGE_PASSWORD_PATH} replace />;

  const items = navigationFor(roles);
  const selected = items.filter((item) => (item.path === '/' ? location.pathname === '/' : location.pathname.startsWith(item.path))).map((i) => i.path);

  return (
    <Layout className="console">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Layout.Header className="app-header">
        <h1 className="app-header__title">{t('productName')}</h1>
        <div className="app-header__tools">
          {identity ? (
            <Typography.Text className="app-header__person" data-testid="signed-in-person">
              {t('signedInAs', { name: identity.name, title: identity.title })}
            </Typography.Text>
          ) : null}
          {canAccess(roles, 'notifications', 'list') ? <UnreadNotificationCount /> : null}
          <label className="era-switch">
            <Switch size="small" checked={era} onChange={setEra} />
            <span>{t('eraSwitch')}</span>
          </label>
          <LanguageSwitch locale={locale} onLocaleChange={setLocale} />
          <Button onClick={() => logout()} className="app-header__sign-out">
            {t('signOut')}
          </Button>
        </div>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={220} theme="light" className="console__sider">
          <nav aria-label={t('mainNavigation')}>
            <Menu
              mode="inline"
              selectedKeys={selected}
              items={items.map((item) => ({ key: item.path, label: <Link to={item.path}>{t(item.label)}</Link> }))}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content>
          <main id="main" className="app-main" tabIndex={-1}>
            {children}
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
