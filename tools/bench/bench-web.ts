import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { findCredential, launchChromium, REPO_ROOT, startConsole } from '../e2e/console-harness';
import { seedPrintedForms } from './seed-printed-forms';

/**
 * `npm run bench:web` — a benchmark, not a test: prints figures, asserts nothing.
 * 1. The gzip size of the console's first-load JavaScript (the entry script and the chunks index.html
 *    preloads; pages and the password estimator's word lists load later). Goal ≤ 350 KB.
 * 2. The time Chromium takes to show the first page of a 10,000-row ledger: the printed-form ledger
 *    (第10条, /forms, newest first, a keyset page of 50), after seeding 10,000 output records into the
 *    benchmark's temp database through the API's own mutation (recordFormOutput: the domain use case with
 *    its audit event, no SQL). Measured as a full page load and as in-app navigation.
 */
const DIST = path.join(REPO_ROOT, 'dist', 'apps', 'admin-web');
const GOAL_KB = 350;
const RUNS = 7;
/** Output records seeded before measuring (the goal: a 10,000-row ledger). */
const LEDGER_ROWS = Number(process.env['BENCH_LEDGER_ROWS'] ?? 10_000);
/** 中央区 市民総合窓口課's security officer records them (第10条第1項: own section). */
const RECORDER_CARD = 'CHB-200011';

/** The lists the console shows today: where, and the table that shows them. */
const LISTS: Readonly<Record<string, { readonly path: string; readonly testId: string; readonly link: string; readonly label: string }>> = {
  operatorIdCards: { path: '/', testId: 'operator-cards', link: 'ホーム', label: 'operator ID cards (home, first page of 20)' },
  logonEvents: { path: '/', testId: 'logon-events', link: 'ホーム', label: 'logon history (home, latest 10)' },
  auditEvents: { path: '/audit-events', testId: 'audit-events', link: '操作履歴', label: 'operation history (/audit-events, first page of 50)' },
  apiClients: { path: '/api-clients', testId: 'api-clients', link: 'API連携クライアント', label: 'API clients (/api-clients, first page of 100)' },
  printedFormOutputs: { path: '/forms', testId: 'printed-forms', link: '出力帳票', label: 'printed-form ledger (/forms, newest first, first page of 50)' },
};

function build(): void {
  for (const [what, args] of [
    ['console', [path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/admin-web/vite.config.mts', '--logLevel', 'warn']],
    ['API', [path.join(REPO_ROOT, 'apps/api/esbuild.config.mjs')]],
  ] as const) {
    const run = spawnSync(process.execPath, [...args], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error(`the ${what} build failed`);
  }
}

function firstLoadJavaScript(): Array<{ file: string; bytes: number; gzip: number }> {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => m[1] as string);
  return files.map((file) => {
    const content = readFileSync(path.join(DIST, file));
    return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  build();
  const files = firstLoadJavaScript();
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  console.log('\nFirst-load JavaScript (index.html: entry + modulepreload), gzip -9:');
  for (const f of files) console.log(`  ${f.file.padEnd(48)} ${(f.bytes / 1024).toFixed(1).padStart(8)} KiB  gzip ${(f.gzip / 1024).toFixed(1).padStart(7)} KiB`);
  console.log(`  total gzip: ${(total / 1024).toFixed(1)} KiB (goal ≤ ${GOAL_KB} KB)\n`);

  const running = await startConsole();
  const browser = await launchChromium();
  try {
    const recorder = findCredential(running.credentials, (c) => c.cardNumber === RECORDER_CARD, 'the security officer of 中央区 市民総合窓口課');
    const seeding = await seedPrintedForms({ baseUrl: running.baseUrl, recorder, count: LEDGER_ROWS });
    console.log(`Seeded ${LEDGER_ROWS} printed-form output records through recordFormOutput in ${(seeding / 1000).toFixed(1)} s.`);
    const officer = findCredential(running.credentials, (c) => c.description.includes('情報システム責任者') && !c.description.includes('サインイン不可'), 'the system officer');
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const page = await context.newPage();
    await page.goto(`${running.baseUrl}/sign-in`);
    await page.getByLabel('IDカード番号').fill(officer.cardNumber);
    await page.getByLabel('パスワード', { exact: true }).fill(officer.password);
    await page.getByRole('button', { name: 'サインイン' }).click();
    await page.getByTestId('my-account').waitFor();

    const counts = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            '{ auditEvents(first: 0) { totalCount } logonEvents(first: 0) { totalCount } operatorIdCards(first: 0) { totalCount } apiClients(first: 0) { totalCount } printedFormOutputs(first: 0) { totalCount } }',
        }),
      });
      const { data } = (await response.json()) as { data: Record<string, { totalCount: number }> };
      return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.totalCount]));
    });
    console.log('Lists of the console (rows the system officer may read):', counts);
    const list = LISTS['printedFormOutputs'] as (typeof LISTS)[string];
    console.log(`Measuring the ${list.label}: ${counts['printedFormOutputs']} rows.`);
    const firstRow = () => page.getByTestId(list.testId).locator('tbody tr.ant-table-row').first().waitFor();

    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = Date.now();
      await page.goto(`${running.baseUrl}${list.path}`);
      await firstRow();
      times.push(Date.now() - started);
    }
    console.log(`  full page load until its first row shows: median ${median(times)} ms (runs: ${times.join(', ')} ms)`);

    const inApp: number[] = [];
    const away = list.link === 'ホーム' ? '規則一覧' : 'ホーム';
    for (let run = 0; run < RUNS; run++) {
      await page.getByRole('navigation').getByRole('link', { name: away }).click();
      await page.getByTestId(list.testId).waitFor({ state: 'detached' });
      const started = Date.now();
      await page.getByRole('navigation').getByRole('link', { name: list.link }).click();
      await firstRow();
      inApp.push(Date.now() - started);
    }
    console.log(`  in-app navigation until its first row shows: median ${median(inApp)} ms (runs: ${inApp.join(', ')} ms)\n`);
    await context.close();
  } finally {
    await browser.close();
    await running.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
