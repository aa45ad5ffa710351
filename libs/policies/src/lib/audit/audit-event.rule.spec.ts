import fc from 'fast-check';
import { articleExists } from '../articles/articles';
import {
  AUDIT_OPERATION_PATTERN,
  checkAuditEventFields,
  checkLegalHoldScope,
  isAuditIdentifier,
  isIpAddress,
  legalHoldCovers,
  MAX_AUDIT_RECORD_IDS,
  type AuditEventFields,
  type LegalHoldScope,
} from './audit-event.rule';
import { AUDIT_MESSAGES } from './audit.messages';

const VALID: AuditEventFields = {
  operation: 'Mutation.signIn',
  recordType: 'OperatorIdCard',
  recordIds: ['3f2504e0-4f89-41d3-9a0c-0305e82c3301'],
  sectionId: 'chuo-shimin',
  source: '192.0.2.7',
  roles: ['HANDLER'],
  actorId: '6ba7b810-9dad-41d1-80b4-00c04fd430c8',
  occurredAt: new Date('2025-04-01T00:00:00Z'),
};

describe('art19.operationHistoryEvent (第19条第1項): identifiers only', () => {
  it('cites articles that exist', () => {
    for (const entry of Object.values(AUDIT_MESSAGES)) expect(articleExists(entry.article)).toBe(true);
  });

  it.each([
    ['3f2504e0-4f89-41d3-9a0c-0305e82c3301', true],
    ['3F2504E0-4F89-41D3-9A0C-0305E82C3301', true],
    ['chuo-shimin', true],
    ['art21.passwordStrength', true],
    ['OP-0001234', true],
    ['kansa_2025:3', true],
    ['a', true],
    ['x'.repeat(24), true],
    // refused: digits only (a PIN), symbols, spaces, long runs (tokens, keys), too long, empty, separators at the ends
    ['1234', false],
    ['0000-1111', false],
    ['Tr0ub4dor&3', false],
    ['P@ssw0rd', false],
    ['hunter 2', false],
    ['山田太郎', false],
    ['x'.repeat(25), false],
    ['a3f9c2d17e5b4a6c8d0e1f2a3b4c5d6e', false],
    ['jks_9fQ2xLr7TzVb0KmN4pWc8sYh1uEa6dGo3iJk5lMn', false],
    [`${'ab-'.repeat(13)}ab`, false],
    ['', false],
    ['-lead', false],
    ['trail-', false],
    ["x' OR '1'='1", false],
    ['<script>', false],
  ])('isAuditIdentifier(%j) → %s', (value, expected) => {
    expect(isAuditIdentifier(value)).toBe(expected);
  });

  it.each([
    ['192.0.2.1', true],
    ['0.0.0.0', true],
    ['255.255.255.255', true],
    ['::1', true],
    ['::', true],
    ['::ffff:127.0.0.1', true],
    ['2001:db8::8a2e:370:7334', true],
    ['2001:0db8:0000:0000:0000:ff00:0042:8329', true],
    ['256.1.1.1', false],
    ['1.2.3', false],
    ['01.2.3.4', false],
    ['1:2:3:4:5:6:7', false],
    ['1::2::3', false],
    ['fe80::1%eth0', false],
    ['192.0.2.1:443', false],
    ['localhost', false],
    ['hunter2!', false],
  ])('isIpAddress(%j) → %s', (value, expected) => {
    expect(isIpAddress(value)).toBe(expected);
  });

  it('accepts a well-formed event', () => {
    expect(checkAuditEventFields(VALID)).toEqual({ ok: true, violations: [] });
    expect(checkAuditEventFields({ ...VALID, recordType: null, recordIds: [], sectionId: null, source: null, actorId: null, roles: [] }).ok).toBe(true);
  });

  it.each<[string, Partial<AuditEventFields>, string[]]>([
    ['free text as the operation', { operation: 'Mutation.signIn password=x' }, ['operation']],
    ['an unknown root', { operation: 'Admin.deleteAll' }, ['operation']],
    ['a lower-case record type', { recordType: 'staff' }, ['recordType']],
    ['ids without a record type', { recordType: null }, ['recordType']],
    ['a secret among the ids', { recordIds: ['chuo', 'S3cret!'] }, ['recordIds']],
    ['too many ids', { recordIds: Array.from({ length: MAX_AUDIT_RECORD_IDS + 1 }, (_, i) => `r${i}`) }, ['recordIds']],
    ['a token as the section', { sectionId: 'jks_9fQ2xLr7TzVb0KmN4pWc8sYh1uEa6dGo3iJk5lMn' }, ['sectionId']],
    ['a host name as the source', { source: 'evil.example' }, ['source']],
    ['an unknown role', { roles: ['ROOT'] }, ['roles']],
    ['an invalid instant', { occurredAt: new Date(Number.NaN) }, ['occurredAt']],
    ['every field at once', { operation: 'x', recordIds: ['!'], source: 'x', roles: ['X'], actorId: 'a b' }, ['operation', 'recordIds', 'source', 'roles', 'actor']],
  ])('refuses %s, naming every field (never the value)', (_name, change, fields) => {
    const input = { ...VALID, ...change };
    const verdict = checkAuditEventFields(input);
    expect(verdict.ok).toBe(false);
    expect(verdict.violations.map((v) => v.params['field'])).toEqual(fields);
    expect(verdict.violations.every((v) => v.code === 'AUDIT.INVALID_EVENT' && v.article === '第19条第1項')).toBe(true);
  });

  it('property: a value with any character outside letters, digits and - _ . : is never an identifier', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(' ', '!', '@', '#', '$', '%', '&', '*', '/', '\\', '"', "'", '=', '+', '\n', '漢', '＊'), fc.string(), (a, bad, b) => !isAuditIdentifier(a + bad + b)),
    );
  });

  it('property: no violation, message or parameter ever contains the refused value', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 6 }).filter((s) => !isAuditIdentifier(s) && !/^\s*$/.test(s)), (secret) => {
        const verdict = checkAuditEventFields({ ...VALID, recordIds: [secret], sectionId: secret, source: secret });
        return !verdict.ok && !JSON.stringify(verdict.violations).includes(JSON.stringify(secret).slice(1, -1));
      }),
    );
  });

  it('property: every UUID and every IP address the generators make is accepted', () => {
    fc.assert(fc.property(fc.uuid(), (id) => isAuditIdentifier(id)));
    fc.assert(fc.property(fc.ipV4(), (ip) => isIpAddress(ip)));
    fc.assert(fc.property(fc.ipV6(), (ip) => isIpAddress(ip)));
  });

  it('names operations as GraphQL root fields or system jobs', () => {
    expect(AUDIT_OPERATION_PATTERN.test('System.purgeAuditEvents')).toBe(true);
    expect(AUDIT_OPERATION_PATTERN.test('Query.auditEvents')).toBe(true);
    expect(AUDIT_OPERATION_PATTERN.test('Query.')).toBe(false);
  });
});

