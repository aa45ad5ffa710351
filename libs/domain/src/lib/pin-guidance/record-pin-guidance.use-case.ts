import { checkPinGuidanceAcknowledgement, integrationTokenAllows, isSection, jstDate } from '@juki/policies';
import { rowFilterFor, type Principal } from '../access/principal';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { DomainError } from '../shared/domain-error';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { StaffEntity } from '../staff/staff.entity';
import { MAX_CARD_SERIAL, PinGuidanceRecordEntity } from './pin-guidance-record.entity';

export const RECORD_PIN_GUIDANCE_OPERATION = 'Mutation.recordPinGuidance';
export const PIN_GUIDANCE_RECORD_TYPE = 'PinGuidanceRecord';

/** A resident-card serial as the card stock records it: letters, digits and hyphens, 1–32. */
export const CARD_SERIAL_PATTERN = new RegExp(`^[A-Za-z0-9-]{1,${MAX_CARD_SERIAL}}$`);

export interface RecordPinGuidanceInput {
  readonly sectionId: string;
  readonly cardSerial: string;
  readonly applicantEnteredPin: boolean;
  readonly applicantInsertedCard: boolean;
  /** Who gave the guidance: required from a ward system, else the caller (may be given as oneself). */
  readonly guidedById?: string | null;
}

/**
 * 第10条の4: records, for one card issuance, that the applicant entered the PIN (第2号) and inserted the
 * card (第3号) themselves, as the guiding staff member acknowledges. Refused unless both are true (each
 * missing one is a violation citing its item), outside the caller's own section (FORBIDDEN), or when the
 * card's guidance is already recorded (one record per card; of two concurrent records exactly one
 * succeeds). No PIN is received or stored. Audited in the same transaction; refusals are audited too.
 */
export async function recordPinGuidance(env: IdentityEnvironment, request: IdentityRequest, input: RecordPinGuidanceInput): Promise<PinGuidanceRecordEntity> {
  const attempted = { recordType: PIN_GUIDANCE_RECORD_TYPE, recordIds: [] as string[], sectionId: input.sectionId.length <= 36 ? input.sectionId : null };
  return runAuditedMutation(env, request, RECORD_PIN_GUIDANCE_OPERATION, attempted, async (manager) => {
    const principal = request.principal;
    if (principal.kind === 'ANONYMOUS') throw new DomainError('PERMISSIONS.SIGN_IN_REQUIRED');
    const filter = rowFilterFor(principal, PIN_GUIDANCE_RECORD_TYPE, 'write', jstDate(request.now));
    const mayWrite = filter.kind === 'all' || (filter.kind === 'some' && filter.sectionIds.includes(input.sectionId));
    // A ward system also needs the write scope of the type on its token (`cards:write`).
    const tokenAllows = principal.kind !== 'API_CLIENT' || integrationTokenAllows(PIN_GUIDANCE_RECORD_TYPE, 'write', principal.scopes);
    if (!mayWrite || !tokenAllows) throw new DomainError('PERMISSIONS.FORBIDDEN');
    const section = await manager.findOne(OrganisationUnitEntity, { where: { id: input.sectionId } });
    if (!section || !isSection(section.kind)) throw new DomainError('PIN_GUIDANCE.SECTION_INVALID');
    const cardSerial = input.cardSerial.trim();
    if (!CARD_SERIAL_PATTERN.test(cardSerial)) throw new DomainError('CARDS.SERIAL_INVALID', { serial: cardSerial.slice(0, MAX_CARD_SERIAL) });
    const acknowledgement = checkPinGuidanceAcknowledgement(input);
    if (!acknowledgement.ok) throw DomainError.fromViolations(acknowledgement.violations);
    const guidedById = await guideOf(manager, principal, section.id, input.guidedById ?? null);
    if (await manager.findOne(PinGuidanceRecordEntity, { where: { cardSerial } })) throw new DomainError('PIN_GUIDANCE.ALREADY_RECORDED', { serial: cardSerial });
    const record = PinGuidanceRecordEntity.create({ sectionId: section.id, cardSerial, guidedById, recordedAt: request.now });
    try {
      await manager.insert(PinGuidanceRecordEntity, record);
    } catch (error) {
      // A concurrent record of the same card committed first (UNIQUE card_serial).
      if (isUniqueViolation(error)) throw new DomainError('PIN_GUIDANCE.ALREADY_RECORDED', { serial: cardSerial });
      throw error;
    }
    return { result: record, change: { recordType: PIN_GUIDANCE_RECORD_TYPE, recordIds: [record.id], sectionId: section.id } };
  });
}

/** The staff member who gave the guidance: the caller, or (for a ward system) an employed member of the section. */
async function guideOf(manager: import('typeorm').EntityManager, principal: Principal, sectionId: string, named: string | null): Promise<string> {
  if (principal.kind === 'STAFF') {
    if (named !== null && named !== principal.staffId) throw new DomainError('PIN_GUIDANCE.GUIDED_BY_INVALID');
    return principal.staffId;
  }
  if (named === null) throw new DomainError('PIN_GUIDANCE.GUIDED_BY_INVALID');
  const staff = await manager.findOne(StaffEntity, { where: { id: named } });
  if (!staff || staff.sectionId !== sectionId || staff.employmentStatus !== 'ACTIVE') throw new DomainError('PIN_GUIDANCE.GUIDED_BY_INVALID');
  return staff.id;
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; errno?: unknown; driverError?: { code?: unknown; errno?: unknown }; message?: unknown };
  const codes = [e.code, e.driverError?.code];
  if (codes.includes('ER_DUP_ENTRY') || codes.includes('SQLITE_CONSTRAINT_UNIQUE') || codes.includes('SQLITE_CONSTRAINT_PRIMARYKEY')) return true;
  if (e.errno === 1062 || e.driverError?.errno === 1062) return true;
  return typeof e.message === 'string' && e.message.includes('UNIQUE constraint failed');
}
