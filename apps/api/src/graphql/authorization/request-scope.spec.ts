import type { Principal } from '@juki/domain';
import { MASK, type RoleGrant } from '@juki/policies';
import { accessForRoles, visibleText, visibleValue } from './field-access';
import { RequestScope, requestScope } from './request-scope';

const AT = new Date('2026-11-28T03:00:00Z');
const person = (grants: RoleGrant[], staffId = 's-1'): Principal => ({ kind: 'STAFF', staffId, sessionId: 'x', passwordChangeRequired: false, grants });
const grant = (role: RoleGrant['role'], sectionId?: string): RoleGrant => ({ role, effectiveFrom: '2025-04-01', ...(sectionId ? { sectionId } : {}) });

describe('field access per row (once per object, never per field)', () => {
  it('gives every row the same map when every reading role is city-wide', () => {
    const scope = new RequestScope(person([grant('AUDITOR')]), AT);
    const a = scope.access('OperatorIdCard', { sectionId: 'a', staffId: 's-9' });
    const b = scope.access('OperatorIdCard', { sectionId: 'b' });
    expect(a).toBe(b);
    expect(a['cardNumber']).toBe('MASKED');
  });

  it('takes the roles that cover THIS row: own section, self, or city-wide', () => {
    // A handler of section a who is also security officer of section b.
    const scope = new RequestScope(person([grant('HANDLER', 'a'), grant('SECURITY_OFFICER', 'b')]), AT);
    expect(scope.access('OperatorIdCard', { sectionId: 'b', staffId: 's-9' })['cardNumber']).toBe('MASKED'); // as security officer of b
    expect(scope.access('OperatorIdCard', { sectionId: 'a', staffId: 's-1' })['cardNumber']).toBe('READ'); // their own card, as handler
    expect(scope.access('OperatorIdCard', { sectionId: 'a', staffId: 's-9' })['cardNumber']).toBeUndefined(); // someone else's card in a: no role covers it
    expect(scope.access('OperatorIdCard', { sectionId: 'c', staffId: 's-9' })).toEqual({});
  });

  it('merges the roles covering a row, the most permissive winning', () => {
    expect(accessForRoles('Staff', ['AUDITOR'])['passwordExpiresAt']).toBe('DENIED');
    expect(accessForRoles('Staff', ['AUDITOR', 'SYSTEM_OFFICER'])['passwordExpiresAt']).toBe('READ');
    expect(accessForRoles('PrintedFormOutput', ['AUDITOR', 'HANDLER'])['requester']).toBe('WRITE');
    expect(accessForRoles('Staff', [])).toEqual({});
  });

  it('shows a mask that says nothing about the value, and null when denied', () => {
    expect(visibleText('MASKED', '1234-5678')).toBe(MASK);
    expect(visibleText('MASKED', 'x')).toBe(visibleText('MASKED', 'a much longer value'));
    expect(visibleText('READ', 'v')).toBe('v');
    expect(visibleText('DENIED', 'v')).toBeNull();
    expect(visibleText(undefined, 'v')).toBeNull();
    expect(visibleValue('MASKED', 42)).toBeNull();
    expect(visibleValue('WRITE', 42)).toBe(42);
  });
});

describe('row filters per request', () => {
  it('is the domain filter for people, with a stable key', () => {
    const scope = new RequestScope(person([grant('SECURITY_OFFICER', 'b'), grant('SECURITY_OFFICER', 'a')]), AT);
    expect(scope.rowFilter('PrintedFormOutput')).toEqual({ kind: 'some', sectionIds: ['a', 'b'] });
    expect(scope.rowFilterKey('PrintedFormOutput')).toBe('some:a,b::');
    expect(scope.rowFilter('OrganisationUnit')).toEqual({ kind: 'all' });
  });

  it('is empty for a ward system whose token lacks the type’s scope, and for anonymous callers', () => {
    const ward: Principal = { kind: 'API_CLIENT', apiClientId: 'c-1', sectionId: 'mihama', scopes: ['cards:read'] };
    const scope = new RequestScope(ward, AT);
    expect(scope.rowFilter('PrintedFormOutput')).toEqual({ kind: 'none' });
    expect(scope.access('PrintedFormOutput', { sectionId: 'mihama' })).toEqual({});
    expect(scope.rowFilter('CardMovement')).toEqual({ kind: 'some', sectionIds: ['mihama'] });
    expect(scope.access('CardMovement', { sectionId: 'mihama' })['kind']).toBe('READ');
    expect(new RequestScope({ kind: 'ANONYMOUS' }, AT).rowFilter('OrganisationUnit')).toEqual({ kind: 'none' });
  });

  it('ignores grants not in force on the request date (JST)', () => {
    const scope = new RequestScope(person([{ role: 'SYSTEM_OFFICER', effectiveFrom: '2026-11-29' }]), new Date('2026-11-28T14:59:59Z'));
    expect(scope.today).toBe('2026-11-28');
    expect(scope.rowFilter('OrganisationUnit')).toEqual({ kind: 'none' });
    expect(new RequestScope(person([{ role: 'SYSTEM_OFFICER', effectiveFrom: '2026-11-29' }]), new Date('2026-11-28T15:00:00Z')).rowFilter('OrganisationUnit')).toEqual({ kind: 'all' });
  });
});

describe('requestScope', () => {
  it('is one per context object, never shared', () => {
    const a = { requestedAt: AT, principal: person([grant('AUDITOR')]) };
    const b = { requestedAt: AT, principal: person([grant('AUDITOR')]) };
    expect(requestScope(a)).toBe(requestScope(a));
    expect(requestScope(a)).not.toBe(requestScope(b));
    expect(requestScope(a).loader('k', () => ({ n: 1 }))).toBe(requestScope(a).loader('k', () => ({ n: 2 })));
    expect(requestScope(b).loader('k', () => ({ n: 2 }))).toEqual({ n: 2 });
  });

  it('reads the principal and the date of the request', () => {
    const scope = requestScope({ requestedAt: new Date('2026-11-28T15:30:00Z'), principal: { kind: 'ANONYMOUS' } });
    expect(scope.subject.kind).toBe('ANONYMOUS');
    expect(scope.today).toBe('2026-11-29');
  });
});
