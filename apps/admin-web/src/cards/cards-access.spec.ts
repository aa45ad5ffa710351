import { ROLES } from '@juki/policies';
import { canAccess } from '../access/console-access';

const PEOPLE = ROLES.filter((role) => role !== 'INTEGRATION');
const who = (resource: string, action: string) => PEOPLE.filter((role) => canAccess([role], resource, action));

describe('resident cards, PIN and notifications follow the permission matrix', () => {
  it('shows the card pages to every role that reads the stock, not to the IT division head', () => {
    expect(who('resident-cards', 'list')).toEqual(['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'SECURITY_OFFICER', 'HANDLER', 'AUDITOR']);
  });

  it('lets the section’s officer and handlers record movements and losses (第10条の2)', () => {
    expect(who('resident-cards', 'receive')).toEqual(['SECURITY_OFFICER', 'HANDLER']);
    expect(who('resident-cards', 'move')).toEqual(['SECURITY_OFFICER', 'HANDLER']);
    expect(who('resident-cards', 'report-loss')).toEqual(['SECURITY_OFFICER', 'HANDLER']);
  });

  it('keeps stock-takes and disposals (第10条の3) to the security officer', () => {
    expect(who('resident-cards', 'stock-take')).toEqual(['SECURITY_OFFICER']);
    expect(who('resident-cards', 'dispose')).toEqual(['SECURITY_OFFICER']);
  });

  it('gives the notifications to the system officer, the leadership and the security officers, never to a handler', () => {
    expect(who('notifications', 'list')).toEqual(['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'SECURITY_OFFICER']);
    expect(who('notifications', 'mark-read')).toEqual(['SYSTEM_ADMINISTRATOR', 'DEPUTY_ADMINISTRATOR', 'SYSTEM_OFFICER', 'SECURITY_OFFICER']);
  });

  it('lets every signed-in role check a PIN, and those at the counter record the guidance (第10条の4)', () => {
    expect(who('pin-check', 'list')).toEqual(PEOPLE);
    expect(who('pin-guidance', 'create')).toEqual(['SECURITY_OFFICER', 'HANDLER']);
  });
});
