import type { DataSource } from 'typeorm';
import { migrateToLatest } from '../database/migrate';
import { openEmptyDatabase, TEST_DATABASES } from '../testing/test-databases';
import { AppInstanceEntity } from './app-instance.entity';
import { findAppInstance, recordAppInstanceStart } from './app-instance.repository';

/** A start just before midnight UTC (already the next day in Japan), with milliseconds. */
const STARTED_AT = new Date(Date.UTC(2025, 0, 15, 23, 59, 59, 123));

describe('the integration run', () => {
  it('runs in the time zone the integration target sets (Asia/Tokyo, then UTC)', () => {
    const tz = process.env['TZ'];
    const expectedOffset = tz === 'Asia/Tokyo' ? -540 : tz === 'UTC' ? 0 : undefined;
    if (expectedOffset !== undefined) expect(STARTED_AT.getTimezoneOffset()).toBe(expectedOffset);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBeDefined();
  });
});

describe.each(TEST_DATABASES)('app_instance on $name', (database) => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await openEmptyDatabase(database.config());
    await migrateToLatest(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('round-trips a start record, milliseconds included, whatever the process time zone', async () => {
    const written = await recordAppInstanceStart(dataSource, {
      hostname: 'ward-app-01.chiba.local',
      pid: 4242,
      version: '1.2.3',
      databaseKind: database.name,
      startedAt: STARTED_AT,
    });
    const read = await findAppInstance(dataSource, written.id);
    expect(read).toBeInstanceOf(AppInstanceEntity);
    expect(read?.startedAt.toISOString()).toBe('2025-01-15T23:59:59.123Z');
    expect({ ...read, startedAt: read?.startedAt.getTime() }).toEqual({ ...written, startedAt: STARTED_AT.getTime() });
  });

  it('stores the instant as UTC in the database, not as local time', async () => {
    const written = await recordAppInstanceStart(dataSource, {
      hostname: 'h',
      pid: 1,
      version: 'v',
      databaseKind: database.name,
      startedAt: STARTED_AT,
    });
    const sql =
      database.name === 'sqlite'
        ? 'SELECT started_at AS raw FROM app_instance WHERE id = ?'
        : "SELECT DATE_FORMAT(started_at, '%Y-%m-%d %H:%i:%s.%f') AS raw FROM app_instance WHERE id = ?";
    const [row] = (await dataSource.query(sql, [written.id])) as { raw: string }[];
    expect(String(row?.raw).slice(0, 23)).toBe('2025-01-15 23:59:59.123');
  });

  it('keeps one row per process start', async () => {
    const start = { hostname: 'same-host', pid: 7, version: '1', databaseKind: database.name, startedAt: new Date() } as const;
    const a = await recordAppInstanceStart(dataSource, start);
    const b = await recordAppInstanceStart(dataSource, start);
    expect(a.id).not.toBe(b.id);
    expect(await dataSource.getRepository(AppInstanceEntity).countBy({ hostname: 'same-host' })).toBe(2);
  });

  it('refuses a database kind outside the enumeration', async () => {
    await expect(
      dataSource.query(
        'INSERT INTO app_instance (id, hostname, pid, version, started_at, database_kind) VALUES (?, ?, ?, ?, ?, ?)',
        ['00000000-0000-4000-8000-000000000000', 'h', 1, 'v', '2025-01-01 00:00:00.000', 'oracle'],
      ),
    ).rejects.toThrow(/CHECK constraint failed|Data truncated/);
  });
});
