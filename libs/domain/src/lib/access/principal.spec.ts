import type { RoleGrant } from '@juki/policies';
import { ANONYMOUS, rolesOf, rowFilterFor, type Principal } from './principal';

const staff = (grants: RoleGrant[]): Principal => ({ kind: 'STAFF', staffId: 's-1', sessionId: 'x', grants, passwordChangeRequired: false });
const ON = '2026-11-28';

describe('principals and row filters', () => {
  it('anonymous callers reach no row', () => {
    expect(rolesOf(ANONYMOUS, ON)).toEqual([]);
    expect(rowFilterFor(ANONYMOUS, 'PrintedFormOutput', 'read', ON)).toEqual({ kind: 'none' });
  });

  it('a security officer of two sections reaches both, and nothing else', () => {
    const p = staff([
      { role: 'SECURITY_OFFICER', sectionId: 'b', effectiveFrom: '2025-04-01' },
      { role: 'SECURITY_OFFICER', sectionId: 'a', effectiveFrom: '2025-04-01' },
      { role: 'SECURITY_OFFICER', sectionId: 'old', effectiveFrom: '2020-04-01', effectiveTo: '2025-03-31' },
    ]);
    expect(rowFilterFor(p, 'PrintedFormOutput', 'read', ON)).toEqual({ kind: 'some', sectionIds: ['a', 'b'] });
  });

  it('a city-wide grant wins over section grants', () => {
    const p = staff([
      { role: 'HANDLER', sectionId: 'a', effectiveFrom: '2025-04-01' },
      { role: 'SYSTEM_OFFICER', effectiveFrom: '2025-04-01' },
    ]);
    expect(rowFilterFor(p, 'PrintedFormOutput', 'read', ON)).toEqual({ kind: 'all' });
    expect(rowFilterFor(p, 'PrintedFormOutput', 'write', ON)).toEqual({ kind: 'some', sectionIds: ['a'] });
  });

  it('SELF scope is the person themselves', () => {
    const p = staff([{ role: 'HANDLER', sectionId: 'a', effectiveFrom: '2025-04-01' }]);
    expect(rowFilterFor(p, 'Staff', 'read', ON)).toEqual({ kind: 'some', sectionIds: [], selfStaffId: 's-1' });
    expect(rowFilterFor(p, 'AuditEvent', 'read', ON)).toEqual({ kind: 'none' });
  });

  it('a ward system reaches its own section through INTEGRATION', () => {
    const p: Principal = { kind: 'API_CLIENT', apiClientId: 'c-1', sectionId: 'mihama', scopes: ['forms:write'] };
    expect(rolesOf(p, ON)).toEqual(['INTEGRATION']);
    expect(rowFilterFor(p, 'PrintedFormOutput', 'write', ON)).toEqual({ kind: 'some', sectionIds: ['mihama'] });
    expect(rowFilterFor(p, 'ApiClient', 'read', ON)).toEqual({ kind: 'some', sectionIds: [], selfApiClientId: 'c-1' });
    expect(rowFilterFor(p, 'AuditEvent', 'read', ON)).toEqual({ kind: 'none' });
  });
});
