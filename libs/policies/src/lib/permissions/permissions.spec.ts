import fc from 'fast-check';
import { articleExists } from '../articles/articles';
import { OPERATION_MATRIX, PERMISSION_MATRIX, PERSONAL_DATA_MASKED_FOR } from './permission-matrix';
import type { RowScope } from './permission-matrix.types';
import {
  fieldAccess,
  fieldAccessMap,
  fieldsOf,
  integrationTokenAllows,
  operationAllowed,
  recordTypes,
  rowScope,
} from './permissions';
import { ROLES, isRole, type Role } from './roles';

const REACH: Record<RowScope, number> = { SELF: 1, OWN_SECTION: 2, CITY: 3 };
const typeRows = Object.entries(PERMISSION_MATRIX);

describe('the permission matrix (第19条の2第1項第2号)', () => {
  it.each(typeRows)('%s cites an article that exists and names only known roles', (_type, rule) => {
    expect(articleExists(rule.article)).toBe(true);
    for (const role of [...Object.keys(rule.read), ...Object.keys(rule.write)]) expect(isRole(role)).toBe(true);
    expect(Object.keys(rule.fields)).toContain('id');
  });

  it.each(typeRows)('%s: nobody writes rows they cannot read, nor further than they read', (_type, rule) => {
    for (const [role, scope] of Object.entries(rule.write) as [Role, RowScope][]) {
      const read = rule.read[role];
      expect(read).toBeDefined();
      expect(REACH[read as RowScope]).toBeGreaterThanOrEqual(REACH[scope]);
    }
  });

  it.each(Object.entries(OPERATION_MATRIX))('operation %s cites an existing article', (_op, rule) => {
    expect(articleExists(rule.article)).toBe(true);
  });

  describe('default deny', () => {
    it('denies unknown types, unknown fields and roles without a row scope', () => {
      expect(fieldAccess('SYSTEM_OFFICER', 'NoSuchType', 'id')).toBe('DENIED');
      expect(fieldAccess('SYSTEM_OFFICER', 'PrintedFormOutput', 'noSuchField')).toBe('DENIED');
      expect(fieldAccess('IT_DIVISION_HEAD', 'PrintedFormOutput', 'formName')).toBe('DENIED');
      expect(rowScope('IT_DIVISION_HEAD', 'PrintedFormOutput')).toBeUndefined();
      expect(operationAllowed('Mutation.noSuchThing', ['SYSTEM_ADMINISTRATOR'])).toBe(false);
    });

    it('property: any name not in the matrix is denied to every role', () => {
      fc.assert(
        fc.property(fc.constantFrom(...ROLES), fc.string(), fc.string(), (role, type, field) => {
          const known = Object.prototype.hasOwnProperty.call(PERMISSION_MATRIX, type) && fieldsOf(type).includes(field);
          return known || fieldAccess(role, type, field) === 'DENIED';
        }),
      );
    });

    it('does not treat Object.prototype names as matrix entries', () => {
      expect(fieldAccess('SYSTEM_OFFICER', 'constructor', 'id')).toBe('DENIED');
      expect(fieldAccess('SYSTEM_OFFICER', 'Staff', 'toString')).toBe('DENIED');
      expect(operationAllowed('__proto__', ['SYSTEM_OFFICER'])).toBe(false);
    });
  });

  it('secrets are never readable by anyone', () => {
    for (const role of ROLES) expect(fieldAccess(role, 'ApiClient', 'tokenHash')).toBe('DENIED');
  });

  it('the auditor reads city-wide, never writes, and sees personal data masked (第6条第3項第3号)', () => {
    for (const [type, rule] of typeRows) {
      expect(rule.write.AUDITOR).toBeUndefined();
      for (const [field, f] of Object.entries(rule.fields)) {
        const access = fieldAccess('AUDITOR', type, field);
        expect(access).not.toBe('WRITE');
        if (f.personal && rule.read.AUDITOR) expect(access).toBe('MASKED');
      }
    }
    expect(PERSONAL_DATA_MASKED_FOR).toContain('AUDITOR');
    expect(fieldAccess('AUDITOR', 'PrintedFormOutput', 'requester')).toBe('MASKED');
    expect(fieldAccess('AUDITOR', 'PrintedFormOutput', 'formName')).toBe('READ');
  });

  it('handlers never reach beyond their own section (第8条, least data)', () => {
    for (const [type, rule] of typeRows) {
      if (type === 'OrganisationUnit' || type === 'PolicyRule' || type === 'PolicyProfile') continue;
      const scope = rule.read.HANDLER;
      if (scope) expect(['SELF', 'OWN_SECTION']).toContain(scope);
    }
  });

  it('only a security officer of the section designates handlers (第8条)', () => {
    expect(rowScope('SECURITY_OFFICER', 'HandlerDesignation', 'write')).toBe('OWN_SECTION');
    for (const role of ROLES.filter((r) => r !== 'SECURITY_OFFICER')) {
      expect(rowScope(role, 'HandlerDesignation', 'write')).toBeUndefined();
    }
  });

  it('the operation history cannot be written through the matrix by anyone (第19条第1項)', () => {
    for (const role of ROLES) {
      expect(rowScope(role, 'AuditEvent', 'write')).toBeUndefined();
      for (const field of fieldsOf('AuditEvent')) expect(fieldAccess(role, 'AuditEvent', field)).not.toBe('WRITE');
    }
  });

  it.each<[Role, string, string, string]>([
    ['SECURITY_OFFICER', 'PrintedFormOutput', 'formName', 'WRITE'],
    ['SECURITY_OFFICER', 'PrintedFormOutput', 'id', 'READ'],
    ['HANDLER', 'PrintedFormOutput', 'requester', 'WRITE'],
    ['SYSTEM_OFFICER', 'PrintedFormOutput', 'requester', 'READ'],
    ['IT_DIVISION_HEAD', 'HandlingPrecautions', 'printing', 'READ'],
    ['SECURITY_OFFICER', 'OperatorIdCard', 'cardNumber', 'MASKED'],
    ['SYSTEM_OFFICER', 'OperatorIdCard', 'cardNumber', 'WRITE'],
    ['HANDLER', 'OperatorIdCard', 'cardNumber', 'READ'],
    ['AUDITOR', 'Staff', 'passwordExpiresAt', 'DENIED'],
    // A ward system reads its section's card movements; cards are moved by people (recordedBy is staff).
    ['INTEGRATION', 'CardMovement', 'kind', 'READ'],
    ['HANDLER', 'CardMovement', 'kind', 'WRITE'],
    ['AUDITOR', 'CardLossReport', 'circumstances', 'MASKED'],
    ['INTEGRATION', 'CardDisposal', 'reason', 'DENIED'],
  ])('%s on %s.%s → %s', (role, type, field, expected) => {
    expect(fieldAccess(role, type, field)).toBe(expected);
  });

  it('fieldAccessMap agrees with fieldAccess for every role, type and field', () => {
    for (const role of ROLES) {
      for (const type of recordTypes()) {
        const map = fieldAccessMap(role, type);
        for (const field of fieldsOf(type)) expect(map[field]).toBe(fieldAccess(role, type, field));
      }
    }
  });

  it('ward-system tokens reach a type only through its scope', () => {
    expect(integrationTokenAllows('PrintedFormOutput', 'read', ['forms:read'])).toBe(true);
    expect(integrationTokenAllows('PrintedFormOutput', 'write', ['forms:read'])).toBe(false);
    expect(integrationTokenAllows('PrintedFormOutput', 'read', ['forms:write'])).toBe(true);
    expect(integrationTokenAllows('PrintedFormOutput', 'read', ['cards:write'])).toBe(false);
    expect(integrationTokenAllows('AuditEvent', 'read', ['audit:read'])).toBe(false);
    expect(integrationTokenAllows('CardStockTake', 'write', ['cards:write'])).toBe(false);
  });

  it('public operations are only catalogue reads, pure checks and signIn (presenting a card and a password)', () => {
    const publicOps = Object.entries(OPERATION_MATRIX).filter(([, r]) => r.audience === 'PUBLIC').map(([op]) => op);
    expect(publicOps.sort()).toEqual([
      'Mutation.signIn',
      'Query.checkPasswordStrength',
      'Query.checkPin',
      'Query.policyProfile',
      'Query.ruleCatalogue',
    ]);
    expect(operationAllowed('Query.ruleCatalogue', [])).toBe(true);
  });
});
