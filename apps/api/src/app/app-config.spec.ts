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
      trustProxy: false,
      signInRateLimit: { maxFailures: 20, windowMs: 600_000 },
      seedDemo: 'auto',
      corsOrigins: [],
      consoleDir: path.join(root, 'dist/apps/admin-web'),
    });
  });

  it('serves the console from CONSOLE_DIR (relative to the repository), or not at all with `none`', () => {
    expect(loadAppConfig({ CONSOLE_DIR: 'build/console' }, root).consoleDir).toBe(path.join(root, 'build/console'));
    expect(loadAppConfig({ CONSOLE_DIR: 'none' }, root).consoleDir).toBeUndefined();
  });

  it('reads CORS_ORIGINS as exact origins and refuses anything else', () => {
    expect(loadAppConfig({ CORS_ORIGINS: 'https://console.example.lg.jp, http://127.0.0.1:4200' }, root).corsOrigins).toEqual([
      'https://console.example.lg.jp',
      'http://127.0.0.1:4200',
    ]);
    expect(() => loadAppConfig({ CORS_ORIGINS: '*' }, root)).toThrow(RangeError);
    expect(() => loadAppConfig({ CORS_ORIGINS: 'https://a.example/path' }, root)).toThrow(RangeError);
  });

  it.each([
    [{}, false],
    [{ TRUST_PROXY: '1' }, 1],
    [{ TRUST_PROXY: 'loopback' }, 'loopback'],
    [{ TRUST_PROXY: '0' }, false],
  ])('reads TRUST_PROXY %j', (env, expected) => {
    expect(loadAppConfig(env, root).trustProxy).toBe(expected);
  });

  it('refuses TRUST_PROXY=true (any client could forge its address)', () => {
    expect(() => loadAppConfig({ TRUST_PROXY: 'true' }, root)).toThrow(/TRUST_PROXY/);
  });

  it('reads SIGN_IN_RATE_LIMIT and SEED_DEMO', () => {
    const config = loadAppConfig({ SIGN_IN_RATE_LIMIT: '5/60', SEED_DEMO: '1' }, root);
    expect(config.signInRateLimit).toEqual({ maxFailures: 5, windowMs: 60_000 });
    expect(config.seedDemo).toBe('always');
    expect(loadAppConfig({ SEED_DEMO: '0' }, root).seedDemo).toBe('never');
  });

  it.each(['5', '0/60', 'x/y', '5/0'])('refuses SIGN_IN_RATE_LIMIT=%s', (value) => {
    expect(() => loadAppConfig({ SIGN_IN_RATE_LIMIT: value }, root)).toThrow(/SIGN_IN_RATE_LIMIT/);
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
