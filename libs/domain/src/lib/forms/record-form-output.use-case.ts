import { checkFormOutputRecord, checkKeepingPeriod, isSection, jstDate, type IsoDate } from '@juki/policies';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { DomainError } from '../shared/domain-error';
import { cleanText, requireSectionWrite } from './form-access';
import { PrintedFormOutputEntity } from './printed-form-output.entity';

export const RECORD_FORM_OUTPUT_OPERATION = 'Mutation.recordFormOutput';
export const PRINTED_FORM_OUTPUT = 'PrintedFormOutput';

export interface FormOutputInput {
  readonly sectionId: string;
  readonly formName: string;
  readonly outputDate: IsoDate;
  readonly purpose: string;
  readonly requester: string;
  readonly quantity: number;
  readonly notes: string | null;
  readonly keepUntil: IsoDate;
}

/**
 * 第10条第1項: records a form output by the caller's section with every item of the article — name (1),
 * output date (2, not after today, the request's date in Japan), purpose (3), requester (4), quantity (5,
 * ≥ 1), other notes (6) — and the end of its keeping period (not before the output date). Every violation
 * is reported at once.
 */
export async function recordFormOutput(env: IdentityEnvironment, request: IdentityRequest, input: FormOutputInput): Promise<PrintedFormOutputEntity> {
  const attempted = { recordType: PRINTED_FORM_OUTPUT, recordIds: [] as string[], sectionId: input.sectionId };
  return runAuditedMutation(env, request, RECORD_FORM_OUTPUT_OPERATION, attempted, async (manager) => {
    const section = await manager.findOne(OrganisationUnitEntity, { where: { id: input.sectionId } });
    if (!section || !isSection(section.kind)) throw new DomainError('FORMS.SECTION_INVALID');
    requireSectionWrite(request.principal, PRINTED_FORM_OUTPUT, section.id, request.now, 'FORMS.SECTION_INVALID');
    const notes = input.notes === null ? null : cleanText(input.notes) || null;
    const output = PrintedFormOutputEntity.record({
      sectionId: section.id,
      formName: cleanText(input.formName),
      outputDate: input.outputDate,
      purpose: cleanText(input.purpose),
      requester: cleanText(input.requester),
      quantity: input.quantity,
      notes,
      keepUntil: input.keepUntil,
      recordedById: request.principal.kind === 'STAFF' ? request.principal.staffId : null,
      recordedByApiClientId: request.principal.kind === 'API_CLIENT' ? request.principal.apiClientId : null,
      recordedAt: request.now,
    });
    const checked = checkFormOutputRecord(output.toRecord(), jstDate(request.now), env.profileAt(request.now));
    const violations = [...checked.violations];
    violations.push(...checkKeepingPeriod(input.outputDate, input.keepUntil).violations);
    if (violations.length > 0) throw DomainError.fromViolations(violations);
    await manager.insert(PrintedFormOutputEntity, output);
    return { result: output, change: { recordType: PRINTED_FORM_OUTPUT, recordIds: [output.id], sectionId: section.id } };
  });
}
