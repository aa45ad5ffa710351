import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL operations for the console (GraphQL Code Generator, client preset), from the COMMITTED
 * schema of the API. Run `npx nx run admin-web:codegen` after changing an operation or the schema;
 * `graphql-codegen.spec.ts` fails when the committed output is stale.
 *
 * documentMode 'string': each operation is a typed string (no graphql-js and no AST in the bundle).
 */
/** Where the output goes: the committed folder, or (CODEGEN_OUTPUT) elsewhere for the staleness spec. */
const OUTPUT = process.env['CODEGEN_OUTPUT'] ?? 'apps/admin-web/src/graphql/generated/';

export const CODEGEN_CONFIG: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/admin-web/src/**/*.operations.ts'],
  ignoreNoDocuments: false,
  generates: {
    [OUTPUT]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTimeISO: 'string', Date: 'string' },
        skipTypename: true,
        avoidOptionals: false,
      },
    },
  },
};

// The CLI reads the default export (the one allowed default export in this app besides vite.config).
// eslint-disable-next-line no-restricted-syntax
export default CODEGEN_CONFIG;
