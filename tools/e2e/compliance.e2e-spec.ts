import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { localize } from '@juki/policies';
import { findCredential, launchChromium, REPO_ROOT, startConsole, type DemoCredential, type RunningConsole } from './console-harness';

/**
 * The compliance review page (第6条第3項第2号) in Chromium against the real API process and the demo
 * data: the city-wide report in green, red and grey, the drill-down to offending records, the as-of date,
 * the Excel-ready CSV, the printable A4 layout (a PDF and a print-media screenshot as artifacts), a
 * section's security officer seeing only their section's offenders, and a handler without the page.
 */
const ARTIFACTS = path.join(REPO_ROOT, 'dist', 'e2e-screenshots');
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PRINT_TITLE = '住基ネット セキュリティ対策 遵守状況確認（第6条第3項第2号）';
// Row colours of compliance.css: red, green, grey (rendered, not just classes).
const RED = 'rgb(179, 38, 30)';
const GREEN = 'rgb(35, 120, 4)';
const GREY = 'rgb(140, 140, 140)';

let running: RunningConsole;
let browser: Browser;
const requests: string[] = [];
const cspViolations: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
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
const systemOfficer = () => account((c) => c.description.includes('情報システム責任者') && !c.description.includes('サインイン不可'), 'the system officer');
const byCard = (card: string) => account((c) => c.cardNumber === card, card);

async function signIn(page: Page, credential: DemoCredential): Promise<void> {
  await page.goto(`${running.baseUrl}/sign-in`);
  await page.getByLabel('IDカード番号').fill(credential.cardNumber);
  await page.getByLabel('パスワード', { exact: true }).fill(credential.password);
  await page.getByRole('button', { name: 'サインイン' }).click();
  await page.getByTestId('my-account').waitFor();
}

async function expectNoSeriousAxeViolations(page: Page, name: string): Promise<void> {
  // Colours are judged once settled: a button's or a cell's colour fading after a click is not the page's contrast.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  expect({ page: name, serious: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') }).toEqual({ page: name, serious: [] });
}

async function openCompliance(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '遵守状況の確認' }).click();
  await page.getByTestId('compliance-summary').waitFor();
}

const row = (page: Page, checkId: string): Locator => page.locator(`tr[data-check-id="${checkId}"]`);

/** The colour of a check's row marker once settled (antd fades a cell's border colour when a status changes). */
async function rowColour(page: Page, checkId: string): Promise<string> {
  const cell = row(page, checkId).locator('td').first();
  const read = () => cell.evaluate((td) => getComputedStyle(td).borderInlineStartColor);
  let colour = await read();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(50);
    const next = await read();
    if (next === colour) return colour;
    colour = next;
  }
  return colour;
}

async function offendersOf(page: Page, checkId: string): Promise<string> {
  await row(page, checkId).getByRole('button', { name: '該当する記録を表示' }).click();
  const panel = page.getByTestId('compliance-offenders');
  await panel.locator('tbody tr.ant-table-row').first().waitFor();
  return (await panel.textContent()) ?? '';
}

