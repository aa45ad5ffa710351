import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  getVariableValues,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  parse,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { calendarDateTextArbitrary, floatArbitrary, hostileTextArbitrary, instantTextArbitrary, intArbitrary, wrongTypeArbitrary } from './fuzz-values';

/**
 * Schema-driven generators: from a field's argument types (read from the BUILT schema, not from a list
 * kept by hand), fast-check arbitraries of variables — mostly of the right GraphQL type with hostile
 * content, sometimes of the wrong type, null where null is not allowed, or missing.
 */

/** Extra, plausible values for an argument path (`name`, `input.caseReference`): real ids, valid shapes. */
export type ValueHints = (path: string) => fc.Arbitrary<unknown> | undefined;

/** The operation that calls `field` with one variable per argument (named as the argument). */
export function operationFor(field: GraphQLField<unknown, unknown>, rootName = 'Mutation'): string {
  const keyword = rootName === 'Mutation' ? 'mutation' : 'query';
  const definitions = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${keyword} Fuzz${definitions ? `(${definitions})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
}

function scalarArbitrary(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'String':
    case 'ID':
      return hostileTextArbitrary;
    case 'Int':
      return intArbitrary;
    case 'Float':
      return floatArbitrary;
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return instantTextArbitrary;
    case 'Date':
      return calendarDateTextArbitrary;
    default:
      return hostileTextArbitrary;
  }
}

/**
 * Values of the argument's type (GraphQL-wise: the content is hostile, and dates, enum values and
 * calendar dates may still be refused by their scalar). Null and absence only where the type allows.
 */
function valueArbitrary(type: GraphQLInputType, path: string, hints: ValueHints, inList = false): fc.Arbitrary<unknown> {
  const nonNull = isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  const hint = hints(path);
  let value: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    const itemType = inner.ofType as GraphQLInputType;
    const item = valueArbitrary(itemType, `${path}[]`, hints, true);
    const textItems = ['String', 'ID'].includes(getNamedType(itemType).name);
    value = fc.oneof(
      { weight: 8, arbitrary: fc.array(item, { maxLength: 5 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 30, maxLength: 120 }) },
      // Over the list bound (1,000): distinct texts for a list of text, else one item repeated (still well typed).
      {
        weight: 1,
        arbitrary: textItems
          ? fc.integer({ min: 1_001, max: 1_500 }).map((n) => Array.from({ length: n }, (_, i) => `x${i}`))
          : fc.tuple(item, fc.integer({ min: 1_001, max: 1_500 })).map(([one, n]) => Array.from({ length: n }, () => one)),
      },
      // GraphQL coerces a single value to a list of one.
      { weight: 1, arbitrary: item },
    );
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    value = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueArbitrary(f.type, `${path}.${f.name}`, hints, inList)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    }).map((object) => Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)));
  } else if (isEnumType(inner)) {
    // Inside a list an unknown value is rarer: one per list is as telling as many, and a list of several
    // items would otherwise almost never be well typed.
    value = fc.oneof(
      { weight: inList ? 20 : 10, arbitrary: fc.constantFrom(...inner.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: fc.constantFrom('UNKNOWN', 'lost', "LOST'; --", '', 'SUCCESS OR 1=1') },
    );
  } else {
    value = scalarArbitrary(getNamedType(inner).name);
  }
  if (hint) value = fc.oneof({ weight: 3, arbitrary: hint }, { weight: 4, arbitrary: value });
  if (nonNull) {
    // A required field of an input object is never left out here (that is a corruption, below).
    return value;
  }
  return fc.oneof({ weight: 8, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(undefined) });
}

/** One way to break a call's variables at the GraphQL level: wrong type, null for non-null, missing, unknown field. */
type Corruption = { readonly kind: 'wrong-type'; readonly value: unknown } | { readonly kind: 'null' } | { readonly kind: 'missing' } | { readonly kind: 'unknown-field' };

const corruptionArbitrary: fc.Arbitrary<Corruption> = fc.oneof(
  { weight: 4, arbitrary: wrongTypeArbitrary.map((value): Corruption => ({ kind: 'wrong-type', value })) },
  { weight: 2, arbitrary: fc.constant<Corruption>({ kind: 'null' }) },
  { weight: 2, arbitrary: fc.constant<Corruption>({ kind: 'missing' }) },
  { weight: 1, arbitrary: fc.constant<Corruption>({ kind: 'unknown-field' }) },
);

function corrupt(variables: Record<string, unknown>, target: number, depth: number, corruption: Corruption): Record<string, unknown> {
  const keys = Object.keys(variables);
  const key = keys[target % Math.max(keys.length, 1)];
  const out = { ...variables };
  if (key === undefined || corruption.kind === 'unknown-field') {
    out['unknownField'] = "'; DROP TABLE staff; --";
    return out;
  }
  const current = out[key];
  // Into an input object now and then, else the whole value.
  if (depth > 0 && typeof current === 'object' && current !== null && !Array.isArray(current) && Object.keys(current).length > 0) {
    out[key] = corrupt(current as Record<string, unknown>, Math.floor(target / 7), depth - 1, corruption);
    return out;
  }
  if (corruption.kind === 'missing') delete out[key];
  else out[key] = corruption.kind === 'null' ? null : corruption.value;
  return out;
}

/**
 * Variables for a call of `field`, one per argument (an `undefined` one is left out of the request): about
 * one call in eight is corrupted at the GraphQL level (a wrong type, a null or a missing value, an unknown
 * field), the rest are of the right type with hostile content.
 */
export function variablesArbitrary(field: GraphQLField<unknown, unknown>, hints: ValueHints = () => undefined): fc.Arbitrary<Record<string, unknown>> {
  const record = fc
    .record(Object.fromEntries(field.args.map((arg) => [arg.name, valueArbitrary(arg.type, arg.name, hints)])))
    .map((vars) => Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== undefined)));
  const corrupted = fc
    .tuple(record, fc.nat(), fc.integer({ min: 0, max: 2 }), corruptionArbitrary)
    .map(([vars, target, depth, corruption]) => corrupt(vars, target, depth, corruption));
  return fc.oneof({ weight: 7, arbitrary: record }, { weight: 1, arbitrary: corrupted });
}

const parsed = new Map<string, OperationDefinitionNode>();

/**
 * Whether graphql-js accepts these variables for the operation (local coercion against the same schema):
 * false means the server must refuse the request before any resolver runs.
 */
export function variablesAreWellTyped(schema: GraphQLSchema, operation: string, variables: Record<string, unknown>): boolean {
  let definition = parsed.get(operation);
  if (!definition) {
    definition = parse(operation).definitions[0] as OperationDefinitionNode;
    parsed.set(operation, definition);
  }
  const result = getVariableValues(schema, definition.variableDefinitions ?? [], variables, { maxErrors: 1 });
  return result.errors === undefined;
}
