import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { ApiModule } from '../api-module';
import { apiResolvers, API_MODULES } from '../api-modules';

/** The GraphQL schema of the API, from the resolvers of every registered module. */
export async function buildApiSchema(modules: readonly ApiModule[] = API_MODULES): Promise<GraphQLSchema> {
  const [first, ...rest] = apiResolvers(modules);
  if (!first) throw new Error('no resolvers registered: the schema would be empty');
  return buildSchema({
    resolvers: [first, ...rest],
    emitSchemaFile: false,
    // Inputs are checked by their domain (value objects, @juki/policies rules), not by class-validator.
    validate: false,
  });
}
