import { parseCorsOrigins } from './graphql-http-guards';

describe('CORS_ORIGINS', () => {
  it('defaults to none (same origin only)', () => {
    expect(parseCorsOrigins(undefined)).toEqual([]);
    expect(parseCorsOrigins(' ')).toEqual([]);
  });

  it('reads exact origins', () => {
    expect(parseCorsOrigins('https://console.example.lg.jp, http://127.0.0.1:4200')).toEqual(['https://console.example.lg.jp', 'http://127.0.0.1:4200']);
  });

  it.each(['*', 'null', 'https://example.lg.jp/path', 'ftp://example.lg.jp', 'example.lg.jp'])('refuses %s', (value) => {
    expect(() => parseCorsOrigins(value)).toThrow(/CORS_ORIGINS/);
  });
});
