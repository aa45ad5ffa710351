import * as path from 'node:path';
import { loadAppConfig } from './app-config';

const root = path.resolve('/srv/juki-sec');

describe('loadAppConfig', () => {
  it('defaults to 127.0.0.1:3000 on the embedded SQLite database', () => {
    expect(loadAppConfig({}, root)).toEqual({
      host: '127.0.0.1',
      port: 3000,
      production: false,
      database: { kind: 'sqlite', path: path.join(root, 'data/juki-sec.sqlite'), busyTimeoutMs: 5000 },
    });
  });

  it('reads PORT, HOST, NODE_ENV and DATABASE_URL', () => {
    const config = loadAppConfig(
      { PORT: '8080', HOST: '0.0.0.0', NODE_ENV: 'production', DATABASE_URL: 'mariadb://juki:pw@db:3306/juki', DATABASE_POOL_SIZE: '4' },
      root,
    );
    expect(config).toMatchObject({ host: '0.0.0.0', port: 8080, production: true, database: { kind: 'mariadb', host: 'db', poolSize: 4 } });
  });

  it.each(['-1', '65536', 'http', '3.5'])('refuses PORT=%s', (port) => {
    expect(() => loadAppConfig({ PORT: port }, root)).toThrow(/PORT/);
  });

  it('refuses a pool size that is not a positive integer', () => {
    expect(() => loadAppConfig({ DATABASE_POOL_SIZE: '0' }, root)).toThrow(/DATABASE_POOL_SIZE/);
  });
});
