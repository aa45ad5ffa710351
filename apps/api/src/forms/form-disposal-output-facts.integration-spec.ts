import { randomUUID } from 'node:crypto';
import { DEFAULT_PROFILE } from '@juki/policies';
import type { DataSource } from 'typeorm';
import { migrateToLatest } from '../database/migrate';
import { seedDemoData } from '../seed/seed-demo';
import { openEmptyDatabase, TEST_DATABASES } from '../testing/test-databases';

/**
 * 第10条第3項: a form disposal keeps its output's quantity and date under a composite foreign key
 * (migration 1764552000000), so the compliance checks can reconcile a disposal on its own row. These tests
 * prove the database holds the copy equal to the output, and that the migration fills it in on a ledger
 * that already has disposals.
 */
describe.each(TEST_DATABASES)('form disposals keep their output facts on $name (第10条第3項)', (database) => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await openEmptyDatabase(database.config());
    await migrateToLatest(dataSource);
    expect(await seedDemoData(dataSource, new Date('2026-06-10T10:00:00+09:00'), DEFAULT_PROFILE)).not.toBeNull();
  });
  afterAll(async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
  });

  const mismatches = async (): Promise<unknown[]> =>
    (await dataSource.query(
      'SELECT d.id FROM form_disposal d JOIN printed_form_output o ON o.id = d.output_id WHERE d.output_quantity <> o.quantity OR d.output_date <> o.output_date',
    )) as unknown[];
  const disposalCount = async (): Promise<number> => Number(((await dataSource.query('SELECT COUNT(*) AS n FROM form_disposal')) as { n: unknown }[])[0]?.n);

  it('fills them in from the outputs when it upgrades a ledger that already has disposals', async () => {
    const before = await disposalCount();
    expect(before).toBeGreaterThan(0);
    await dataSource.undoLastMigration({ transaction: 'each' });
    const columns =
      database.name === 'sqlite'
        ? ((await dataSource.query(`PRAGMA table_info("form_disposal")`)) as { name: string }[]).map((c) => c.name)
        : ((await dataSource.query(`SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'form_disposal'`)) as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('output_quantity');
    expect(await migrateToLatest(dataSource)).toHaveLength(1);
    expect(await disposalCount()).toBe(before);
    expect(await mismatches()).toEqual([]);
  });

  it('refuses a disposal whose output quantity or date is not its output’s', async () => {
    const [row] = (await dataSource.query(
      'SELECT d.output_id AS outputId, d.section_id AS sectionId, d.place_id AS placeId, d.recorded_by_id AS staffId, o.quantity AS quantity, o.output_date AS outputDate FROM form_disposal d JOIN printed_form_output o ON o.id = d.output_id ORDER BY d.id LIMIT 1',
    )) as { outputId: string; sectionId: string; placeId: string; staffId: string; quantity: number; outputDate: unknown }[];
    if (!row) throw new Error('the demo ledger has a disposal');
    const outputDate = row.outputDate instanceof Date ? row.outputDate.toISOString().slice(0, 10) : String(row.outputDate);
    const insert = (quantity: number, date: string) =>
      dataSource.query(
        'INSERT INTO form_disposal (id, output_id, output_quantity, output_date, section_id, place_id, quantity, method, disposed_on, performer, witness, place_quantity_before, stored_before, disposed_before, recorded_by_id, recorded_at) ' +
          "VALUES (?, ?, ?, ?, ?, ?, 1, 'SHREDDING', '2026-06-09', '試験 太郎', '試験 次郎', 1, 1, 0, ?, '2026-06-09 01:00:00.000')",
        [randomUUID(), row.outputId, quantity, date, row.sectionId, row.placeId, row.staffId],
      );
    const before = await disposalCount();
    await expect(insert(Number(row.quantity) + 1, outputDate)).rejects.toThrow(/foreign key/i);
    await expect(insert(Number(row.quantity), '2001-01-01')).rejects.toThrow(/foreign key/i);
    expect(await disposalCount()).toBe(before);
  });

  it('refuses to change the quantity or date of an output that has disposals', async () => {
    const [row] = (await dataSource.query('SELECT output_id AS outputId FROM form_disposal ORDER BY id LIMIT 1')) as { outputId: string }[];
    if (!row) throw new Error('the demo ledger has a disposal');
    await expect(dataSource.query('UPDATE printed_form_output SET quantity = quantity + 1 WHERE id = ?', [row.outputId])).rejects.toThrow(/foreign key/i);
    await expect(dataSource.query("UPDATE printed_form_output SET output_date = '2001-01-01' WHERE id = ?", [row.outputId])).rejects.toThrow(/foreign key/i);
    expect(await mismatches()).toEqual([]);
  });
});
