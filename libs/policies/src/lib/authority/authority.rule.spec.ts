import fc from 'fast-check';
import { ROLES, type Role } from '../permissions/roles';
import { checkHandlerDesignation, checkOperatorApproval, checkPrecautionsPublisher, checkRoomEntryApproval } from './authority.rule';
import { holdsRole, rolesInForce, type Actor } from './role-grant';

const actor = (role: Role, sectionId?: string, effectiveTo?: string): Actor => ({
  staffId: `${role}-${sectionId ?? 'city'}`,
  grants: [{ role, ...(sectionId ? { sectionId } : {}), effectiveFrom: '2025-04-01', ...(effectiveTo ? { effectiveTo } : {}) }],
});
const ON = '2026-11-28';

describe('art8.designateHandler (第8条)', () => {
  it.each<[string, Actor, boolean]>([
    ['the security officer of the same section', actor('SECURITY_OFFICER', 'chuo-shimin'), true],
    ['the security officer of another section', actor('SECURITY_OFFICER', 'mihama-shimin'), false],
    ['the system officer', actor('SYSTEM_OFFICER'), false],
    ['the system administrator', actor('SYSTEM_ADMINISTRATOR'), false],
    ['a handler of the same section', actor('HANDLER', 'chuo-shimin'), false],
    ['a former security officer of the section', actor('SECURITY_OFFICER', 'chuo-shimin', '2026-03-31'), false],
  ])('%s → allowed %s', (_who, designator, allowed) => {
    const r = checkHandlerDesignation({ designator, sectionId: 'chuo-shimin', on: ON });
    expect(r.ok).toBe(allowed);
    if (!allowed) expect(r.violations[0]).toMatchObject({ code: 'AUTHORITY.DESIGNATOR_NOT_SECTION_SECURITY_OFFICER', article: '第8条' });
  });

  it('property: only SECURITY_OFFICER of exactly that section, in force that day, may designate', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.constantFrom('a', 'b'), fc.boolean(), (role, section, expired) => {
        const designator = actor(role, section, expired ? '2026-01-01' : undefined);
        const ok = checkHandlerDesignation({ designator, sectionId: 'a', on: ON }).ok;
        return ok === (role === 'SECURITY_OFFICER' && section === 'a' && !expired);
      }),
    );
  });
});

describe('art9.publishPrecautions (第9条第1項)', () => {
  it('property: only SECURITY_OFFICER of exactly that section, in force that day, may publish its precautions', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.constantFrom('a', 'b'), fc.boolean(), (role, section, expired) => {
        const publisher = actor(role, section, expired ? '2026-01-01' : undefined);
        const r = checkPrecautionsPublisher({ publisher, sectionId: 'a', on: ON });
        const allowed = role === 'SECURITY_OFFICER' && section === 'a' && !expired;
        return r.ok === allowed && (allowed || r.violations[0]?.code === 'AUTHORITY.PRECAUTIONS_PUBLISHER_NOT_SECTION_SECURITY_OFFICER');
      }),
    );
  });
});

describe('art19.approveOperator (第19条第2項)', () => {
  it('needs the system officer approving a security officer’s application for that section', () => {
    expect(
      checkOperatorApproval({ approver: actor('SYSTEM_OFFICER'), applicant: actor('SECURITY_OFFICER', 's1'), sectionId: 's1', on: ON }).ok,
    ).toBe(true);
  });

  it('reports both failures at once', () => {
    const r = checkOperatorApproval({
      approver: actor('SECURITY_OFFICER', 's1'),
      applicant: actor('HANDLER', 's1'),
      sectionId: 's1',
      on: ON,
    });
    expect(r.violations.map((v) => v.code)).toEqual([
      'AUTHORITY.APPROVER_NOT_SYSTEM_OFFICER',
      'AUTHORITY.APPLICANT_NOT_SECTION_SECURITY_OFFICER',
    ]);
  });

  it('refuses an application by the security officer of another section', () => {
    const r = checkOperatorApproval({ approver: actor('SYSTEM_OFFICER'), applicant: actor('SECURITY_OFFICER', 's2'), sectionId: 's1', on: ON });
    expect(r.violations.map((v) => v.code)).toEqual(['AUTHORITY.APPLICANT_NOT_SECTION_SECURITY_OFFICER']);
  });
});

describe('art22.roomEntryApproval (第22条)', () => {
  it.each<[string, Actor, boolean, boolean]>([
    ['system officer', actor('SYSTEM_OFFICER'), true, false],
    ['security officer of the room’s section', actor('SECURITY_OFFICER', 'room-sec'), false, true],
    ['security officer of another section', actor('SECURITY_OFFICER', 'other'), false, false],
    ['system administrator', actor('SYSTEM_ADMINISTRATOR'), false, false],
  ])('%s: equipment room %s, terminal room %s', (_who, approver, equipment, terminal) => {
    expect(checkRoomEntryApproval({ approver, facility: { kind: 'IMPORTANT_EQUIPMENT_ROOM' }, on: ON }).ok).toBe(equipment);
    expect(checkRoomEntryApproval({ approver, facility: { kind: 'TERMINAL_ROOM', sectionId: 'room-sec' }, on: ON }).ok).toBe(terminal);
  });
});

describe('role grants', () => {
  it('apply from the first to the last day inclusive', () => {
    const a = actor('AUDITOR', undefined, '2026-11-28');
    expect(holdsRole(a, 'AUDITOR', '2025-03-31')).toBe(false);
    expect(holdsRole(a, 'AUDITOR', '2025-04-01')).toBe(true);
    expect(holdsRole(a, 'AUDITOR', '2026-11-28')).toBe(true);
    expect(holdsRole(a, 'AUDITOR', '2026-11-29')).toBe(false);
    expect(rolesInForce(a, '2026-11-29')).toEqual([]);
  });
});
