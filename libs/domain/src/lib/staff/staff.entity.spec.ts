import { checkPasswordStrength } from '@juki/policies';
import { RoleAssignmentEntity } from './role-assignment.entity';
import { StaffEntity } from './staff.entity';

const staff = StaffEntity.create({
  employeeNumber: '1980011',
  name: '寒川 翔太',
  nameKana: 'さむがわ しょうた',
  nameRomaji: 'samugawa shota',
  sectionId: 's',
  title: '主事',
  birthDate: '1994-07-07',
});

describe('staff and their roles', () => {
  it('give the password check the person’s own data (第21条第2項)', () => {
    const context = staff.passwordContext('CHB-400011', '2026-06-01');
    expect(context).toEqual({
      userId: '1980011',
      idCardNumber: 'CHB-400011',
      names: ['寒川 翔太', 'さむがわ しょうた', 'samugawa shota'],
      birthDate: '1994-07-07',
      today: '2026-06-01',
    });
    const codes = (pw: string) => checkPasswordStrength(pw, context).violations.map((v) => v.code);
    expect(codes('samugawa-velvet-lagoon-quarry')).toContain('PASSWORDS.CONTAINS_NAME');
    expect(codes('velvet-lagoon-quarry-19940707')).toContain('PASSWORDS.CONTAINS_BIRTH_DATE');
    expect(codes('velvet-lagoon-quarry 400011')).toContain('PASSWORDS.CONTAINS_ID_CARD_NUMBER');
  });

  it('are employed until they retire or move (第20条第1項)', () => {
    expect(staff.employed).toBe(true);
    expect(StaffEntity.create({ ...staff, employmentStatus: 'RETIRED', employmentStatusSince: '2026-03-31' }).employed).toBe(false);
  });

  it.each([
    [{ role: 'INTEGRATION' as const, sectionId: 's' }, /API client/],
    [{ role: 'HANDLER' as const }, /section/],
    [{ role: 'SECURITY_OFFICER' as const, sectionId: null }, /section/],
    [{ role: 'AUDITOR' as const, effectiveTo: '2020-03-31' }, /before/],
  ])('refuse an impossible grant %j', (grant, message) => {
    expect(() => RoleAssignmentEntity.create({ staffId: 'x', effectiveFrom: '2025-04-01', ...grant })).toThrow(message);
  });

  it('turn assignments into the grants the matrix reads (section only for section-scoped roles)', () => {
    const grant = RoleAssignmentEntity.create({ staffId: 'x', role: 'HANDLER', sectionId: 's', effectiveFrom: '2025-04-01', effectiveTo: '2026-03-31' });
    expect(grant.toGrant()).toEqual({ role: 'HANDLER', sectionId: 's', effectiveFrom: '2025-04-01', effectiveTo: '2026-03-31' });
    expect(RoleAssignmentEntity.create({ staffId: 'x', role: 'SYSTEM_OFFICER', effectiveFrom: '2025-04-01' }).toGrant()).toEqual({
      role: 'SYSTEM_OFFICER',
      effectiveFrom: '2025-04-01',
    });
  });
});
