import fc from 'fast-check';
import { checkApiClientScopes, integrationScopes } from './api-client-scopes.rule';
import { PERMISSION_MATRIX } from './permission-matrix';
import { integrationTokenAllows } from './permissions';

describe('art19-2.apiClientScopes (第19条の2第1項第2号)', () => {
  it('offers exactly the scopes the matrix grants to INTEGRATION', () => {
    const scopes = integrationScopes();
    expect(scopes).toEqual(expect.arrayContaining(['forms:read', 'forms:write', 'cards:read', 'cards:write', 'organisation:read']));
    expect(scopes).not.toContain('organisation:write');
    for (const scope of scopes) {
      const [prefix, mode] = scope.split(':') as [string, 'read' | 'write'];
      const types = Object.entries(PERMISSION_MATRIX).filter(([, r]) => r.integrationScope === prefix).map(([t]) => t);
      expect(types.some((t) => integrationTokenAllows(t, mode, [scope]))).toBe(true);
    }
  });

  it.each([
    [['forms:read'], []],
    [['forms:write', 'cards:read', 'organisation:read'], []],
    [[], ['API_CLIENTS.NO_SCOPE']],
    [['forms:admin'], ['API_CLIENTS.UNKNOWN_SCOPE']],
    [['organisation:write'], ['API_CLIENTS.UNKNOWN_SCOPE']],
    [['forms:read', '*', 'all'], ['API_CLIENTS.UNKNOWN_SCOPE', 'API_CLIENTS.UNKNOWN_SCOPE']],
  ])('%j → %j', (scopes, codes) => {
    const verdict = checkApiClientScopes(scopes);
    expect(verdict.violations.map((v) => v.code)).toEqual(codes);
    expect(verdict.ok).toBe(codes.length === 0);
    for (const v of verdict.violations) expect(v.article).toBe('第19条の2第1項第2号');
  });

  it('accepts any non-empty set of known scopes and refuses any unknown one (property)', () => {
    const known = integrationScopes();
    fc.assert(
      fc.property(fc.subarray([...known], { minLength: 1 }), fc.string({ maxLength: 80 }), (scopes, other) => {
        expect(checkApiClientScopes(scopes).ok).toBe(true);
        expect(checkApiClientScopes([...scopes, other]).ok).toBe(known.includes(other));
      }),
    );
  });

  it('shortens a long unknown scope in the message', () => {
    const [v] = checkApiClientScopes(['x'.repeat(500)]).violations;
    expect(String(v?.params['scope']).length).toBeLessThanOrEqual(65);
  });
});
