// Unit specs run in the node environment (component specs opt into jsdom with a docblock): pure modules,
// components, the generated-types check and a scan of the built dist for external URLs.
module.exports = {
  displayName: 'admin-web',
  preset: '../../jest.preset.cjs',
  rootDir: __dirname,
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  setupFiles: ['<rootDir>/jest.setup.cjs'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
};
