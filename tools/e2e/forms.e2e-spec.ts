import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { jstDate } from '@juki/policies';
import { seedPrintedForms } from '../bench/seed-printed-forms';
import { findCredential, launchChromium, REPO_ROOT, startConsole, type DemoCredential, type RunningConsole } from './console-harness';

/**
 * The printed-form ledger (第10条) and the handlers' screens (第8条, 第9条) in a real browser against the
 * real API process (built, one process, temp SQLite with the demo data): record → store → a disposal that
 * does not reconcile (refused, every mismatch named) → a disposal that does → its audit event; a handler
 * who cannot see another section's ledger; precautions published and acknowledged. axe-core checks each
 * page; screenshots go to dist/e2e-screenshots/.
 */
const SCREENSHOTS = path.join(REPO_ROOT, 'dist', 'e2e-screenshots');
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TODAY = jstDate(new Date());
const FORM_NAME = `e2e 本人確認情報照会結果一覧 ${Date.now()}`;

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
  return { context, page: await context.newPage() };
}

const account = (predicate: (c: DemoCredential) => boolean, what: string) => findCredential(running.credentials, predicate, what);
const byCard = (card: string) => account((c) => c.cardNumber === card, card);
const systemOfficer = () => account((c) => c.description.includes('情報システム責任者') && !c.description.includes('サインイン不可'), 'the system officer');
/** 中央区 市民総合窓口課: its security officer (第5条) and a designated handler (第8条). */
const CHUO_OFFICER = 'CHB-200011';
const CHUO_HANDLER = 'CHB-400011';

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

/** Picks an option of an antd Select by the visible text of the option. */
async function choose(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option }).first().click();
  // Closed again (its listbox leaves the accessibility tree) before anything else looks at the page.
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
}

/** The ledger once its request has settled (while fetching, the previous page may still show). */
async function ledgerSettled(page: Page): Promise<void> {
  await page.locator('[data-testid="printed-forms"][aria-busy="false"] tbody tr.ant-table-row').first().waitFor();
}

function ledgerRows(page: Page): Locator {
  return page.getByTestId('printed-forms').locator('tbody tr.ant-table-row');
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });

