import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Authenticated, CanAccess, Refine } from '@refinedev/core';
import routerProvider from '@refinedev/react-router';
import { BrowserRouter, MemoryRouter, Navigate, Outlet, Route, Routes } from 'react-router';
import { StyleProvider } from '@ant-design/cssinjs';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import jaJP from 'antd/locale/ja_JP';
import type { Locale } from '@juki/policies';
import { matrixAccessControl } from '../access/access-control.provider';
import { fetchTransport, type GraphqlTransport } from '../graphql/graphql-client';
import { graphqlDataProvider } from '../graphql/graphql.data-provider';
import { catalogueI18nProvider, ConsoleLocaleProvider, useConsoleLocale } from '../i18n/console-locale';
import { DEFAULT_LOCALE, uiText } from '../i18n/ui-messages';
import { CHANGE_PASSWORD_PATH, cookieSessionAuthProvider, SIGN_IN_PATH } from '../session/auth.provider';
import { SessionStoreProvider, useRoles } from '../session/session-context';
import { SessionStore } from '../session/session-store';
import { SignInPage } from '../session/SignInPage';
import { AppHeader } from './AppHeader';
import { NotFoundPage } from './NotFoundPage';

// Pages load on demand: the first load is the sign-in page and the shell (npm run bench:web measures it).
const ConsoleLayout = lazy(async () => ({ default: (await import('../layout/ConsoleLayout')).ConsoleLayout }));
const DashboardPage = lazy(async () => ({ default: (await import('../dashboard/DashboardPage')).DashboardPage }));
const AuditEventsPage = lazy(async () => ({ default: (await import('../audit/AuditEventsPage')).AuditEventsPage }));
const ApiClientsPage = lazy(async () => ({ default: (await import('../api-clients/ApiClientsPage')).ApiClientsPage }));
const CompliancePage = lazy(async () => ({ default: (await import('../compliance/CompliancePage')).CompliancePage }));
const ResidentCardsPage = lazy(async () => ({ default: (await import('../cards/ResidentCardsPage')).ResidentCardsPage }));
const PinPage = lazy(async () => ({ default: (await import('../pin/PinPage')).PinPage }));
const FormLedgerPage = lazy(async () => ({ default: (await import('../forms/FormLedgerPage')).FormLedgerPage }));
const FormDetailPage = lazy(async () => ({ default: (await import('../forms/FormDetailPage')).FormDetailPage }));
const FormInventoryPage = lazy(async () => ({ default: (await import('../forms/FormInventoryPage')).FormInventoryPage }));
const HandlersPage = lazy(async () => ({ default: (await import('../handlers/HandlersPage')).HandlersPage }));
const PrecautionsPage = lazy(async () => ({ default: (await import('../handlers/PrecautionsPage')).PrecautionsPage }));
const ChangePasswordPage = lazy(async () => ({ default: (await import('../session/ChangePasswordPage')).ChangePasswordPage }));
const RuleCatalogueView = lazy(async () => ({ default: (await import('../rules/RuleCatalogueView')).RuleCatalogueView }));

export interface AppProps {
  readonly initialLocale?: Locale;
  /** How requests reach the API: same-origin fetch in the browser; a fake in component tests. */
  readonly transport?: GraphqlTransport;
  /** Component tests route in memory from this path. */
  readonly initialPath?: string;
}

/**
 * Zero-runtime antd: every style, the design tokens' CSS variables included, comes from the bundled
 * antd.css, so the Content-Security-Policy needs no inline style. antd.css declares the default
 * tokens under the class `css-var-_R_0_`: the theme uses that key. antd still computes those variables
 * at run time; they go to a detached element, never into the document (the CSP would refuse them).
 */
const THEME = { zeroRuntime: true, hashed: false, cssVar: { key: 'css-var-_R_0_' } } as const;
const RUNTIME_STYLE_SINK = typeof document === 'undefined' ? undefined : document.createElement('div');

/**
 * The admin console: Refine (auth, access control from the permission matrix, i18n, data through the
 * generated GraphQL operations) with Ant Design components, Japanese by default, switchable to English.
 */
