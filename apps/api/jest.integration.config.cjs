// Integration specs (`*.integration-spec.ts`): real SQLite files and a real MariaDB, real HTTP, no mocks.
// The global setup creates a throw-away MariaDB database and user (or uses MARIADB_URL) and FAILS the run
// when MariaDB cannot be reached: the MariaDB half of the suite is never skipped.
module.exports = {
  displayName: 'api-integration',
  preset: '../../jest.preset.cjs',
  rootDir: __dirname,
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  setupFiles: ['reflect-metadata'],
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/src/testing/mariadb.global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/mariadb.global-teardown.ts',
  testTimeout: 60_000,
};
