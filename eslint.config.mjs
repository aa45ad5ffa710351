import nx from '@nx/eslint-plugin';

/**
 * Module boundaries (Nx tags) are the architecture:
 *   scope:policies  — depends on nothing in the repo and on no I/O (runs in the browser too)
 *   scope:domain    — may use policies
 *   scope:api       — may use domain and policies
 *   scope:web       — may use policies and the generated GraphQL types only
 *   scope:tools     — scripts; may use anything
 */
export const DEP_CONSTRAINTS = [
  {
    sourceTag: 'scope:policies',
    onlyDependOnLibsWithTags: [],
    allowedExternalImports: ['@zxcvbn-ts/*'],
  },
  {
    sourceTag: 'scope:domain',
    onlyDependOnLibsWithTags: ['scope:policies'],
    bannedExternalImports: ['graphql', 'graphql-*', '@apollo/*', 'type-graphql', 'express', 'react', 'react-dom'],
  },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:policies', 'scope:domain'] },
  {
    sourceTag: 'scope:web',
    onlyDependOnLibsWithTags: ['scope:policies', 'scope:graphql-types'],
    bannedExternalImports: ['typeorm', 'mysql2', 'better-sqlite3', '@apollo/server', 'type-graphql', 'express'],
  },
  { sourceTag: 'scope:graphql-types', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['*'] },
];

const TEST_TOOLING = ['fast-check', 'zxcvbn', '@jest/*', 'jest'];

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'net', 'http', 'https', 'crypto', 'worker_threads', 'process'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/coverage', 'tmp', 'data', '.nx', 'test-artifacts', '**/vite.config.*.timestamp*'],
  },
  {
    // GraphQL Code Generator's output carries its own eslint-disable header; still linted for module boundaries.
    files: ['apps/admin-web/src/graphql/generated/**'],
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs', '**/*.cts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: DEP_CONSTRAINTS,
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports only (STYLE.md).' },
      ],
    },
  },
  {
    // Specs may use the test tooling; the production code of each project keeps its own constraints.
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.integration-spec.ts', '**/testing.ts', '**/testing/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: DEP_CONSTRAINTS.map((c) =>
            c.allowedExternalImports ? { ...c, allowedExternalImports: [...c.allowedExternalImports, ...TEST_TOOLING] } : c,
          ),
        },
      ],
    },
  },
  {
    // libs/policies is pure: no Node built-ins, no console, no timers.
    files: ['libs/policies/src/**/*.ts'],
    ignores: ['libs/policies/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: NODE_BUILTINS, patterns: [{ group: ['node:*'], message: 'libs/policies has no I/O.' }] },
      ],
      'no-console': 'error',
    },
  },
];
