import type { Principal } from '../access/principal';
import { DomainError } from '../shared/domain-error';
import { personalDataReadEvents, PersonalDataReadLog, validateAuditEventInput, type AuditEventInput } from './audit-trail';

const STAFF: Principal = { kind: 'STAFF', staffId: '6ba7b810-9dad-41d1-80b4-00c04fd430c8', sessionId: 's', grants: [], passwordChangeRequired: false };
const AT = new Date('2025-04-01T00:00:00Z');

describe('validateAuditEventInput', () => {
  const input: AuditEventInput = {
    principal: STAFF,
    roles: ['HANDLER'],
    operation: 'Query.staff',
    recordType: 'Staff',
    recordIds: ['chuo-1'],
    sectionId: null,
    source: '::1',
    outcome: 'SUCCESS',
    occurredAt: AT,
  };

  it('accepts identifiers', () => {
    expect(() => validateAuditEventInput(input)).not.toThrow();
  });

  it('refuses with a DomainError naming the field, whatever the principal', () => {
    const error = (() => {
      try {
        validateAuditEventInput({ ...input, principal: { kind: 'API_CLIENT', apiClientId: 'tok en', sectionId: 'x', scopes: [] } });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'AUDIT.INVALID_EVENT', params: { field: 'actor' } });
  });
});

describe('personal-data reads: one event per request, record type and section', () => {
  it('collects cheaply and de-duplicates', () => {
    const log = new PersonalDataReadLog();
    expect(log.isEmpty).toBe(true);
    log.note('Query.staff', 'Staff', 'sec-a', ['b', 'a']);
    log.note('Query.staff', 'Staff', 'sec-a', 'a');
    log.note('Query.staff', 'Staff', 'sec-b', 'c');
    log.note('Query.staff', 'OperatorIdCard', 'sec-a', 'k');
    const events = personalDataReadEvents(log.toReads({ principal: STAFF, roles: ['SYSTEM_OFFICER'], source: null, occurredAt: AT }));
    expect(events.map((e) => [e.recordType, e.sectionId, e.recordIds])).toEqual([
      ['Staff', 'sec-a', ['a', 'b']],
      ['Staff', 'sec-b', ['c']],
      ['OperatorIdCard', 'sec-a', ['k']],
    ]);
    expect(events.every((e) => e.outcome === 'SUCCESS' && e.operation === 'Query.staff')).toBe(true);
  });

  it('splits only beyond 1,000 ids, and writes nothing for an empty read', () => {
    const ids = Array.from({ length: 2_500 }, (_, i) => `r${String(i).padStart(4, '0')}`);
    const events = personalDataReadEvents([{ principal: STAFF, roles: [], operation: 'Query.staff', recordType: 'Staff', recordIds: ids, sectionId: null, source: null, occurredAt: AT }]);
    expect(events.map((e) => e.recordIds.length)).toEqual([1000, 1000, 500]);
    expect(personalDataReadEvents([{ principal: STAFF, roles: [], operation: 'Query.staff', recordType: 'Staff', recordIds: [], sectionId: null, source: null, occurredAt: AT }])).toEqual([]);
  });
});
