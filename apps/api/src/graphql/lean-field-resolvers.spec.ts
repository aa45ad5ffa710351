import { graphql, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { Arg, buildSchema, Ctx, Field, FieldResolver, ID, Info, MiddlewareFn, ObjectType, Query, Resolver, Root, UseMiddleware, type ContainerType } from 'type-graphql';
import { buildApiSchema } from './build-api-schema';
import { leanFieldResolvers } from './lean-field-resolvers';

interface LeanContext {
  readonly tag: string;
  readonly calls: string[];
}

@ObjectType('LeanSpecUnit')
class LeanSpecUnit {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { name: 'label' })
  code!: string;
}

@ObjectType('LeanSpecPerson', { simpleResolvers: true })
class LeanSpecPerson {
  @Field(() => ID)
  id!: string;

  /** Not a field: the unit read with the person. */
  unit?: LeanSpecUnit | null;

  /** Whether the object is an instance (type-graphql converts a plain root to the class). */
  isInstance(): boolean {
    return this instanceof LeanSpecPerson;
  }
}

const audit: MiddlewareFn<LeanContext> = async ({ context }, next) => {
  context.calls.push('middleware');
  return next();
};

@Resolver(() => LeanSpecPerson)
class LeanSpecPersonResolver {
  /** Counts the instances the container made (one per schema). */
  static made = 0;
  readonly instance: number;

  constructor() {
    LeanSpecPersonResolver.made += 1;
    this.instance = LeanSpecPersonResolver.made;
  }

  @Query(() => [LeanSpecPerson])
  people(): unknown[] {
    // Plain objects, not instances: type-graphql's @Root() converts them.
    return [
      { id: 'p1', unit: { id: 'u1', code: 'chuo' } },
      { id: 'p2', unit: null },
    ];
  }

  @FieldResolver(() => LeanSpecUnit, { nullable: true })
  unit(@Root() person: LeanSpecPerson, @Ctx() context: LeanContext): LeanSpecUnit | null | undefined {
    context.calls.push(`unit:${person.id}:${person.isInstance() ? 'instance' : 'plain'}:${this.instance}`);
    return person.unit;
  }

  /** Parameters out of declaration order, by property, and the info. */
  @FieldResolver(() => String)
  where(@Info() info: GraphQLResolveInfo, @Ctx('tag') tag: string, @Root('id') id: string): string {
    return `${tag}/${id}/${info.parentType.name}.${info.fieldName}/${this instanceof LeanSpecPersonResolver ? 'resolver' : 'other'}`;
  }

  @FieldResolver(() => String)
  async later(@Root() person: LeanSpecPerson): Promise<string> {
    await Promise.resolve();
    return `later:${person.id}`;
  }

  @FieldResolver(() => String, { nullable: true })
  fails(@Root() person: LeanSpecPerson): string {
    throw new Error(`refused:${person.id}`);
  }

  /** An argument: type-graphql's resolver stays (it converts and validates arguments). */
  @FieldResolver(() => String)
  greeting(@Root() person: LeanSpecPerson, @Arg('prefix', () => String) prefix: string): string {
    return `${prefix} ${person.id}`;
  }

  /** A middleware: type-graphql's resolver stays (it runs the middleware). */
  @FieldResolver(() => String)
  @UseMiddleware(audit)
  watched(@Root() person: LeanSpecPerson): string {
    return `watched:${person.id}`;
  }
}

class SpecContainer implements ContainerType {
  private readonly instances = new Map<unknown, unknown>();
  get(someClass: new () => unknown): unknown {
    let instance = this.instances.get(someClass);
    if (instance === undefined) {
      instance = new someClass();
      this.instances.set(someClass, instance);
    }
    return instance;
  }
}

const QUERY = '{ people { id unit { id label } where later fails greeting(prefix: "hi") watched } }';

async function specSchema(lean: boolean): Promise<{ schema: GraphQLSchema; container: SpecContainer }> {
  const container = new SpecContainer();
  const schema = await buildSchema({ resolvers: [LeanSpecPersonResolver], container, emitSchemaFile: false, orphanedTypes: [LeanSpecUnit] });
  if (lean) leanFieldResolvers(schema, { resolvers: [LeanSpecPersonResolver], instanceOf: (c) => container.get(c) as object });
  return { schema, container };
}

async function run(schema: GraphQLSchema): Promise<{ result: unknown; calls: string[] }> {
  const calls: string[] = [];
  const result = await graphql({ schema, source: QUERY, contextValue: { tag: 'T', calls } satisfies LeanContext });
  return { result: JSON.parse(JSON.stringify(result)), calls };
}

