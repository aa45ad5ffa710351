// The admin console end to end: the production process on a temp SQLite database, Debian's Chromium.
// Run by `npx nx run admin-web:e2e` (which builds the console and the API first).
module.exports = {
  displayName: 'admin-web-e2e',
  preset: '../../jest.preset.cjs',
  rootDir: __dirname,
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/../tsconfig.json' }] },
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
};
