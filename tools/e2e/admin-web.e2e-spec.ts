import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { localize } from '@juki/policies';
import { findCredential, launchChromium, REPO_ROOT, startConsole, type DemoCredential, type RunningConsole } from './console-harness';

/**
 * The admin console in a real browser against the real API process (built, one process, temp SQLite
 * with the demo data). Every request any page makes is recorded: none may leave the machine. axe-core
 * (from node_modules, evaluated in the page) checks the main pages; screenshots go to
 * dist/e2e-screenshots/ as test artifacts.
 */
const SCREENSHOTS = path.join(REPO_ROOT, 'dist', 'e2e-screenshots');
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SIGN_IN_FAILED = localize('OPERATORS.SIGN_IN_FAILED').ja;

let running: RunningConsole;
let browser: Browser;
const requests: string[] = [];
const cspViolations: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  running = await startConsole();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await running?.stop();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 1280, height: 900 } });
  context.on('request', (request) => requests.push(request.url()));
  // Every CSP violation the page meets, with where it came from (the policy is the server's header).
  await context.exposeBinding('reportCspViolation', (_source, text: string) => void cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`);
    });
  });
  const page = await context.newPage();
  return { context, page };
}

function account(predicate: (c: DemoCredential) => boolean, what: string): DemoCredential {
  return findCredential(running.credentials, predicate, what);
}

const systemOfficer = () => account((c) => c.description.includes('情報システム責任者') && !c.description.includes('サインイン不可'), 'the system officer');
const byCard = (card: string) => account((c) => c.cardNumber === card, card);

async function signIn(page: Page, credential: DemoCredential): Promise<void> {
  await page.goto(`${running.baseUrl}/sign-in`);
  await page.getByLabel('IDカード番号').fill(credential.cardNumber);
  await page.getByLabel('パスワード', { exact: true }).fill(credential.password);
  await page.getByRole('button', { name: 'サインイン' }).click();
}

async function expectNoSeriousAxeViolations(page: Page, name: string): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  expect({ page: name, serious: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') }).toEqual({ page: name, serious: [] });
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

describe('admin console (Chromium, production build, one process)', () => {
  it('serves the console and the API at one URL, with a same-origin CSP', async () => {
    const response = await fetch(`${running.baseUrl}/`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await response.text()).toContain('<div id="root">');
  });

  it('refuses a wrong password with the one generic message, and explains the lockout', async () => {
    const { context, page } = await newPage();
    await signIn(page, { ...systemOfficer(), password: 'definitely-not-the-password' });
    await expect(page.getByRole('alert').textContent()).resolves.toContain(SIGN_IN_FAILED);
    await expect(page.getByText('連続して失敗', { exact: false }).count()).resolves.toBe(0);
    await expect(page.locator('.sign-in__lockout').textContent()).resolves.toMatch(/\d+回続けて失敗するとアカウントはロック/);
    await expectNoSeriousAxeViolations(page, 'sign-in (error)');
    await screenshot(page, 'sign-in-error');
    // A locked account gets the very same answer, even with its correct password.
    await signIn(page, byCard('CHB-400033'));
    await expect(page.getByRole('alert').textContent()).resolves.toContain(SIGN_IN_FAILED);
    await expect(page.url()).toMatch(/\/sign-in$/);
    await context.close();
  });

  it('signs the system officer in to the dashboard with real data, the audit trail with chain verification, and API clients', async () => {
    const { context, page } = await newPage();
    await signIn(page, systemOfficer());
    await page.getByTestId('my-account').waitFor();
    await expect(page.getByTestId('signed-in-person').textContent()).resolves.toContain('（');
    await page.getByTestId('operator-cards').locator('tbody tr.ant-table-row').first().waitFor();
    await expect(page.getByTestId('lost-cards').textContent()).resolves.toMatch(/紛失 \d+枚・盗難 \d+枚/);
    await page.getByTestId('logon-events').locator('tbody tr.ant-table-row').first().waitFor();
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual(['ホーム', '操作履歴', 'API連携クライアント', '遵守状況の確認', '住基カード', '暗証番号', '出力帳票', '帳票の在庫・廃棄期限', '取扱者', '取扱上の留意事項', '規則一覧']);
    await expectNoSeriousAxeViolations(page, 'dashboard');
    await screenshot(page, 'dashboard-system-officer');

    await nav.getByRole('link', { name: '操作履歴' }).click();
    await page.getByTestId('audit-events').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByRole('button', { name: '連鎖を検証する' }).click();
    await page.getByText('連鎖は正常です', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(page, 'audit events');
    await screenshot(page, 'audit-events');

    await nav.getByRole('link', { name: 'API連携クライアント' }).click();
    await page.getByTestId('api-clients').locator('tbody tr.ant-table-row').first().waitFor();
    await expectNoSeriousAxeViolations(page, 'api clients');
    await page.getByLabel('名称').fill('e2e 検証用クライアント');
    await page.getByLabel('所属').click();
    await page.locator('.ant-select-item-option').first().click();
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'クライアントを作成' }).click();
    const token = (await page.getByTestId('api-client-token').locator('code').textContent()) ?? '';
    expect(token).toMatch(/^jsa_[A-Za-z0-9_-]{20,}$/);
    await screenshot(page, 'api-client-token-once');
    await page.getByRole('button', { name: '設定しました（閉じる）' }).click();
    await expect(page.getByTestId('api-client-token').count()).resolves.toBe(0);
    await expect(page.content()).resolves.not.toContain(token);
    await page.getByText('e2e 検証用クライアント').waitFor();
    await screenshot(page, 'api-clients');

    // English switch: labels from the catalogue.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'API clients' }).waitFor();
    await page.getByRole('button', { name: '日本語' }).click();
    await context.close();
  });

  it('shows a handler no audit trail: not in the navigation, and not there by its address', async () => {
    const { context, page } = await newPage();
    await signIn(page, byCard('CHB-400011'));
    await page.getByTestId('my-account').waitFor();
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual(['ホーム', '住基カード', '暗証番号', '出力帳票', '帳票の在庫・廃棄期限', '取扱者', '取扱上の留意事項', '規則一覧']);
    await expect(page.getByTestId('lost-cards').count()).resolves.toBe(1);
    await screenshot(page, 'dashboard-handler');
    await page.goto(`${running.baseUrl}/audit-events`);
    await page.getByRole('heading', { name: 'ページが見つかりません' }).waitFor();
    await expect(page.getByTestId('audit-events').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '連鎖を検証する' }).count()).resolves.toBe(0);
    await page.goto(`${running.baseUrl}/api-clients`);
    await page.getByRole('heading', { name: 'ページが見つかりません' }).waitFor();
    await context.close();
  });

  it('forces an expired password to be changed, with the live strength meter of 第21条第2項', async () => {
    const { context, page } = await newPage();
    const expired = byCard('CHB-400044');
    await signIn(page, expired);
    await page.waitForURL(/\/change-password$/);
    await page.getByText('パスワードの有効期限が切れているか', { exact: false }).waitFor();
    await page.getByLabel('現在のパスワード').fill(expired.password);
    await page.getByLabel('新しいパスワード', { exact: true }).fill('password1');
    await page.getByTestId('password-score').waitFor();
    await expect(page.getByTestId('password-meter').locator('li').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: '変更する' }).isDisabled()).resolves.toBe(true);
    await expectNoSeriousAxeViolations(page, 'change password');
    await screenshot(page, 'change-password-weak');
    const strong = 'Kujaku-no-haneni 7 tsuyoi amagumo!';
    await page.getByLabel('新しいパスワード', { exact: true }).fill(strong);
    await page.getByText('この規則を満たしています。').waitFor();
    await page.getByLabel('新しいパスワード（確認）').fill(strong);
    await screenshot(page, 'change-password-strong');
    await page.getByRole('button', { name: '変更する' }).click();
    await page.getByTestId('my-account').waitFor();
    await context.close();
  });

  it('signs out, and sends an expired session back to sign-in with a message', async () => {
    const { context, page } = await newPage();
    await signIn(page, systemOfficer());
    await page.getByTestId('my-account').waitFor();
    await page.getByRole('button', { name: 'サインアウト' }).click();
    await page.getByText('サインアウトしました。').waitFor();
    await page.goto(`${running.baseUrl}/`);
    await page.waitForURL(/\/sign-in/);

    await signIn(page, systemOfficer());
    await page.getByTestId('my-account').waitFor();
    await context.clearCookies(); // the session is gone (timeout, lost card, signed out elsewhere)
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '操作履歴' }).click();
    await page.getByText('セッションの有効期限が切れたか', { exact: false }).waitFor();
    expect(page.url()).toMatch(/\/sign-in\?notice=expired$/);
    await screenshot(page, 'sign-in-expired');
    await context.close();
  });

  it('made no request that left the machine, and broke no Content-Security-Policy rule', () => {
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.filter((url) => !url.startsWith(`${running.baseUrl}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
