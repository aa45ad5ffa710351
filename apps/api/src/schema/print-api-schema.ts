import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

export const SCHEMA_FILE_HEADER = `# juki-sec GraphQL API — generated from the resolvers by \`npx nx run api:schema\`. Do not edit.
# Committed so that every schema change shows in review; api:test fails when this file is stale.

`;

/** The SDL as committed in apps/api/schema.graphql: sorted, so that it does not depend on file order. */
export function printApiSchema(schema: GraphQLSchema): string {
  return SCHEMA_FILE_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
