import { DEMO_FORM_OUTPUTS, FORM_STATUSES, PrintedFormOutputEntity } from '@juki/domain';
import { DEFAULT_PROFILE, formDisposalDueDate, jstDate } from '@juki/policies';
import { closeIdentityApi, startIdentityApi, TestClock } from '../identity/testing/identity-suite';
import { seedDemoData } from '../seed/seed-demo';
import type { TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';

describe.each(TEST_DATABASES)('the demo printed-form ledger on $name (第10条)', (database) => {
  const config = database.config();
  const clock = new TestClock(new Date('2026-06-10T10:00:00+09:00'));
  let api: TestApi;

  beforeAll(async () => {
    api = await startIdentityApi(config, clock);
    expect(await seedDemoData(api.dataSource, clock.now(), DEFAULT_PROFILE)).not.toBeNull();
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  it('covers every state — output only, stored, moved, partly disposed of, disposed of, overdue — in several sections', async () => {
    const outputs = await api.dataSource.getRepository(PrintedFormOutputEntity).find();
    expect(outputs).toHaveLength(DEMO_FORM_OUTPUTS.length);
    expect(new Set(outputs.map((o) => o.status))).toEqual(new Set(FORM_STATUSES));
    expect(new Set(outputs.map((o) => o.sectionId)).size).toBeGreaterThanOrEqual(3);
    const today = jstDate(clock.now());
    const overdue = outputs.filter((o) => o.disposedQuantity < o.quantity && formDisposalDueDate(o.keepUntil, DEFAULT_PROFILE) < today);
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    const [moves] = (await api.dataSource.query(`SELECT COUNT(*) AS n FROM form_move WHERE kind = 'MOVE'`)) as { n: number | string }[];
    expect(Number(moves?.n)).toBeGreaterThan(0);
  });

  it('reconciles as a compliance check would, in SQL: holdings and disposals add up to each output, every disposal saw a balanced ledger', async () => {
    // 第10条第3項 as aggregate SQL over the ledger tables (what a compliance check can run).
    const unbalanced = (await api.dataSource.query(
      `SELECT o.id FROM printed_form_output o
         LEFT JOIN (SELECT output_id, SUM(quantity) AS q FROM form_storage GROUP BY output_id) s ON s.output_id = o.id
         LEFT JOIN (SELECT output_id, SUM(quantity) AS q FROM form_disposal GROUP BY output_id) d ON d.output_id = o.id
        WHERE COALESCE(s.q, 0) <> o.stored_quantity OR COALESCE(d.q, 0) <> o.disposed_quantity OR o.stored_quantity + o.disposed_quantity > o.quantity`,
    )) as unknown[];
    expect(unbalanced).toEqual([]);
    const unreconciled = (await api.dataSource.query(
      `SELECT d.id FROM form_disposal d JOIN printed_form_output o ON o.id = d.output_id
        WHERE d.stored_before + d.disposed_before <> o.quantity OR d.quantity > d.place_quantity_before OR d.disposed_on < o.output_date`,
    )) as unknown[];
    expect(unreconciled).toEqual([]);
    const [disposals] = (await api.dataSource.query(`SELECT COUNT(*) AS n FROM form_disposal`)) as { n: number | string }[];
    expect(Number(disposals?.n)).toBe(DEMO_FORM_OUTPUTS.flatMap((o) => o.steps).filter((s) => s.kind === 'DISPOSE').length);
  });
});
