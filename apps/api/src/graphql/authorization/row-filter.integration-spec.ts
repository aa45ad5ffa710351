import { OrganisationUnitEntity, type RowFilter } from '@juki/domain';
import type { DataSource } from 'typeorm';
import { migrateToLatest } from '../../database/migrate';
import { insertUnitTree } from '../../organisation/testing/organisation-fixture';
import { openEmptyDatabase, TEST_DATABASES } from '../../testing/test-databases';
import { fetchKeysetPage } from '../connections/keyset-pagination';
import { fetchFirstPerParent } from '../connections/per-parent-page';
import { applyRowFilter } from './row-filter.sql';

describe.each(TEST_DATABASES)('row filters in the SQL on $name', (database) => {
  let dataSource: DataSource;
  let tree: Awaited<ReturnType<typeof insertUnitTree>>;

  beforeAll(async () => {
    dataSource = await openEmptyDatabase(database.config());
    await migrateToLatest(dataSource);
    tree = await insertUnitTree(dataSource, 'rf', 5, () => 4);
  });
  afterAll(async () => {
    // Leave the run's shared MariaDB database empty for the next suite.
    if (database.name === 'mariadb') {
      const runner = dataSource.createQueryRunner();
      try {
        await runner.clearDatabase();
      } finally {
        await runner.release();
      }
    }
    await dataSource.destroy();
  });

  const units = (filter: RowFilter) =>
    applyRowFilter(dataSource.getRepository(OrganisationUnitEntity).createQueryBuilder('unit'), filter, { section: 'unit.id' }).andWhere('unit.code LIKE :p', { p: 'rf%' });

  const ids = (list: readonly { id: string }[]): string[] => list.map((u) => u.id).sort();

  it('reaches every row with `all`, none with `none`, lists and counts alike', async () => {
    expect(await units({ kind: 'all' }).getCount()).toBe(1 + 5 + 20);
    expect(await units({ kind: 'none' }).getMany()).toEqual([]);
    expect(await units({ kind: 'none' }).getCount()).toBe(0);
  });

  it('reaches exactly the listed sections, and nothing for a self filter on a table without a person column', async () => {
    const a = tree.divisions[0] as { id: string };
    const b = tree.divisions[7] as { id: string };
    const some: RowFilter = { kind: 'some', sectionIds: [a.id, b.id] };
    expect(ids(await units(some).getMany())).toEqual(ids([a, b]));
    expect(await units(some).getCount()).toBe(2);
    expect(await units({ kind: 'some', sectionIds: [], selfStaffId: 's-1' }).getCount()).toBe(0);
  });

  it('binds the filter as parameters (a hostile section id matches nothing and breaks nothing)', async () => {
    expect(await units({ kind: 'some', sectionIds: ["x' OR '1'='1", 'x") OR 1=1 --'] }).getCount()).toBe(0);
  });

  it('applies the same filter to keyset pages and to the windowed per-parent pages', async () => {
    const visible = [tree.divisions[0], tree.divisions[1], tree.divisions[5]] as { id: string; parentId: string | null }[];
    const filter: RowFilter = { kind: 'some', sectionIds: visible.map((u) => u.id) };
    const page = await fetchKeysetPage(units(filter), { columns: ['unit.code', 'unit.id'], values: (u) => [u.code, u.id] }, { direction: 'forward', size: 2, after: null, before: null });
    expect(page.rows.map((r) => r.code)).toEqual([tree.divisions[0]?.code, tree.divisions[1]?.code]);
    expect(page.rows.map((r) => r.id)).toEqual([tree.divisions[0]?.id, tree.divisions[1]?.id]);
    expect(page.hasNextPage).toBe(true);
    const pages = await fetchFirstPerParent(
      {
        repository: dataSource.getRepository(OrganisationUnitEntity),
        parentProperty: 'parentId',
        orderProperties: ['code', 'id'],
        idProperty: 'id',
        where: (query, alias) => applyRowFilter(query, filter, { section: `${alias}.id` }),
      },
      tree.departments.map((d) => d.id),
      1,
    );
    expect([...pages.keys()].sort()).toEqual([tree.departments[0]?.id, tree.departments[1]?.id].sort());
    expect(pages.get(tree.departments[0]?.id as string)).toMatchObject({ total: 2, rows: [{ id: tree.divisions[0]?.id }] });
    expect(pages.get(tree.departments[1]?.id as string)).toMatchObject({ total: 1, rows: [{ id: tree.divisions[5]?.id }] });
    const totalsOnly = await fetchFirstPerParent(
      { repository: dataSource.getRepository(OrganisationUnitEntity), parentProperty: 'parentId', orderProperties: ['code', 'id'], idProperty: 'id', where: (q) => q },
      [tree.departments[2]?.id as string],
      0,
    );
    expect(totalsOnly.get(tree.departments[2]?.id as string)).toEqual({ rows: [], total: 4 });
  });
});
