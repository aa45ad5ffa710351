// Unit specs run in the node environment (jsdom is not installed): pure modules, components rendered
// to static markup with react-dom/server, and a scan of the built dist for external URLs.
module.exports = {
  displayName: 'admin-web',
  preset: '../../jest.preset.cjs',
  rootDir: __dirname,
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
};