describe('leanFieldResolvers: type-graphql field resolvers without its per-call wrapper', () => {
  it('replaces only resolvers without middlewares, roles, arguments or custom parameters', async () => {
    const { schema } = await specSchema(false);
    const person = schema.getType('LeanSpecPerson') as GraphQLObjectType;
    const unit = schema.getType('LeanSpecUnit') as GraphQLObjectType;
    const before: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(person.getFields())) before[name] = field.resolve;
    for (const [name, field] of Object.entries(unit.getFields())) before[`unit.${name}`] = field.resolve;
    const report = leanFieldResolvers(schema, { resolvers: [LeanSpecPersonResolver], instanceOf: () => ({}) });
    expect([...report.fieldResolvers].sort()).toEqual(['LeanSpecPerson.fails', 'LeanSpecPerson.later', 'LeanSpecPerson.unit', 'LeanSpecPerson.where']);
    expect([...report.properties].sort()).toEqual(['LeanSpecUnit.id', 'LeanSpecUnit.label']);
    expect([...report.kept].sort()).toEqual(['LeanSpecPerson.greeting', 'LeanSpecPerson.watched']);
    // What it replaced is no longer type-graphql's function; what it kept is.
    expect(person.getFields()['unit']?.resolve).not.toBe(before['unit']);
    expect(person.getFields()['greeting']?.resolve).toBe(before['greeting']);
    expect(person.getFields()['watched']?.resolve).toBe(before['watched']);
    expect(person.getFields()['id']?.resolve).toBeUndefined(); // simpleResolvers: graphql-js's default, untouched
    expect(unit.getFields()['label']?.resolve).not.toBe(before['unit.label']);
    // Once per schema.
    expect(leanFieldResolvers(schema, { resolvers: [], instanceOf: () => ({}) })).toBe(report);
  });

  it('answers exactly as type-graphql does: @Root conversion, @Ctx/@Info/@Root(property), order, this, promises, errors', async () => {
    const plain = await run((await specSchema(false)).schema);
    const { schema, container } = await specSchema(true);
    const lean = await run(schema);
    expect(lean.result).toEqual(plain.result);
    expect(lean.result).toMatchObject({
      data: {
        people: [
          { id: 'p1', unit: { id: 'u1', label: 'chuo' }, where: 'T/p1/LeanSpecPerson.where/resolver', later: 'later:p1', fails: null, greeting: 'hi p1', watched: 'watched:p1' },
          { id: 'p2', unit: null, where: 'T/p2/LeanSpecPerson.where/resolver', later: 'later:p2', fails: null, greeting: 'hi p2', watched: 'watched:p2' },
        ],
      },
      errors: [
        { message: 'refused:p1', path: ['people', 0, 'fails'] },
        { message: 'refused:p2', path: ['people', 1, 'fails'] },
      ],
    });
    // The root reaches the method as an instance of its class; the instance is the container's (one per schema).
    const instance = (container.get(LeanSpecPersonResolver) as LeanSpecPersonResolver).instance;
    expect(lean.calls.filter((c) => c.startsWith('unit:'))).toEqual([`unit:p1:instance:${instance}`, `unit:p2:instance:${instance}`]);
    expect(plain.calls.filter((c) => c.startsWith('unit:')).map((c) => c.replace(/:\d+$/, ''))).toEqual(['unit:p1:instance', 'unit:p2:instance']);
    // The kept middleware still runs, once per row.
    expect(lean.calls.filter((c) => c === 'middleware')).toHaveLength(2);
  });

  it('changes nothing when the schema has global middlewares', async () => {
    const { schema } = await specSchema(false);
    const person = schema.getType('LeanSpecPerson') as GraphQLObjectType;
    const before = person.getFields()['unit']?.resolve;
    const report = leanFieldResolvers(schema, { resolvers: [LeanSpecPersonResolver], instanceOf: () => ({}), globalMiddlewares: [audit] });
    expect(report.fieldResolvers).toEqual([]);
    expect(person.getFields()['unit']?.resolve).toBe(before);
  });

  it('calls the relation resolvers of the API schema directly (card → holder → section), and keeps those with arguments', async () => {
    const schema = await buildApiSchema();
    const card = schema.getType('OperatorIdCard') as GraphQLObjectType;
    const staff = schema.getType('Staff') as GraphQLObjectType;
    const report = leanFieldResolvers(schema, { resolvers: [], instanceOf: () => ({}) });
    expect(report.fieldResolvers).toEqual(expect.arrayContaining(['OperatorIdCard.holder', 'Staff.section']));
    // A prefetched relation is handed back synchronously, as the resolver method returns it.
    const holder = { id: 'h' };
    const info = {} as GraphQLResolveInfo;
    expect(card.getFields()['holder']?.resolve?.({ prefetchedHolder: holder }, {}, {}, info)).toBe(holder);
    const section = { id: 's' };
    expect(staff.getFields()['section']?.resolve?.({ prefetchedSection: section }, {}, {}, info)).toBe(section);
    // Every field resolver that takes arguments keeps type-graphql's resolver (validation, 第24条).
    for (const name of report.fieldResolvers) {
      const [typeName, fieldName] = name.split('.') as [string, string];
      const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName];
      expect({ name, args: field?.args.length }).toEqual({ name, args: 0 });
    }
  });
});
