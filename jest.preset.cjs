// Shared jest settings. Type checking runs in the `typecheck` target, so ts-jest only transpiles
// (isolatedModules in each tsconfig.spec.json), which keeps the suites fast.
const path = require('node:path');

const root = __dirname;
module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@juki/policies$': path.join(root, 'libs/policies/src/index.ts'),
    '^@juki/policies/testing$': path.join(root, 'libs/policies/src/testing.ts'),
    '^@juki/domain$': path.join(root, 'libs/domain/src/index.ts'),
    '^@juki/domain/testing$': path.join(root, 'libs/domain/src/testing.ts'),
  },
  coverageReporters: ['text-summary', 'lcov'],
  reporters: ['default', path.join(root, 'tools/jest/summary-reporter.cjs')],
};
