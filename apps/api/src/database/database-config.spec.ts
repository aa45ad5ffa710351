import * as path from 'node:path';
import { DEFAULT_SQLITE_PATH, describeDatabase, parseDatabaseUrl } from './database-config';

const root = path.resolve('/srv/juki-sec');

describe('parseDatabaseUrl', () => {
  it('defaults to the embedded SQLite file under the repository root', () => {
    expect(parseDatabaseUrl(undefined, root)).toEqual({
      kind: 'sqlite',
      path: path.join(root, DEFAULT_SQLITE_PATH),
      busyTimeoutMs: 5000,
    });
    expect(parseDatabaseUrl('  ', root)).toMatchObject({ kind: 'sqlite', path: path.join(root, DEFAULT_SQLITE_PATH) });
  });

  it.each([
    ['tmp/test.sqlite', path.join(root, 'tmp/test.sqlite')],
    ['/var/lib/juki/juki.sqlite', '/var/lib/juki/juki.sqlite'],
    [':memory:', ':memory:'],
    ['postgres://x@y/z', path.join(root, 'postgres://x@y/z')],
  ])('treats %j as an SQLite path', (url, expected) => {
    expect(parseDatabaseUrl(url, root)).toMatchObject({ kind: 'sqlite', path: expected });
  });

  it.each([
    ['mysql://juki:s%40cret@db.example:3307/juki_sec', 'mysql', 'db.example', 3307, 'juki', 's@cret', 'juki_sec'],
    ['mariadb://juki:pw@127.0.0.1/juki', 'mariadb', '127.0.0.1', 3306, 'juki', 'pw', 'juki'],
    ['MariaDB://root@localhost:3306/test', 'mariadb', 'localhost', 3306, 'root', '', 'test'],
  ])('reads %s as a MySQL-protocol URL', (url, kind, host, port, username, password, database) => {
    expect(parseDatabaseUrl(url, root)).toEqual({
      kind,
      host,
      port,
      username,
      password,
      database,
      socketPath: undefined,
      poolSize: 10,
    });
  });

  it('takes the unix socket and pool size from the query string', () => {
    expect(parseDatabaseUrl('mariadb://root@localhost/test?socketPath=/run/mysqld/mysqld.sock&poolSize=4', root)).toMatchObject({
      socketPath: '/run/mysqld/mysqld.sock',
      poolSize: 4,
    });
  });

  it.each(['mysql://u:p@h:3306/', 'mysql://u:p@h:3306', 'mysql://u:p@h/a/b', 'mysql://u@h/db?poolSize=0'])(
    'refuses %s',
    (url) => {
      expect(() => parseDatabaseUrl(url, root)).toThrow(RangeError);
    },
  );
});

describe('describeDatabase', () => {
  it('never shows the password', () => {
    const text = describeDatabase(parseDatabaseUrl('mariadb://juki:TopSecret@db:3306/juki', root));
    expect(text).toBe('mariadb://juki@db:3306/juki');
    expect(text).not.toContain('TopSecret');
  });
});