describe('compliance review page (Chromium, production build, demo data)', () => {
  it('shows the system officer the city’s violations in red and compliant checks in green, by chapter, with a drill-down', async () => {
    const { context, page } = await newPage();
    await signIn(page, systemOfficer());
    await openCompliance(page);
    await expect(page.getByTestId('compliance-chapter').locator('h3').allTextContents()).resolves.toEqual([
      '第3章 本人確認情報等の管理',
      '第4章 住民基本台帳カードの管理',
      '第5章 システムの管理',
    ]);
    // The demo data's violations: cards awaiting disposal too long, an unreconciled stock-take, handlers who
    // have not acknowledged the precautions, an output kept past its period, an expired password.
    for (const checkId of ['art10-3.disposalNotOverdue', 'art10-2.stockTakeMatches', 'art9.handlersAcknowledged', 'art10.formsDisposedInTime', 'art21.passwordNotExpired']) {
      await expect(row(page, checkId).getAttribute('data-status')).resolves.toBe('VIOLATION');
      await expect(row(page, checkId).locator('.ant-tag-red').textContent()).resolves.toBe('違反');
      await expect(rowColour(page, checkId)).resolves.toBe(RED);
      expect(Number(await row(page, checkId).locator('.compliance__count').textContent())).toBeGreaterThan(0);
    }
    for (const checkId of ['art8.designatedByOwnOfficer', 'art19.auditChainIntact', 'art10-3.disposalComplete']) {
      await expect(row(page, checkId).getAttribute('data-status')).resolves.toBe('COMPLIANT');
      await expect(row(page, checkId).locator('.ant-tag-green').textContent()).resolves.toBe('適合');
      await expect(rowColour(page, checkId)).resolves.toBe(GREEN);
    }
    await expect(row(page, 'art10-3.disposalNotOverdue').textContent()).resolves.toContain('第10条の3第1号');

    const offenders = await offendersOf(page, 'art10-3.disposalNotOverdue');
    expect(offenders).toContain('HANA-X-0001');
    expect(offenders).toContain('CHUO-O-0001');
    expect(offenders).toContain('1〜2件目（全2件）');
    // The pointer stays on the clicked button: its hover colours are judged too.
    await row(page, 'art10-3.disposalNotOverdue').getByRole('button', { name: '記録を閉じる' }).hover();
    await expectNoSeriousAxeViolations(page, 'compliance (system officer, drill-down)');
    await page.screenshot({ path: path.join(ARTIFACTS, 'compliance-system-officer.png'), fullPage: true });
    await context.close();
  });

  it('evaluates as of a past date under the profile then in force: chapter 4 was not in force in 2003 (grey, with the reason)', async () => {
    const { context, page } = await newPage();
    await signIn(page, systemOfficer());
    await openCompliance(page);
    await page.getByLabel('評価日', { exact: true }).fill('2003-01-01');
    await page.getByTestId('compliance-summary').getByText('評価日：2003年1月1日').waitFor();
    const stockTake = row(page, 'art10-2.stockTakeMatches');
    await expect(stockTake.getAttribute('data-status')).resolves.toBe('NOT_EVALUABLE');
    await expect(stockTake.textContent()).resolves.toContain('評価不能');
    await expect(stockTake.textContent()).resolves.toContain('施行されていない');
    await expect(rowColour(page, 'art10-2.stockTakeMatches')).resolves.toBe(GREY);
    await expectNoSeriousAxeViolations(page, 'compliance (2003)');
    await context.close();
  });

  it('downloads the Excel-ready CSV with its byte order mark, and prints an A4 report (PDF and print-media screenshot)', async () => {
    const { context, page } = await newPage();
    await signIn(page, systemOfficer());
    await openCompliance(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVをダウンロード（Excel用）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^compliance-.*\.csv$/);
    const csvPath = path.join(ARTIFACTS, 'compliance-report.csv');
    await download.saveAs(csvPath);
    const bytes = fs.readFileSync(csvPath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('\r\n');
    expect(csv).toContain('第10条の3第1号');
    expect(csv).toContain('違反');

    // The era option applies to the printed dates too.
    await page.locator('.era-switch button[role="switch"]').click();
    await page.getByTestId('compliance-summary').getByText(/評価日：令和\d+年/).waitFor();

    await page.emulateMedia({ media: 'print' });
    const header = page.getByTestId('compliance-print-header');
    await expect(header.isVisible()).resolves.toBe(true);
    await expect(header.textContent()).resolves.toContain(PRINT_TITLE);
    await expect(header.textContent()).resolves.toMatch(/評価日：令和\d+年\d+月\d+日/);
    await expect(header.textContent()).resolves.toContain('出力者：鎌取 正樹（区政課長）');
    // No navigation, no buttons, no date field on paper.
    await expect(page.getByRole('navigation', { name: 'メインメニュー' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: '印刷する' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'サインアウト' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.compliance__print-offenders').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'compliance-print.png'), fullPage: true });

    const pdf = await page.pdf({ format: 'A4', printBackground: true, path: path.join(ARTIFACTS, 'compliance-report.pdf') });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A4 portrait: 210 × 297 mm ≈ 595 × 842 points (Chromium writes 595.92 × 842.88).
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[56](\.\d+)? 84[23](\.\d+)?\]/);
    await page.emulateMedia({ media: 'screen' });
    await context.close();
  });

  it('shows a section’s security officer only their section’s offenders, and city-wide checks as not evaluable', async () => {
    const { context, page } = await newPage();
    await signIn(page, byCard('CHB-200011')); // 中央区市民総合窓口課長
    await openCompliance(page);
    await expect(row(page, 'art10-3.disposalNotOverdue').locator('.compliance__count').textContent()).resolves.toBe('1');
    const offenders = await offendersOf(page, 'art10-3.disposalNotOverdue');
    expect(offenders).toContain('CHUO-O-0001');
    expect(offenders).not.toContain('HANA-X-0001');
    const chain = row(page, 'art19.auditChainIntact');
    await expect(chain.getAttribute('data-status')).resolves.toBe('NOT_EVALUABLE');
    await expect(chain.textContent()).resolves.toContain(localize('COMPLIANCE.CITY_WIDE_ONLY', { article: '第19条第1項' }).ja);
    await expect(rowColour(page, 'art19.auditChainIntact')).resolves.toBe(GREY);
    await expectNoSeriousAxeViolations(page, 'compliance (section security officer)');
    // In English: the same page, labels and the API's texts in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Compliance review' }).waitFor();
    await expect(chain.locator('.compliance-status').textContent()).resolves.toBe('Not evaluable');
    await expect(chain.textContent()).resolves.toContain(localize('COMPLIANCE.CITY_WIDE_ONLY', { article: '第19条第1項' }).en);
    await page.getByRole('heading', { name: 'Chapter 4: Management of Basic Resident Register cards' }).waitFor();
    await page.getByRole('button', { name: '日本語' }).click();
    await page.screenshot({ path: path.join(ARTIFACTS, 'compliance-section-officer.png'), fullPage: true });
    await context.close();
  });

  it('has no compliance page for a handler: not in the navigation, and not there by its address', async () => {
    const { context, page } = await newPage();
    await signIn(page, byCard('CHB-400011'));
    await expect(page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link').allTextContents()).resolves.not.toContain('遵守状況の確認');
    await page.goto(`${running.baseUrl}/compliance`);
    await page.getByRole('heading', { name: 'ページが見つかりません' }).waitFor();
    await expect(page.getByTestId('compliance-page').count()).resolves.toBe(0);
    await context.close();
  });

  it('made no request that left the machine, and broke no Content-Security-Policy rule', () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((url) => !url.startsWith(`${running.baseUrl}/`) && !url.startsWith('data:') && !url.startsWith(`blob:${running.baseUrl}/`))).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
