module.exports = {
  displayName: 'domain',
  preset: '../../jest.preset.cjs',
  rootDir: __dirname,
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
