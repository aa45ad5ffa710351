import type { DataSource } from 'typeorm';
import { openAuditDatabase } from '../audit/testing/audit-fixtures';
import { TEST_DATABASES } from '../testing/test-databases';
import { diffSnapshots, TableWatcher } from './table-snapshot';

/**
 * The fuzz test's "no partial write" rests on the watcher: every change of any table must show up in the
 * diff, while a table whose in-database fingerprint has not moved is not read again (that is the speed).
 */
describe.each(TEST_DATABASES)('the fuzz table watcher on $name', (database) => {
  let dataSource: DataSource;
  let watcher: TableWatcher;

  const insert = (id: string, pid = 1): Promise<unknown> =>
    dataSource.query('INSERT INTO app_instance (id, hostname, pid, version, started_at, database_kind) VALUES (?, ?, ?, ?, ?, ?)', [
      id,
      'host',
      pid,
      'v',
      '2025-06-01 03:00:00.000',
      'sqlite',
    ]);

  beforeAll(async () => {
    dataSource = await openAuditDatabase(database.config());
    await dataSource.query('DELETE FROM app_instance');
    watcher = await TableWatcher.open(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('reads every table once, then only the tables that changed — and sees every insert, update and delete', async () => {
    const first = await watcher.snapshot();
    expect(watcher.lastRead.length).toBe(watcher.tables.filter((t) => t.name !== 'audit_event').length);

    const idle = await watcher.snapshot();
    expect(watcher.lastRead).toEqual([]);
    expect(diffSnapshots(first, idle)).toEqual([]);

    await insert('a-1');
    const inserted = await watcher.snapshot();
    expect(watcher.lastRead).toEqual(['app_instance']);
    expect(diffSnapshots(idle, inserted)).toEqual([{ table: 'app_instance', added: [expect.objectContaining({ id: 'a-1', pid: 1 })], removed: [], changed: [] }]);

    // A change of one value that keeps the row count: still seen.
    await dataSource.query('UPDATE app_instance SET pid = 2 WHERE id = ?', ['a-1']);
    const updated = await watcher.snapshot();
    expect(watcher.lastRead).toEqual(['app_instance']);
    expect(diffSnapshots(inserted, updated)).toEqual([
      { table: 'app_instance', added: [], removed: [], changed: [{ before: expect.objectContaining({ pid: 1 }), after: expect.objectContaining({ pid: 2 }) }] },
    ]);

    // Delete one row and insert another with the same values but another key: seen as both.
    await dataSource.query('DELETE FROM app_instance WHERE id = ?', ['a-1']);
    await insert('a-2', 2);
    const swapped = await watcher.snapshot();
    const diff = diffSnapshots(updated, swapped);
    expect(diff).toHaveLength(1);
    expect(diff[0]?.added.map((r) => r['id'])).toEqual(['a-2']);
    expect(diff[0]?.removed.map((r) => r['id'])).toEqual(['a-1']);
  });
});
