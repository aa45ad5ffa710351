import { fieldAccess, operationRule, PERMISSION_MATRIX, ROLES, type Role } from '@juki/policies';
import {
  getNamedType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { isStructuralType, matrixTypeOf, STRUCTURAL_TYPES } from './structural-types';

function rootTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t): t is GraphQLObjectType => !!t);
}

/** Every object and interface type of the schema except the root and introspection types. */
function outputTypes(schema: GraphQLSchema): (GraphQLObjectType | GraphQLInterfaceType)[] {
  const roots = new Set(rootTypes(schema).map((t) => t.name));
  return Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType | GraphQLInterfaceType => !t.name.startsWith('__') && !roots.has(t.name) && (isObjectType(t) || isInterfaceType(t)),
  );
}

function readers(matrixType: string): Role[] {
  const rule = PERMISSION_MATRIX[matrixType];
  return rule ? ROLES.filter((role) => rule.read[role] !== undefined) : [];
}

/**
 * Everything in a schema that the permission matrix does not cover, as readable problems (empty = fine):
 * - a root field without an OPERATION_MATRIX entry;
 * - an object or interface type that is neither in the matrix nor structural (STRUCTURAL_TYPES, Relay
 *   connections/edges of matrix types);
 * - a field of a record type that the matrix does not name;
 * - a structural type that has an `id` (a record hiding there) or is also a matrix type; a Node that is not a record;
 * - a field masked for some role that is not a String (a mask is text); a field denied to some of the type's
 *   readers but not others that is non-null (it resolves to null on those rows).
 */
export function schemaMatrixProblems(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  for (const root of rootTypes(schema)) {
    for (const field of Object.keys(root.getFields())) {
      if (operationRule(`${root.name}.${field}`) === undefined) problems.push(`${root.name}.${field}: no OPERATION_MATRIX entry`);
    }
  }
  for (const name of STRUCTURAL_TYPES) {
    if (Object.prototype.hasOwnProperty.call(PERMISSION_MATRIX, name)) problems.push(`${name}: structural and a matrix type at once`);
  }
  for (const type of outputTypes(schema)) {
    const fields: GraphQLField<unknown, unknown>[] = Object.values(type.getFields());
    if (isStructuralType(type.name)) {
      if (isObjectType(type) && STRUCTURAL_TYPES.includes(type.name) && fields.some((f) => f.name === 'id')) {
        problems.push(`${type.name}: a structural type with an id (records belong in the matrix)`);
      }
      continue;
    }
    const matrixType = matrixTypeOf(type.name);
    if (matrixType === undefined) {
      problems.push(`${type.name}: not in the permission matrix and not structural`);
      continue;
    }
    const named = Object.keys(PERMISSION_MATRIX[matrixType]?.fields ?? {});
    const roles = readers(matrixType);
    for (const field of fields) {
      if (!named.includes(field.name)) {
        problems.push(`${type.name}.${field.name}: not in the permission matrix`);
        continue;
      }
      const access = roles.map((role) => fieldAccess(role, matrixType, field.name));
      const value = getNamedType(field.type);
      if (access.includes('MASKED') && !(isScalarType(value) && value.name === 'String')) problems.push(`${type.name}.${field.name}: masked but not a String`);
      if (access.includes('DENIED') && access.some((a) => a !== 'DENIED') && isNonNullType(field.type)) {
        problems.push(`${type.name}.${field.name}: denied to some readers but non-null`);
      }
    }
  }
  return problems;
}
