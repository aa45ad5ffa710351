import type { Authenticated } from '@juki/domain';
import { ROLES } from '@juki/policies';
import { subscriptionAllowed, usablePrincipal } from './notification-feed';

const staff = (passwordChangeRequired: boolean) =>
  ({
    kind: 'STAFF',
    passwordChangeRequired,
    principal: { kind: 'STAFF', staffId: 's', sessionId: 'x', grants: [], passwordChangeRequired },
  }) as unknown as Authenticated;
const client = { kind: 'API_CLIENT', principal: { kind: 'API_CLIENT', apiClientId: 'c', sectionId: 'sec', scopes: ['cards:read'] } } as unknown as Authenticated;

describe('who may hold the notificationAdded subscription (第10条の2第2項)', () => {
  it('follows OPERATION_MATRIX: the officers, the leadership and ward systems; not handlers, auditors or anonymous', () => {
    const allowed = ROLES.filter((role) => subscriptionAllowed([role]));
    expect([...allowed].sort()).toEqual(['DEPUTY_ADMINISTRATOR', 'INTEGRATION', 'SECURITY_OFFICER', 'SYSTEM_ADMINISTRATOR', 'SYSTEM_OFFICER']);
    expect(subscriptionAllowed([])).toBe(false);
    expect(subscriptionAllowed(['HANDLER', 'AUDITOR'])).toBe(false);
    expect(subscriptionAllowed(['HANDLER', 'SECURITY_OFFICER'])).toBe(true);
  });

  it('a socket keeps a principal only while its secret authenticates, a ward token only as Bearer, never with a password to change', () => {
    expect(usablePrincipal(null, 'bearer')).toBeNull();
    expect(usablePrincipal(staff(false), 'cookie')).toMatchObject({ kind: 'STAFF' });
    expect(usablePrincipal(staff(false), 'bearer')).toMatchObject({ kind: 'STAFF' });
    expect(usablePrincipal(staff(true), 'cookie')).toBeNull();
    expect(usablePrincipal(client, 'bearer')).toMatchObject({ kind: 'API_CLIENT' });
    expect(usablePrincipal(client, 'cookie')).toBeNull();
  });
});
