import { buildSchema, type GraphQLSchema } from 'graphql';
import { buildApiSchema } from '../build-api-schema';
import { schemaMatrixProblems } from './schema-matrix.check';

describe('the API schema against the permission matrix (default deny, 第19条の2第1項第2号)', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await buildApiSchema();
  });

  it('has no type, field or operation the matrix does not cover', () => {
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toContain('organisationUnits');
    expect(schemaMatrixProblems(schema)).toEqual([]);
  });
});

describe('schemaMatrixProblems', () => {
  it('finds each kind of gap', () => {
    const bad = buildSchema(`
      interface Node { id: ID! }
      type Query { organisationUnits: OrganisationUnit, unlisted: Int, node(id: ID!): Node }
      type Mutation { deleteEverything: Boolean }
      type OrganisationUnit implements Node { id: ID!, code: String!, budget: Int }
      type Stranger implements Node { id: ID! }
      type Staff implements Node { id: ID!, passwordExpiresAt: String! }
      type OperatorIdCard implements Node { id: ID!, cardNumber: Int }
      type LocalizedText { id: ID!, ja: String!, en: String! }
      type OrganisationUnitConnection { totalCount: Int! }
      type PageInfo { hasNextPage: Boolean! }
    `);
    expect(schemaMatrixProblems(bad).sort()).toEqual(
      [
        'Query.unlisted: no OPERATION_MATRIX entry',
        'Mutation.deleteEverything: no OPERATION_MATRIX entry',
        'OrganisationUnit.budget: not in the permission matrix',
        'Stranger: not in the permission matrix and not structural',
        'Staff.passwordExpiresAt: denied to some readers but non-null',
        'OperatorIdCard.cardNumber: masked but not a String',
        'LocalizedText: a structural type with an id (records belong in the matrix)',
      ].sort(),
    );
  });
});