describe('art19.operationHistoryLegalHold (第19条第1項)', () => {
  const at = (iso: string): Date => new Date(iso);
  const SCOPE: LegalHoldScope = { coversFrom: at('2020-01-01T00:00:00Z'), coversUntil: at('2021-01-01T00:00:00Z'), recordType: null, caseReference: 'kansa-7', reason: '監査' };

  it.each<[string, Partial<LegalHoldScope>, string[]]>([
    ['a time range', {}, []],
    ['a record type only', { coversFrom: null, coversUntil: null, recordType: 'OperatorIdCard' }, []],
    ['an open-ended range', { coversUntil: null }, []],
    ['nothing covered', { coversFrom: null, coversUntil: null }, ['AUDIT.LEGAL_HOLD_SCOPE_REQUIRED']],
    ['an empty range', { coversUntil: at('2020-01-01T00:00:00Z') }, ['AUDIT.LEGAL_HOLD_RANGE_INVALID']],
    ['a reversed range', { coversUntil: at('2019-01-01T00:00:00Z') }, ['AUDIT.LEGAL_HOLD_RANGE_INVALID']],
    ['a bad record type', { recordType: 'drop table' }, ['AUDIT.INVALID_EVENT']],
    ['free text as the case reference', { caseReference: 'case 7; DROP' }, ['AUDIT.LEGAL_HOLD_REFERENCE_INVALID']],
    ['an empty reason', { reason: '  ' }, ['AUDIT.LEGAL_HOLD_REFERENCE_INVALID']],
    ['a reason over 500 characters', { reason: 'あ'.repeat(501) }, ['AUDIT.LEGAL_HOLD_REFERENCE_INVALID']],
    ['everything wrong', { coversFrom: null, coversUntil: null, caseReference: '' }, ['AUDIT.LEGAL_HOLD_SCOPE_REQUIRED', 'AUDIT.LEGAL_HOLD_REFERENCE_INVALID']],
  ])('%s → %j', (_name, change, codes) => {
    expect(checkLegalHoldScope({ ...SCOPE, ...change }).violations.map((v) => v.code)).toEqual(codes);
  });

  it.each<[string, Date, string | null, boolean]>([
    ['inside the range', at('2020-06-01T00:00:00Z'), 'Staff', true],
    ['at the start (inclusive)', at('2020-01-01T00:00:00Z'), null, true],
    ['at the end (exclusive)', at('2021-01-01T00:00:00Z'), null, false],
    ['before the range', at('2019-12-31T23:59:59.999Z'), null, false],
  ])('a range hold covers an event %s → %s', (_name, occurredAt, recordType, expected) => {
    expect(legalHoldCovers(SCOPE, occurredAt, recordType)).toBe(expected);
  });

  it('a record-type hold covers that type only, at any time; both criteria must hold when both are given', () => {
    const typeOnly = { coversFrom: null, coversUntil: null, recordType: 'OperatorIdCard' };
    expect(legalHoldCovers(typeOnly, at('1999-01-01T00:00:00Z'), 'OperatorIdCard')).toBe(true);
    expect(legalHoldCovers(typeOnly, at('1999-01-01T00:00:00Z'), 'Staff')).toBe(false);
    expect(legalHoldCovers(typeOnly, at('1999-01-01T00:00:00Z'), null)).toBe(false);
    const both = { ...SCOPE, recordType: 'Staff' };
    expect(legalHoldCovers(both, at('2020-06-01T00:00:00Z'), 'Staff')).toBe(true);
    expect(legalHoldCovers(both, at('2020-06-01T00:00:00Z'), 'OperatorIdCard')).toBe(false);
    expect(legalHoldCovers(both, at('2022-06-01T00:00:00Z'), 'Staff')).toBe(false);
  });
});
