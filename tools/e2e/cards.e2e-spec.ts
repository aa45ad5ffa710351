import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findCredential, launchChromium, REPO_ROOT, startConsole, type DemoCredential, type RunningConsole } from './console-harness';

/**
 * Resident cards (第10条の2, 第10条の3), the PIN (第10条の4) and the system officer's notifications
 * (第10条の2第2項) in the console, end to end: Debian's Chromium against the production process on a
 * throw-away SQLite database with the demo data. No request may leave the machine, no CSP rule may be
 * broken, axe finds no serious violation; screenshots go to dist/e2e-screenshots/.
 */
const SCREENSHOTS = path.join(REPO_ROOT, 'dist', 'e2e-screenshots');
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** A PIN no other text on these pages contains, to search the requests' addresses for it. */
const WEAK_PIN = '0315';
const BIRTH_DATE = '1990-03-15';

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
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  context.on('request', (request) => requests.push(request.url()));
  await context.exposeBinding('reportCspViolation', (_source, text: string) => void cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`);
    });
  });
  const page = await context.newPage();
  // The machine is shared with builds and other test runs: allow a slow moment without failing.
  page.setDefaultTimeout(60_000);
  return { context, page };
}

const account = (card: string): DemoCredential => findCredential(running.credentials, (c) => c.cardNumber === card, card);
const systemOfficer = () =>
  findCredential(running.credentials, (c) => c.description.includes('情報システム責任者') && !c.description.includes('サインイン不可'), 'the system officer');
/** 寒川 翔太, handler of 中央区市民総合窓口課 (chuo-madoguchi), and 亥鼻 浩二, its security officer. */
const CHUO_HANDLER = 'CHB-400011';
const CHUO_SECURITY_OFFICER = 'CHB-200011';

async function signIn(page: Page, credential: DemoCredential): Promise<void> {
  await page.goto(`${running.baseUrl}/sign-in`);
  await page.getByLabel('IDカード番号').fill(credential.cardNumber);
  await page.getByLabel('パスワード', { exact: true }).fill(credential.password);
  await page.getByRole('button', { name: 'サインイン' }).click();
  await page.getByTestId('my-account').waitFor();
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

async function openCards(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '住基カード' }).click();
  await page.getByRole('heading', { name: '住民基本台帳カード' }).waitFor();
}

/** The cards tab, filtered to one state; returns the first row's card number. */
async function firstCardInState(page: Page, stateLabel: string): Promise<string> {
  await page.getByRole('tab', { name: 'カード一覧' }).click();
  const list = page.getByTestId('resident-cards');
  await list.locator('tbody tr.ant-table-row').first().waitFor();
  await list.getByLabel('状態で絞り込む').click();
  await page.locator('.ant-select-item-option').filter({ hasText: new RegExp(`^${stateLabel}$`) }).click();
  // Until its closing animation ends the dropdown (and its unnamed a11y listbox) is still shown: wait for it.
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'detached' });
  const row = list.locator('tbody tr.ant-table-row').filter({ hasText: stateLabel }).first();
  await row.waitFor();
  const serial = ((await row.locator('td').first().textContent()) ?? '').trim();
  expect(serial).not.toBe('');
  return serial;
}

describe('resident cards, PIN and notifications in the console (Chromium, production build)', () => {
  let lostSerial = '';

  it('lets a handler see the derived stock and report a card lost at once', async () => {
    const { context, page } = await newPage();
    await signIn(page, account(CHUO_HANDLER));
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual(expect.arrayContaining(['住基カード', '暗証番号']));
    await openCards(page);

    const stock = page.getByTestId('card-stock');
    await stock.locator('tbody tr.ant-table-row').first().waitFor();
    await expect(stock.textContent()).resolves.toContain('未印刷');
    // A handler reads the stock-takes but may not record one: the form is absent, not disabled.
    await page.getByRole('tab', { name: '棚卸し' }).click();
    await page.getByTestId('card-stock-takes').waitFor();
    await expect(page.getByTestId('stock-take-form').count()).resolves.toBe(0);
    await page.getByRole('tab', { name: '保管枚数' }).click();
    await expectNoSeriousAxeViolations(page, 'resident cards: stock');
    await screenshot(page, 'resident-cards-stock');

    lostSerial = await firstCardInState(page, '未印刷');
    await page.getByRole('button', { name: `${lostSerial} を記録する` }).click();
    const panel = page.getByTestId('card-actions');
    await panel.waitFor();
    await expect(panel.getByTestId('card-disposal-form').count()).resolves.toBe(0);
    await expectNoSeriousAxeViolations(page, 'resident cards: card actions');
    await screenshot(page, 'resident-cards-card-actions');

    const loss = panel.getByTestId('card-loss-form');
    await loss.getByLabel('発見日時').fill('2026-01-05T09:30');
    await loss.getByLabel('状況').fill('窓口の施錠保管庫を点検したところ、1枚が見当たらない。');
    await loss.getByRole('button', { name: '報告する' }).click();
    await panel.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: '紛失・盗難の報告' }).click();
    await page.getByTestId('card-loss-reports').getByText(lostSerial).waitFor();
    await screenshot(page, 'resident-cards-loss-reports');
    await context.close();
  });

  it('shows the loss to the system officer on the dashboard, with the unread count, until marked read', async () => {
    const { context, page } = await newPage();
    await signIn(page, systemOfficer());
    const notifications = page.getByTestId('notifications');
    const row = notifications.locator('tbody tr.ant-table-row').filter({ hasText: lostSerial });
    await row.waitFor();
    await row.getByText('カードの紛失', { exact: true }).waitFor();
    const unread = page.getByTestId('unread-notifications');
    const count = async () => Number(/未読の通知 (\d+)件/.exec((await unread.textContent()) ?? '')?.[1] ?? NaN);
    const before = await count();
    expect(before).toBeGreaterThanOrEqual(1);
    await expectNoSeriousAxeViolations(page, 'dashboard with notifications');
    await screenshot(page, 'dashboard-notifications');

    await row.getByRole('button', { name: '既読にする' }).click();
    await row.waitFor({ state: 'detached' });
    // The header's count follows at once (the same refresh as the list), not only at the next poll.
    await unread.filter({ hasText: `未読の通知 ${before - 1}件` }).waitFor();
    await context.close();
  });

  it('lets the security officer dispose of a card only with the IC chip destroyed, and shows the API refusal when that is bypassed', async () => {
    const { context, page } = await newPage();
    await signIn(page, account(CHUO_SECURITY_OFFICER));
    await openCards(page);

    const serial = await firstCardInState(page, '廃棄待ち');
    await page.getByRole('button', { name: `${serial} を記録する` }).click();
    const form = page.getByTestId('card-disposal-form');
    await form.waitFor();
    await form.getByRole('radio', { name: '裁断' }).check();
    await form.getByLabel('廃棄した職員').fill('亥鼻 浩二');
    await form.getByLabel('立会者').fill('寒川 翔太');
    const submit = form.getByTestId('dispose-card');
    await expect(submit.isDisabled()).resolves.toBe(true);
    await expect(form.getByTestId('ic-chip-required').textContent()).resolves.toContain('ICチップを物理的に破壊しなければ廃棄できません');
    await expectNoSeriousAxeViolations(page, 'resident cards: disposal form');
    await screenshot(page, 'resident-cards-disposal-refused-in-form');

    // Bypass the console (an enabled button, the form submitted anyway): the API refuses, and says why.
    await submit.evaluate((button) => {
      button.removeAttribute('disabled');
      (button as HTMLButtonElement).form?.requestSubmit();
    });
    const refusal = form.getByRole('alert');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('ICチップが物理的に破壊されていません');
    await screenshot(page, 'resident-cards-disposal-refused-by-api');

    await form.getByRole('checkbox', { name: 'ICチップを物理的に破壊した' }).check();
    await expect(submit.isDisabled()).resolves.toBe(false);
    await submit.click();
    await page.getByTestId('card-actions').waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '廃棄の記録' }).click();
    const disposals = page.getByTestId('card-disposals');
    await disposals.getByText(serial).waitFor();
    await screenshot(page, 'resident-cards-disposals');

    // The CSV as the API made it: UTF-8 with its BOM.
    const [download] = await Promise.all([page.waitForEvent('download'), disposals.getByTestId('card-disposals-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = fs.readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain(serial);

    await page.getByRole('tab', { name: '棚卸し' }).click();
    await page.getByTestId('stock-take-form').waitFor();
    await page.getByTestId('card-stock-takes').locator('tbody tr.ant-table-row').first().waitFor();
    await expectNoSeriousAxeViolations(page, 'resident cards: stock-take');
    await screenshot(page, 'resident-cards-stock-take');

    // Counted against derived: a count below the movements' number is recorded and named, not refused.
    const stockTake = page.getByTestId('stock-take-form');
    await stockTake.getByLabel('保管場所').click();
    await page.locator('.ant-select-item-option').first().click();
    await stockTake.getByText(/受払からの集計：\d+枚/).first().waitFor();
    for (const state of ['未印刷', '券面印刷済み', '廃棄待ち']) await stockTake.getByLabel(`実査枚数（${state}）`).fill('0');
    await stockTake.getByText(/差異 −\d+/).first().waitFor();
    await stockTake.getByRole('button', { name: '棚卸しを記録する' }).click();
    const result = stockTake.getByTestId('stock-take-result');
    await result.waitFor();
    await expect(result.textContent()).resolves.toMatch(/差異を記録し、情報システム責任者に通知しました。.*実査 0枚／集計 \d+枚（差異 −\d+）/);
    await screenshot(page, 'resident-cards-stock-take-difference');
    await context.close();
  });

  it('checks a PIN without keeping it: the reasons for a weak PIN, an emptied field, nothing in any address', async () => {
    const { context, page } = await newPage();
    await signIn(page, account(CHUO_HANDLER));
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '暗証番号' }).click();
    const check = page.getByTestId('pin-check');
    await check.waitFor();
    const pin = check.getByLabel('暗証番号（4桁）');
    await expect(pin.getAttribute('type')).resolves.toBe('password');
    await expect(pin.getAttribute('autocomplete')).resolves.toBe('off');
    await pin.fill(WEAK_PIN);
    await check.getByLabel('申請者の生年月日').fill(BIRTH_DATE);
    await check.getByRole('button', { name: '確認する' }).click();
    const result = check.getByTestId('pin-result');
    await result.waitFor();
    await expect(result.textContent()).resolves.toContain('この暗証番号は使用できません');
    await expect(result.locator('li').count()).resolves.toBeGreaterThan(0);
    await expect(result.textContent()).resolves.toContain('第10条の4');
    await expect(pin.inputValue()).resolves.toBe('');
    expect(page.url()).not.toContain(WEAK_PIN);
    await expect(page.content()).resolves.not.toContain(WEAK_PIN);
    await expectNoSeriousAxeViolations(page, 'PIN check');
    await screenshot(page, 'pin-check-weak');

    await pin.fill('7392');
    await check.getByRole('button', { name: '確認する' }).click();
    await check.getByText('この暗証番号は使用できます。').waitFor();

    // Guidance (第10条の4第2号・第3号): both acknowledgements or no record.
    const guidance = page.getByTestId('pin-guidance-form');
    await guidance.getByLabel('カード番号').fill('CHUO-E2E-0001');
    const record = guidance.getByRole('button', { name: '記録する' });
    await guidance.getByRole('checkbox', { name: /申請者本人が暗証番号を入力した/ }).check();
    await expect(record.isDisabled()).resolves.toBe(true);
    await guidance.getByRole('checkbox', { name: /申請者本人がカードを抜き差しした/ }).check();
    await record.click();
    await guidance.getByText('カード CHUO-E2E-0001 の周知を記録しました。').waitFor();
    await page.getByTestId('pin-guidance-records').getByText('CHUO-E2E-0001').waitFor();
    await screenshot(page, 'pin-guidance');
    await context.close();
  });

  it('made no request that left the machine or carried the PIN in its address, and broke no CSP rule', () => {
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.filter((url) => !url.startsWith(`${running.baseUrl}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(requests.filter((url) => url.includes(WEAK_PIN))).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
