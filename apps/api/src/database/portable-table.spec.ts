import type { QueryRunner } from 'typeorm';
import { portableTable } from './portable-table';

const runnerFor = (type: string): QueryRunner => ({ connection: { options: { type } } }) as unknown as QueryRunner;

const COLUMNS = [
  { name: 'id', type: 'varchar', length: '36', isPrimary: true },
  { name: 'count', type: 'int' },
  { name: 'kind', type: 'simple-enum', enum: ['a', 'b'] },
  { name: 'note', type: 'text', isNullable: true },
  { name: 'at', type: 'datetime', precision: 3 },
];

describe('portableTable', () => {
  it.each(['better-sqlite3', 'mariadb', 'mysql'])('refuses a table without a primary key on %s', (type) => {
    expect(() => portableTable(runnerFor(type), { name: 'no_pk', columns: [{ name: 'a', type: 'int' }] })).toThrow(/primary key/);
  });

  it.each(['mariadb', 'mysql'])('on %s: InnoDB, utf8mb4 strings, simple-enum as ENUM', (type) => {
    const table = portableTable(runnerFor(type), { name: 't', columns: COLUMNS });
    expect(table.engine).toBe('InnoDB');
    const byName = Object.fromEntries(table.columns.map((c) => [c.name, c]));
    expect(byName['id']).toMatchObject({ type: 'varchar', charset: 'utf8mb4', collation: 'utf8mb4_bin', isPrimary: true });
    expect(byName['note']).toMatchObject({ type: 'text', charset: 'utf8mb4' });
    expect(byName['kind']).toMatchObject({ type: 'enum', enum: ['a', 'b'] });
    expect(byName['kind']?.charset).toBeUndefined();
    expect(byName['count']).toMatchObject({ type: 'int' });
    expect(byName['at']).toMatchObject({ type: 'datetime', precision: 3 });
  });

  it('on SQLite: int as integer, simple-enum kept for its CHECK, no engine or charset', () => {
    const table = portableTable(runnerFor('better-sqlite3'), { name: 't', columns: COLUMNS });
    expect(table.engine).toBeUndefined();
    const byName = Object.fromEntries(table.columns.map((c) => [c.name, c]));
    expect(byName['count']?.type).toBe('integer');
    expect(byName['kind']?.type).toBe('simple-enum');
    expect(byName['id']?.charset).toBeUndefined();
  });
});
