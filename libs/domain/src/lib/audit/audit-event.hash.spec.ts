import fc from 'fast-check';
import { AuditEventEntity } from './audit-event.entity';
import { auditEventHash, canonicalAuditEvent, GENESIS_HASH, type SealedAuditEvent } from './audit-event.hash';

const EVENT: SealedAuditEvent = {
  id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  sequence: 42,
  occurredAt: new Date('2025-04-01T09:30:15.123Z'),
  actorKind: 'STAFF',
  actorStaffId: '6ba7b810-9dad-41d1-80b4-00c04fd430c8',
  actorApiClientId: null,
  roles: 'HANDLER,SECURITY_OFFICER',
  operation: 'Mutation.recordPrintedFormOutput',
  recordType: 'PrintedFormOutput',
  recordIds: '["a","b"]',
  sectionId: 'chuo-shimin',
  source: '192.0.2.1',
  outcome: 'SUCCESS',
  previousHash: GENESIS_HASH,
};

/** A different value of the same type for each field. */
const CHANGED: { [K in keyof SealedAuditEvent]: SealedAuditEvent[K] } = {
  id: '3f2504e0-4f89-41d3-9a0c-0305e82c3302',
  sequence: 43,
  occurredAt: new Date('2025-04-01T09:30:15.124Z'),
  actorKind: 'API_CLIENT',
  actorStaffId: null,
  actorApiClientId: '6ba7b810-9dad-41d1-80b4-00c04fd430c8',
  roles: 'HANDLER',
  operation: 'Query.printedFormOutputs',
  recordType: null,
  recordIds: '["a"]',
  sectionId: null,
  source: '::1',
  outcome: 'DENIED',
  previousHash: 'f'.repeat(64),
};

describe('the audit event hash (第19条第1項: tamper-evident)', () => {
  it('is SHA-256 hex of a fixed-position JSON array', () => {
    expect(auditEventHash(EVENT)).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(canonicalAuditEvent(EVENT))).toEqual([
      'juki-sec/audit-event/v1',
      '42',
      EVENT.id,
      '2025-04-01T09:30:15.123Z',
      'STAFF',
      EVENT.actorStaffId,
      null,
      'HANDLER,SECURITY_OFFICER',
      'Mutation.recordPrintedFormOutput',
      'PrintedFormOutput',
      '["a","b"]',
      'chuo-shimin',
      '192.0.2.1',
      'SUCCESS',
      GENESIS_HASH,
    ]);
  });

  it('is stable (a known vector)', () => {
    expect(auditEventHash(EVENT)).toBe(auditEventHash({ ...EVENT, occurredAt: new Date(EVENT.occurredAt.getTime()) }));
    expect(auditEventHash(Object.assign(new AuditEventEntity(), EVENT, { hash: 'whatever' }))).toBe(auditEventHash(EVENT));
  });

  it.each(Object.keys(CHANGED) as (keyof SealedAuditEvent)[])('changes when %s changes', (field) => {
    expect(auditEventHash({ ...EVENT, [field]: CHANGED[field] })).not.toBe(auditEventHash(EVENT));
  });

  it('property: two events that differ in any field never serialise alike (no ambiguity between fields)', () => {
    const text = fc.option(fc.string({ maxLength: 12 }), { nil: null });
    const arbitrary = fc.record({
      id: fc.string({ maxLength: 8 }),
      sequence: fc.nat(),
      occurredAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
      actorKind: fc.constantFrom('ANONYMOUS' as const, 'STAFF' as const, 'API_CLIENT' as const),
      actorStaffId: text,
      actorApiClientId: text,
      roles: fc.string({ maxLength: 8 }),
      operation: fc.string({ maxLength: 8 }),
      recordType: text,
      recordIds: fc.string({ maxLength: 8 }),
      sectionId: text,
      source: text,
      outcome: fc.constantFrom('SUCCESS' as const, 'DENIED' as const, 'FAILED' as const),
      previousHash: fc.string({ maxLength: 8 }),
    });
    fc.assert(
      fc.property(arbitrary, arbitrary, (a, b) => {
        const same = JSON.stringify({ ...a, occurredAt: a.occurredAt.getTime() }) === JSON.stringify({ ...b, occurredAt: b.occurredAt.getTime() });
        return same === (canonicalAuditEvent(a) === canonicalAuditEvent(b));
      }),
    );
  });
});