describe('printed forms and handlers (Chromium, production build)', () => {
  let otherSectionFormUrl = '';

  it('lets the system officer read the whole city’s ledger, filter it by section and download it as CSV with its BOM', async () => {
    const { context, page } = await newPage();
    await signIn(page, systemOfficer());
    await nav(page).getByRole('link', { name: '出力帳票' }).click();
    await ledgerRows(page).first().waitFor();
    const other = page.getByTestId('printed-forms').getByRole('link', { name: '本人確認情報一覧表', exact: true });
    otherSectionFormUrl = `${running.baseUrl}${(await other.first().getAttribute('href')) ?? ''}`;
    expect(otherSectionFormUrl).toMatch(/\/forms\/.+/);

    await choose(page, page.getByLabel('課', { exact: true }), '花見川区市民総合窓口課');
    await page.getByTestId('printed-forms').getByRole('link', { name: '本人確認情報一覧表', exact: true }).waitFor();
    await expect(page.getByTestId('printed-forms').getByText('本人確認情報の提供状況の開示').count()).resolves.toBe(0);
    await expectNoSeriousAxeViolations(page, 'forms ledger (city-wide)');
    await screenshot(page, 'forms-ledger-system-officer');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('forms-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = fs.readFileSync((await download.path()) ?? '');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('本人確認情報一覧表');
    await context.close();
  });

  it('records, stores and — after one refused disposal naming each mismatch — disposes of a form, and shows the audit event', async () => {
    const { context, page } = await newPage();
    await signIn(page, byCard(CHUO_OFFICER));
    // Today: who has not acknowledged, forms past their keeping period, overdue disposals.
    await page.getByTestId('handlers-not-acknowledged').waitFor();
    await page.getByTestId('forms-awaiting-disposal').waitFor();
    await page.getByTestId('forms-overdue-today').waitFor();
    await expectNoSeriousAxeViolations(page, 'dashboard (security officer)');
    await screenshot(page, 'dashboard-security-officer');

    await nav(page).getByRole('link', { name: '出力帳票' }).click();
    await ledgerRows(page).first().waitFor();
    // A security officer reads their own section only: no section filter, no other section's rows.
    await expect(page.getByLabel('課', { exact: true }).count()).resolves.toBe(0);
    await expect(page.getByTestId('printed-forms').getByRole('link', { name: '本人確認情報一覧表', exact: true }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: '出力を記録する…' }).click();
    const record = page.getByTestId('record-output');
    await record.getByLabel('帳票の名称').fill(FORM_NAME);
    await record.getByLabel('使用目的').fill('本人確認情報の照会結果の確認');
    await record.getByLabel('申請者').fill('中央区 市民総合窓口課 千葉 太郎');
    await record.getByLabel('数量').fill('3');
    await record.getByLabel('保管期限').fill(TODAY);
    await expectNoSeriousAxeViolations(page, 'record output');
    await screenshot(page, 'forms-record-output');
    await record.getByRole('button', { name: '出力を記録する' }).click();
    await page.getByText('出力を記録しました。').waitFor();
    await page.getByTestId('printed-forms').getByRole('link', { name: FORM_NAME }).click();

    await page.getByTestId('form-detail').waitFor();
    const store = page.getByTestId('store-forms');
    await choose(page, store.getByLabel('保管場所'), '市民総合窓口課 書庫A');
    await store.getByLabel('数量').fill('3');
    await store.getByRole('button', { name: '保管を記録する' }).click();
    await page.getByTestId('form-storages').getByText('市民総合窓口課 書庫A').waitFor();
    await expect(page.getByTestId('store-forms').count()).resolves.toBe(0); // nothing left to store

    // One copy moves to the safe (第10条第2項): two places hold copies now.
    const move = page.getByTestId('move-forms');
    await choose(page, move.getByLabel('移動元'), '市民総合窓口課 書庫A');
    await choose(page, move.getByLabel('移動先'), '市民総合窓口課 耐火金庫');
    await move.getByLabel('数量').fill('1');
    await move.getByRole('button', { name: '移動を記録する' }).click();
    await page.getByTestId('form-storages').getByText('市民総合窓口課 耐火金庫').waitFor();
    await expect(page.getByTestId('form-moves').locator('tbody tr.ant-table-row').count()).resolves.toBe(2);

    // Three copies from a place that holds two, by a performer who is also the witness: refused.
    const dispose = page.getByTestId('dispose-forms');
    await choose(page, dispose.getByLabel('保管場所'), '市民総合窓口課 書庫A');
    await dispose.getByLabel('数量').fill('3');
    await dispose.getByLabel('廃棄した者').fill('千葉 太郎');
    await dispose.getByLabel('立会人').fill('千葉 太郎');
    await dispose.getByRole('button', { name: '廃棄を記録する' }).click();
    const refusal = page.getByTestId('dispose-refusal');
    await refusal.waitFor();
    const mismatches = await refusal.getByTestId('refusal-details').locator('li').allTextContents();
    expect(mismatches.length).toBeGreaterThanOrEqual(2);
    expect(mismatches.join('\n')).toContain('保管数量（2）を超えています');
    expect(mismatches.join('\n')).toContain('立会者');
    await expectNoSeriousAxeViolations(page, 'dispose refused');
    await screenshot(page, 'forms-dispose-refused');
    await expect(page.getByTestId('form-disposals').locator('tbody tr.ant-table-row').count()).resolves.toBe(0);

    // Reconciled: two from 書庫A (partly disposed of), then the one in the safe (disposed of).
    await dispose.getByLabel('数量').fill('2');
    await dispose.getByLabel('立会人').fill('幕張 花子');
    await dispose.getByRole('button', { name: '廃棄を記録する' }).click();
    await page.getByTestId('form-disposals').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('form-detail').getByText('一部廃棄').waitFor();
    await choose(page, dispose.getByLabel('保管場所'), '市民総合窓口課 耐火金庫');
    await dispose.getByLabel('数量').fill('1');
    await dispose.getByLabel('廃棄した者').fill('千葉 太郎');
    await dispose.getByLabel('立会人').fill('幕張 花子');
    await dispose.getByRole('button', { name: '廃棄を記録する' }).click();
    await page.getByTestId('form-detail').getByText('廃棄済み').first().waitFor();
    // The detail re-reads its history after the mutation: wait for the second disposal row, then count.
    await page.getByTestId('form-disposals').locator('tbody tr.ant-table-row').nth(1).waitFor();
    await expect(page.getByTestId('form-disposals').locator('tbody tr.ant-table-row').count()).resolves.toBe(2);
    await expect(page.getByTestId('dispose-forms').count()).resolves.toBe(0);
    await expect(page.getByTestId('form-disposals').textContent()).resolves.toContain('裁断');
    await expectNoSeriousAxeViolations(page, 'form detail (disposed)');
    await screenshot(page, 'forms-detail-disposed');

    await nav(page).getByRole('link', { name: '帳票の在庫・廃棄期限' }).click();
    await page.getByTestId('forms-inventory').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('forms-overdue').waitFor();
    await expectNoSeriousAxeViolations(page, 'form inventory');
    await screenshot(page, 'forms-inventory');

    // The security officer reads the operation history of their own section: the disposal is there.
    await nav(page).getByRole('link', { name: '操作履歴' }).click();
    await page.getByTestId('audit-events').getByText('Mutation.disposeForms').first().waitFor();
    await screenshot(page, 'forms-audit-event');
    await context.close();
  });

  it('lets the security officer publish new precautions and shows the handler ledger, with its CSV', async () => {
    const { context, page } = await newPage();
    await signIn(page, byCard(CHUO_OFFICER));
    await nav(page).getByRole('link', { name: '取扱者' }).click();
    await page.getByTestId('handler-ledger').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('handler-ledger').getByText('寒川 翔太').waitFor();
    await page.getByTestId('designate-handler').waitFor();
    await expect(page.getByTestId('handler-ledger').getByRole('button', { name: '指名を解除する' }).count()).resolves.toBeGreaterThan(0);
    await expectNoSeriousAxeViolations(page, 'handlers');
    await screenshot(page, 'handlers-ledger');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('handlers-csv').click()]);
    expect([...fs.readFileSync((await download.path()) ?? '').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    await nav(page).getByRole('link', { name: '取扱上の留意事項' }).click();
    const publish = page.getByTestId('publish-precautions');
    await publish.waitFor();
    const printing = publish.getByLabel('帳票の印刷（第5号）');
    await printing.fill(`${await printing.inputValue()}（e2e）出力した帳票は当日中に書庫へ保管する。`);
    await publish.getByRole('button', { name: '新しい版を定める' }).click();
    await page.getByText('新しい版を定めました。').waitFor();
    await page.getByTestId('precautions').getByText('第3版').waitFor();
    await expectNoSeriousAxeViolations(page, 'precautions');
    await screenshot(page, 'handling-precautions');
    await context.close();
  });

  it('shows a handler their own section only, and lets them acknowledge the new precautions', async () => {
    const { context, page } = await newPage();
    await signIn(page, byCard(CHUO_HANDLER));
    const mine = page.getByTestId('my-acknowledgement');
    await mine.getByText('まだ確認していません', { exact: false }).waitFor();
    await expect(page.getByTestId('handlers-not-acknowledged').count()).resolves.toBe(0);
    await screenshot(page, 'dashboard-handler-precautions');
    await mine.getByRole('button', { name: '内容を確認しました' }).click();
    await mine.getByText('確認済みです', { exact: false }).waitFor();

    await nav(page).getByRole('link', { name: '出力帳票' }).click();
    await ledgerRows(page).first().waitFor();
    await page.getByTestId('printed-forms').getByRole('link', { name: FORM_NAME }).waitFor();
    await expect(page.getByTestId('printed-forms').getByRole('link', { name: '本人確認情報一覧表', exact: true }).count()).resolves.toBe(0);
    // A handler records and stores, but may not dispose of forms (第10条第3項: the security officer).
    await page.getByRole('button', { name: '出力を記録する…' }).waitFor();
    await screenshot(page, 'forms-ledger-handler');
    await page.goto(otherSectionFormUrl);
    await page.getByRole('heading', { name: 'ページが見つかりません' }).waitFor();
    await expect(page.getByTestId('form-detail').count()).resolves.toBe(0);
    await context.close();
  });

  it('pages the ledger on the server (keyset cursors) forwards and back, and sorts it', async () => {
    await seedPrintedForms({ baseUrl: running.baseUrl, recorder: byCard(CHUO_OFFICER), count: 120 });
    const { context, page } = await newPage();
    await signIn(page, byCard(CHUO_OFFICER));
    await nav(page).getByRole('link', { name: '出力帳票' }).click();
    const ledger = page.getByTestId('printed-forms');
    await ledger.getByRole('heading', { name: '1ページ目' }).waitFor();
    await ledgerSettled(page);
    await expect(ledgerRows(page).count()).resolves.toBe(50);
    const firstOfPage1 = await ledgerRows(page).first().locator('a').textContent();
    await ledger.getByRole('button', { name: '次のページ' }).click();
    await ledger.getByRole('heading', { name: '2ページ目' }).waitFor();
    await ledgerSettled(page);
    const firstOfPage2 = await ledgerRows(page).first().locator('a').textContent();
    expect(firstOfPage2).not.toBe(firstOfPage1);
    await ledger.getByRole('button', { name: '次のページ' }).click();
    await ledger.getByRole('heading', { name: '3ページ目' }).waitFor();
    await ledgerSettled(page);
    await expect(ledger.getByRole('button', { name: '次のページ' }).isDisabled()).resolves.toBe(true);
    await ledger.getByRole('button', { name: '前のページ' }).click();
    await ledger.getByRole('heading', { name: '2ページ目' }).waitFor();
    await ledgerSettled(page);
    await expect(ledgerRows(page).first().locator('a').textContent()).resolves.toBe(firstOfPage2);
    await ledger.getByRole('button', { name: '前のページ' }).click();
    await ledger.getByRole('heading', { name: '1ページ目' }).waitFor();
    await ledgerSettled(page);
    await expect(ledgerRows(page).first().locator('a').textContent()).resolves.toBe(firstOfPage1);
    // Oldest first: another first row; filtered to disposed records only: ours (the section's only one).
    await choose(page, page.getByLabel('順序'), '古い順');
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid="printed-forms"] tbody tr.ant-table-row a')?.textContent !== before,
      firstOfPage1,
    );
    // Several states may be chosen: the list stays open until closed with Escape.
    await page.getByLabel('状態').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '廃棄済み' }).click();
    await page.keyboard.press('Escape');
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
    await ledger.getByRole('link', { name: FORM_NAME }).waitFor();
    await ledgerSettled(page);
    await expect(ledger.locator('tbody .ant-tag').allTextContents()).resolves.toEqual(['廃棄済み']);
    await screenshot(page, 'forms-ledger-filtered');
    await context.close();
  });

  it('made no request that left the machine, and broke no Content-Security-Policy rule', () => {
    expect(requests.length).toBeGreaterThan(20);
    const sameOrigin = (url: string) => url.startsWith(`${running.baseUrl}/`) || url.startsWith(`blob:${running.baseUrl}/`) || url.startsWith('data:');
    expect(requests.filter((url) => !sameOrigin(url))).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
