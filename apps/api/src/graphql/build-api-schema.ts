import type { GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType } from 'type-graphql';
import type { ApiModule } from '../api-module';
import { apiResolvers, API_MODULES } from '../api-modules';
import { NO_PUB_SUB } from '../notifications/no-pub-sub';
import { auditPersonalFieldReads } from '../audit/personal-field-reads';
import { leanFieldResolvers } from './lean-field-resolvers';
import { NodeResolver } from './relay/node.resolver';
import { DateTimeIsoScalar } from './scalars/date-time-iso.scalar';
import { validateInput } from './validation/validate-input';

/**
 * One instance per resolver class for the schema's lifetime (resolvers hold no request state: that lives
 * in the per-request context). `node(id)` gets the node sources of the modules in the schema.
 */
class ResolverContainer implements ContainerType {
  private readonly instances = new Map<unknown, unknown>();

  constructor(preset: readonly (readonly [unknown, unknown])[]) {
    for (const [cls, instance] of preset) this.instances.set(cls, instance);
  }

  get(someClass: new () => unknown): unknown {
    let instance = this.instances.get(someClass);
    if (instance === undefined) {
      instance = new someClass();
      this.instances.set(someClass, instance);
    }
    return instance;
  }
}

/** The GraphQL schema of the API, from the resolvers of every registered module (and Relay's `node`). */
export async function buildApiSchema(modules: readonly ApiModule[] = API_MODULES): Promise<GraphQLSchema> {
  const resolvers = apiResolvers(modules);
  const nodeResolver = new NodeResolver(modules.flatMap((m) => m.nodes ?? []));
  const container = new ResolverContainer([[NodeResolver, nodeResolver]]);
  const schemaResolvers = [NodeResolver, ...resolvers] as const;
  const schema = await buildSchema({
    resolvers: schemaResolvers,
    container,
    emitSchemaFile: false,
    // `Date` properties are DateTimeISO as by default, with a cheaper serialisation of a Date.
    scalarsMap: [{ type: Date, scalar: DateTimeIsoScalar }],
    // Subscriptions bring their own `subscribe` (database polling, cluster-safe); no in-process topics.
    pubSub: NO_PUB_SUB,
    // 第24条: every argument passes the class-validator constraints of its input class (and the generic
    // checks of scanArguments) before its resolver runs; a failure is BAD_USER_INPUT with INPUT.* reasons.
    validateFn: validateInput,
  });
  // Field resolvers without middlewares or validated arguments are called directly, without type-graphql's
  // per-call wrapper (the card list resolves `holder` and `section` for every row). Before any pass that wraps.
  leanFieldResolvers(schema, { resolvers: schemaResolvers, instanceOf: (resolverClass) => container.get(resolverClass) as object });
  // 第19条第1項: every read of a personal field (matrix `personal: true`) is noted for the request's audit event.
  auditPersonalFieldReads(schema);
  return schema;
}
