import { GraphQLScalarType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * Leaner field resolvers for the object types type-graphql built (issue 3: the card list resolves
 * `holder` and `section` for every row).
 *
 * type-graphql wraps every field resolver of an object type in a generic closure
 * (`createAdvancedFieldResolver` / `createHandlerResolver` in type-graphql's resolvers/create.js): per call
 * it allocates the `{ root, args, context, info }` record, asks the container for the resolver instance,
 * runs `applyMiddlewares` and `getParams` (which sorts the parameter metadata and maps it to a new array
 * every time). A plain field of a type without `simpleResolvers` gets `createBasicFieldResolver`, the same
 * record and a closure per call around `root[name]`.
 *
 * This pass, run once right after `buildSchema`, replaces such a resolver with one doing the same work
 * directly, but ONLY where type-graphql's wrapper adds nothing but that generic work:
 * - no global middlewares, no `@UseMiddleware` and no `@Authorized` on the field;
 * - parameters only `@Root()` (with type-graphql's conversion of a plain object to the class),
 *   `@Ctx()` and `@Info()` (with or without a property name), passed in the same order. A resolver with
 *   `@Arg`/`@Args` (validated, 第24条) or a custom parameter decorator keeps type-graphql's resolver;
 * - a resolver method of a `@Resolver` class ("external"); a field declared as a method or getter of the
 *   object class itself ("internal") keeps type-graphql's resolver.
 * The resolver instance comes from the schema's container, as with type-graphql, asked once on first
 * use: the pass requires a container with one instance per class for the schema's lifetime.
 *
 * Nothing else changes: same method, same `this`, same arguments, same value (a promise stays a promise;
 * a thrown error is thrown the same).
 */

/** The metadata type-graphql keeps for its schema (only what this pass reads; see type-graphql's metadata/definitions). */
interface ParamMetadata {
  readonly kind: string;
  readonly index: number;
  readonly propertyName?: string | undefined;
  readonly getType?: (() => unknown) | undefined;
}
interface FieldResolverMetadata {
  readonly kind: 'internal' | 'external';
  readonly target: new () => object;
  readonly methodName: string;
  readonly params?: readonly ParamMetadata[];
  readonly middlewares?: readonly unknown[];
  readonly roles?: readonly unknown[];
  readonly getObjectType?: () => unknown;
}
interface FieldMetadata {
  readonly target: unknown;
  readonly name: string;
  readonly schemaName: string;
  readonly middlewares?: readonly unknown[];
  readonly roles?: readonly unknown[];
}
interface ClassMetadata {
  readonly name: string;
  readonly target: unknown;
  readonly fields?: readonly FieldMetadata[];
  readonly interfaceClasses?: readonly unknown[];
}
interface TypeGraphqlMetadata {
  readonly objectTypes: readonly ClassMetadata[];
  readonly interfaceTypes: readonly ClassMetadata[];
  readonly fieldResolvers: readonly FieldResolverMetadata[];
}

export interface LeanResolverOptions {
  /** The resolver classes given to `buildSchema` (a field resolver of another class is not in the schema). */
  readonly resolvers: readonly unknown[];
  /** The schema-scoped instance of a resolver class (the container given to `buildSchema`). */
  readonly instanceOf: (resolverClass: new () => object) => object;
  /** The global middlewares given to `buildSchema`: with any, the pass changes nothing. */
  readonly globalMiddlewares?: readonly unknown[];
}

export interface LeanResolverReport {
  /** `Type.field` whose field resolver method is now called directly. */
  readonly fieldResolvers: readonly string[];
  /** `Type.field` whose plain property read no longer goes through type-graphql's wrapper. */
  readonly properties: readonly string[];
  /** `Type.field` left to type-graphql (middlewares, roles, arguments, custom parameters, internal). */
  readonly kept: readonly string[];
}

type Resolve = GraphQLFieldResolver<unknown, unknown>;
type Extract = (root: unknown, args: unknown, context: unknown, info: unknown) => unknown;

const SIMPLE_TYPES: readonly unknown[] = [String, Boolean, Number, Date, Array, Promise];

/** type-graphql's `convertToType` (helpers/types.js): a plain object becomes an instance of the class. */
function convertToType(target: unknown, data: unknown): unknown {
  if (data === null || data === undefined) return data;
  if (target instanceof GraphQLScalarType || typeof target !== 'function') return data;
  if (SIMPLE_TYPES.includes((data as { constructor?: unknown }).constructor)) return data;
  if (data instanceof target) return data;
  if (Array.isArray(data)) return data.map((item: unknown) => convertToType(target, item));
  const instance = new (target as new () => Record<string, unknown>)();
  for (const key of Object.keys(instance)) {
    if (instance[key] === undefined && !(key in (data as object))) delete instance[key];
  }
  return Object.assign(instance, data);
}

/** How one parameter is taken from the resolver's arguments; undefined = not a kind this pass handles. */
function extractorOf(param: ParamMetadata): Extract | undefined {
  const property = param.propertyName;
  switch (param.kind) {
    case 'root': {
      const getType = param.getType;
      const value: Extract = property ? (root) => (root as Record<string, unknown>)[property] : (root) => root;
      if (!getType) return value;
      // An instance of the class comes back as it is from convertToType: checked first (the common case).
      return (root, args, context, info) => {
        const data = value(root, args, context, info);
        const target = getType();
        return typeof target === 'function' && target.prototype !== undefined && data instanceof target ? data : convertToType(target, data);
      };
    }
    case 'context':
      return property ? (_root, _args, context) => (context as Record<string, unknown>)[property] : (_root, _args, context) => context;
    case 'info':
      return (_root, _args, _context, info) => info;
    default:
      return undefined;
  }
}

/** A direct call of the resolver method with its parameters in type-graphql's order (by index). */
function directResolver(metadata: FieldResolverMetadata, instanceOf: LeanResolverOptions['instanceOf']): Resolve | undefined {
  const params = [...(metadata.params ?? [])].sort((a, b) => a.index - b.index);
  const extractors: Extract[] = [];
  for (const param of params) {
    const extract = extractorOf(param);
    if (!extract) return undefined;
    extractors.push(extract);
  }
  let instance: object | undefined;
  let method: ((...values: unknown[]) => unknown) | undefined;
  const bind = (): void => {
    instance = instanceOf(metadata.target);
    const candidate = (instance as Record<string, unknown>)[metadata.methodName];
    if (typeof candidate !== 'function') throw new TypeError(`${metadata.target.name}.${metadata.methodName} is not a method`);
    method = candidate as (...values: unknown[]) => unknown;
  };
  const [first, second, third] = extractors;
  if (extractors.length === 0) {
    return () => {
      if (!method) bind();
      return (method as (...values: unknown[]) => unknown).call(instance);
    };
  }
  if (extractors.length === 1 && first) {
    return (root, args, context, info) => {
      if (!method) bind();
      return (method as (...values: unknown[]) => unknown).call(instance, first(root, args, context, info));
    };
  }
  if (extractors.length === 2 && first && second) {
    return (root, args, context, info) => {
      if (!method) bind();
      return (method as (...values: unknown[]) => unknown).call(instance, first(root, args, context, info), second(root, args, context, info));
    };
  }
  if (extractors.length === 3 && first && second && third) {
    return (root, args, context, info) => {
      if (!method) bind();
      return (method as (...values: unknown[]) => unknown).call(instance, first(root, args, context, info), second(root, args, context, info), third(root, args, context, info));
    };
  }
  return (root, args, context, info) => {
    if (!method) bind();
    return (method as (...values: unknown[]) => unknown).apply(
      instance,
      extractors.map((extract) => extract(root, args, context, info)),
    );
  };
}

const none = (list: readonly unknown[] | undefined): boolean => list === undefined || list.length === 0;

const done = new WeakMap<GraphQLSchema, LeanResolverReport>();

/**
 * Replaces type-graphql's generic field resolver wrappers of the schema's object types where they add
 * nothing (see above). Run once, right after `buildSchema` and before any other pass wraps resolvers.
 */
export function leanFieldResolvers(schema: GraphQLSchema, options: LeanResolverOptions): LeanResolverReport {
  const previous = done.get(schema);
  if (previous) return previous;
  const report = { fieldResolvers: [] as string[], properties: [] as string[], kept: [] as string[] };
  done.set(schema, report);
  if (!none(options.globalMiddlewares)) return report;
  const storage = getMetadataStorage() as unknown as TypeGraphqlMetadata;
  // As type-graphql's schema generator finds a field's resolver: internal ones, or methods of the schema's resolver classes.
  const fieldResolvers = storage.fieldResolvers.filter((r) => r.kind === 'internal' || options.resolvers.includes(r.target));
  const classesNamed = new Map<string, number>();
  for (const objectType of storage.objectTypes) classesNamed.set(objectType.name, (classesNamed.get(objectType.name) ?? 0) + 1);
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    // Two classes of one name: which one this schema type was built from is not known here; leave both alone.
    if ((classesNamed.get(objectType.name) ?? 0) > 1) {
      report.kept.push(`${type.name}.*`);
      continue;
    }
    const byName = new Map<string, FieldMetadata>();
    for (const iface of storage.interfaceTypes) {
      if (objectType.interfaceClasses?.includes(iface.target)) for (const field of iface.fields ?? []) byName.set(field.schemaName, field);
    }
    for (const field of objectType.fields ?? []) byName.set(field.schemaName, field);
    const fields = type.getFields();
    for (const [schemaName, metadata] of byName) {
      const field = fields[schemaName];
      if (!field?.resolve) continue; // simpleResolvers: graphql-js's default resolver already
      const name = `${type.name}.${schemaName}`;
      const resolverMetadata = fieldResolvers.find((r) => r.getObjectType?.() === metadata.target && r.methodName === metadata.name);
      if (resolverMetadata) {
        const direct =
          resolverMetadata.kind === 'external' && none(resolverMetadata.middlewares) && resolverMetadata.roles === undefined
            ? directResolver(resolverMetadata, options.instanceOf)
            : undefined;
        if (direct) {
          field.resolve = direct;
          report.fieldResolvers.push(name);
        } else report.kept.push(name);
        continue;
      }
      if (none(metadata.middlewares) && metadata.roles === undefined) {
        const property = metadata.name;
        field.resolve = (root) => (root as Record<string, unknown>)[property];
        report.properties.push(name);
      } else report.kept.push(name);
    }
  }
  return report;
}
