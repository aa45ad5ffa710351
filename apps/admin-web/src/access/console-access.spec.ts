import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isObjectType, parse, TypeInfo, visit, visitWithTypeInfo, type DocumentNode } from 'graphql';
import { fieldAccess, operationAllowed, recordTypes, ROLES, type Role } from '@juki/policies';
import * as documents from '../graphql/generated/graphql';
import { bestFieldAccess, canAccess, CONSOLE_RESOURCES, operationGateOpen, RESOURCE_OPERATIONS, visibleColumns } from './console-access';

const PEOPLE = ROLES.filter((role) => role !== 'INTEGRATION');

describe('canAccess (the console follows OPERATION_MATRIX)', () => {
  it.each(PEOPLE)('%s: a page or action exists exactly when every operation it calls is allowed', (role) => {
    for (const resource of CONSOLE_RESOURCES) {
      for (const [action, operations] of Object.entries(RESOURCE_OPERATIONS[resource])) {
        expect({ resource, action, can: canAccess([role], resource, action) }).toEqual({
          resource,
          action,
          can: (operations ?? []).every((operation) => operationAllowed(operation, [role])),
        });
      }
    }
  });

  it('gives the audit trail to the leadership, auditors and security officers, never to a handler', () => {
    expect(PEOPLE.filter((role) => canAccess([role], 'audit-events', 'list'))).toEqual([
      'SYSTEM_ADMINISTRATOR',
      'DEPUTY_ADMINISTRATOR',
      'SYSTEM_OFFICER',
      'SECURITY_OFFICER',
      'AUDITOR',
    ]);
    expect(canAccess(['HANDLER'], 'audit-events', 'list')).toBe(false);
    expect(canAccess(['SECURITY_OFFICER'], 'audit-events', 'verify')).toBe(false);
  });

  it('lets only the system officer create and revoke API clients', () => {
    expect(PEOPLE.filter((role) => canAccess([role], 'api-clients', 'create'))).toEqual(['SYSTEM_OFFICER']);
    expect(PEOPLE.filter((role) => canAccess([role], 'api-clients', 'revoke'))).toEqual(['SYSTEM_OFFICER']);
  });

  it('unions the roles a person holds, and refuses unknown pages, actions and the signed-out', () => {
    expect(canAccess(['HANDLER', 'SYSTEM_OFFICER'], 'api-clients', 'create')).toBe(true);
    expect(canAccess([], 'dashboard', 'list')).toBe(false);
    expect(canAccess(['SYSTEM_OFFICER'], 'nowhere', 'list')).toBe(false);
    expect(canAccess(['SYSTEM_OFFICER'], 'audit-events', 'delete')).toBe(false);
  });
});

describe('columns (PERMISSION_MATRIX field access)', () => {
  const columns = [{ field: 'name' }, { field: 'passwordExpiresAt' }, { field: 'nothing' }] as const;

  it('leaves out what none of the roles may read, keeps what is masked', () => {
    expect(visibleColumns(['AUDITOR'], 'Staff', columns).map((c) => c.field)).toEqual(['name']);
    expect(visibleColumns(['SYSTEM_OFFICER'], 'Staff', columns).map((c) => c.field)).toEqual(['name', 'passwordExpiresAt']);
    expect(visibleColumns(['AUDITOR', 'SYSTEM_OFFICER'], 'Staff', columns).map((c) => c.field)).toEqual(['name', 'passwordExpiresAt']);
    expect(bestFieldAccess(['AUDITOR'], 'LogonEvent', 'sourceAddress')).toBe('MASKED');
  });
});

/**
 * Every generated operation asks only for fields that EVERY role allowed to call it may read: the API
 * refuses a whole operation that selects a field none of the caller's roles may read, so a page must
 * never break (or be shown disabled) for a role that the matrix lets in.
 */
describe('generated operations against the permission matrix', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'api', 'schema.graphql'), 'utf8'));
  const matrixTypes = new Set(recordTypes());
  const operations: Array<[string, string]> = Object.entries(documents as Record<string, unknown>).flatMap(([name, value]) =>
    name.endsWith('Document') && value instanceof String ? [[name, value.toString()] as [string, string]] : [],
  );

  it('exist', () => {
    expect(operations.map(([name]) => name)).toEqual(expect.arrayContaining(['MeDocument', 'AuditEventsDocument', 'ApiClientsDocument']));
  });

  it.each(operations)('%s', (name, text) => {
    const document: DocumentNode = parse(text);
    const typeInfo = new TypeInfo(schema);
    const rootFields: string[] = [];
    const fields: Array<{ type: string; field: string }> = [];
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const parent = typeInfo.getParentType();
          if (!parent || node.name.value === '__typename') return;
          if (parent === schema.getQueryType() || parent === schema.getMutationType()) rootFields.push(`${parent.name}.${node.name.value}`);
          else if (isObjectType(getNamedType(parent)) && matrixTypes.has(parent.name)) fields.push({ type: parent.name, field: node.name.value });
        },
      }),
    );
    // A gated operation (OPERATION_GATES) is run by the console only for the roles its gate lets in.
    const gate = name.replace(/Document$/, '');
    const callers: Role[] = PEOPLE.filter((role) => rootFields.every((operation) => operationAllowed(operation, [role])) && operationGateOpen([role], gate));
    const denied = callers.flatMap((role) =>
      fields.filter(({ type, field }) => fieldAccess(role, type, field) === 'DENIED').map(({ type, field }) => `${role}: ${type}.${field}`),
    );
    expect(denied).toEqual([]);
  });
});