export function App({ initialLocale = DEFAULT_LOCALE, transport = fetchTransport, initialPath }: AppProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [era, setEra] = useState(false);
  const localeRef = useRef(locale);
  localeRef.current = locale;

  const store = useMemo(() => new SessionStore(), []);
  const providers = useMemo(
    () => ({
      auth: cookieSessionAuthProvider(transport, store),
      data: graphqlDataProvider(transport),
      access: matrixAccessControl(() => store.roles()),
      i18n: catalogueI18nProvider(() => localeRef.current, setLocale),
    }),
    [transport, store],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = uiText(locale, 'productName');
  }, [locale]);

  const Router = initialPath === undefined ? BrowserRouter : MemoryRouter;
  return (
    <Router {...(initialPath === undefined ? {} : { initialEntries: [initialPath] })}>
      <ConsoleLocaleProvider locale={locale} setLocale={setLocale} era={era} setEra={setEra}>
        <StyleProvider {...(RUNTIME_STYLE_SINK ? { container: RUNTIME_STYLE_SINK } : {})}>
        <ConfigProvider locale={locale === 'ja' ? jaJP : enUS} theme={THEME}>
          <AntdApp>
            <SessionStoreProvider store={store}>
              <Refine
                routerProvider={routerProvider}
                authProvider={providers.auth}
                dataProvider={providers.data}
                accessControlProvider={providers.access}
                i18nProvider={providers.i18n}
                options={{ disableTelemetry: true, syncWithLocation: false, warnWhenUnsavedChanges: false }}
              >
                <Suspense fallback={<Loading />}>
                  <ConsoleRoutes signedInCardNumber={() => store.signedInCardNumber()} />
                </Suspense>
              </Refine>
            </SessionStoreProvider>
          </AntdApp>
        </ConfigProvider>
        </StyleProvider>
      </ConsoleLocaleProvider>
    </Router>
  );
}

function ConsoleRoutes({ signedInCardNumber }: { readonly signedInCardNumber: () => string | undefined }) {
  return (
    <Routes>
      <Route
        element={
          <Authenticated key="console" fallback={<Navigate to={SIGN_IN_PATH} replace />} loading={<Loading />}>
            <SignedInLayout>
              <Outlet />
            </SignedInLayout>
          </Authenticated>
        }
      >
        <Route index element={<DashboardPage />} />
        <Route path="/audit-events" element={<Guard resource="audit-events" page={<AuditEventsPage />} />} />
        <Route path="/api-clients" element={<Guard resource="api-clients" page={<ApiClientsPage />} />} />
        <Route path="/compliance" element={<Guard resource="compliance" page={<CompliancePage />} />} />
        <Route path="/resident-cards" element={<Guard resource="resident-cards" page={<ResidentCardsPage />} />} />
        <Route path="/pin" element={<Guard resource="pin-check" page={<PinPage />} />} />
        <Route path="/forms" element={<Guard resource="printed-forms" page={<FormLedgerPage />} />} />
        <Route path="/forms/:id" element={<Guard resource="printed-forms" page={<FormDetailPage />} />} />
        <Route path="/form-inventory" element={<Guard resource="form-inventory" page={<FormInventoryPage />} />} />
        <Route path="/handlers" element={<Guard resource="handlers" page={<HandlersPage />} />} />
        <Route path="/precautions" element={<Guard resource="handling-precautions" page={<PrecautionsPage />} />} />
        <Route path="/rules" element={<RulesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route
        path={CHANGE_PASSWORD_PATH}
        element={
          <Authenticated key="change-password" fallback={<Navigate to={SIGN_IN_PATH} replace />} loading={<Loading />}>
            <PublicFrame>
              <ChangePasswordPage signedInCardNumber={signedInCardNumber} />
            </PublicFrame>
          </Authenticated>
        }
      />
      <Route
        path={SIGN_IN_PATH}
        element={
          <PublicFrame>
            <SignInPage />
          </PublicFrame>
        }
      />
    </Routes>
  );
}

function SignedInLayout({ children }: { readonly children: ReactNode }) {
  const roles = useRoles();
  return (
    <ConsoleLayout roles={roles}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </ConsoleLayout>
  );
}

/** A page the matrix denies to every role the person holds is not there: the same page as an unknown address. */
function Guard({ resource, page }: { readonly resource: string; readonly page: ReactNode }) {
  return (
    <CanAccess resource={resource} action="list" fallback={<NotFoundPage />}>
      {page}
    </CanAccess>
  );
}

function RulesPage() {
  const { locale } = useConsoleLocale();
  return <RuleCatalogueView locale={locale} />;
}

function Loading() {
  const { t } = useConsoleLocale();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

/** Sign-in and forced password change: the product header and the language switch, no navigation. */
function PublicFrame({ children }: { readonly children: ReactNode }) {
  const { t, locale, setLocale } = useConsoleLocale();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <AppHeader locale={locale} onLocaleChange={setLocale} />
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
