import fc from 'fast-check';
import type { GraphQLField, GraphQLSchema } from 'graphql';
import { buildApiSchema } from '../graphql/build-api-schema';
import { operationFor, variablesArbitrary, variablesAreWellTyped } from './graphql-arbitraries';

describe('schema-driven fuzz generators', () => {
  let schema: GraphQLSchema;
  let mutations: GraphQLField<unknown, unknown>[];
  beforeAll(async () => {
    schema = await buildApiSchema();
    mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
  });

  it('write one operation per mutation, with one variable per argument', () => {
    expect(mutations.length).toBeGreaterThan(0);
    const field = mutations.find((m) => m.name === 'createApiClient');
    expect(field && operationFor(field)).toBe(
      'mutation Fuzz($name: String!, $sectionId: ID!, $scopes: [String!]!) { createApiClient(name: $name, sectionId: $sectionId, scopes: $scopes) { __typename } }',
    );
    const signOut = mutations.find((m) => m.name === 'signOut');
    expect(signOut && operationFor(signOut)).toBe('mutation Fuzz { signOut }');
  });

  it('mostly generate variables of the right type, and some of the wrong one, for every mutation', () => {
    for (const field of mutations) {
      const operation = operationFor(field);
      const samples = fc.sample(variablesArbitrary(field), { numRuns: 400, seed: 42 });
      const wellTyped = samples.filter((v) => variablesAreWellTyped(schema, operation, v)).length;
      if (field.args.length === 0) {
        expect(wellTyped).toBe(samples.length);
        continue;
      }
      expect({ field: field.name, share: wellTyped / samples.length > 0.6 }).toEqual({ field: field.name, share: true });
      expect({ field: field.name, some: wellTyped < samples.length }).toEqual({ field: field.name, some: true });
    }
  });

  it('put hostile text in text arguments: SQL, markup, huge and malformed strings', () => {
    const field = mutations.find((m) => m.name === 'signIn') as GraphQLField<unknown, unknown>;
    const texts = fc.sample(variablesArbitrary(field), { numRuns: 2_000, seed: 7 }).flatMap((v) => [v['idCardNumber'], v['password']]).filter((t): t is string => typeof t === 'string');
    expect(texts.some((t) => t.includes('DROP TABLE'))).toBe(true);
    expect(texts.some((t) => t.includes('<script>'))).toBe(true);
    expect(texts.some((t) => t.length > 1_000)).toBe(true);
    expect(texts.some((t) => /[\ud800-\udfff]/.test(t) && !/[\ud800-\udbff][\udc00-\udfff]/.test(t))).toBe(true);
  });

  it('knows a wrong type from a right one (local coercion against the same schema)', () => {
    const field = mutations.find((m) => m.name === 'purgeAuditEvents') as GraphQLField<unknown, unknown>;
    const operation = operationFor(field);
    expect(variablesAreWellTyped(schema, operation, { before: '2010-01-01T00:00:00Z', maxEvents: 5 })).toBe(true);
    expect(variablesAreWellTyped(schema, operation, { before: '2010-01-01T00:00:00Z', maxEvents: 2 ** 40 })).toBe(false);
    expect(variablesAreWellTyped(schema, operation, { before: '2010-02-30T00:00:00Z' })).toBe(false);
    expect(variablesAreWellTyped(schema, operation, {})).toBe(false);
  });
});
