import { checkFormDisposal, jstDate, type IsoDate } from '@juki/policies';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { requireStaff } from '../sessions/principal-guards';
import { DomainError } from '../shared/domain-error';
import { cleanText, requireSectionWrite } from './form-access';
import { takeFromBreakdown } from './form-breakdown';
import { FormDisposalEntity, type FormDisposalMethod } from './form-disposal.entity';
import { disposalRecords, holdingsOf, lockOutput, requireVersion, saveHolding, saveOutput, storageRecords } from './form-ledger-reads';
import type { FormStorageEntity } from './form-storage.entity';
import type { PrintedFormOutputEntity } from './printed-form-output.entity';

export const DISPOSE_FORMS_OPERATION = 'Mutation.disposeForms';
const FORM_DISPOSAL = 'FormDisposal';

export interface DisposeFormsInput {
  readonly outputId: string;
  readonly expectedVersion: number;
  readonly placeId: string;
  readonly quantity: number;
  readonly method: FormDisposalMethod;
  readonly disposedOn: IsoDate;
  readonly performer: string;
  readonly witness: string;
}

export interface DisposedForms {
  readonly output: PrintedFormOutputEntity;
  readonly disposal: FormDisposalEntity;
  readonly storage: FormStorageEntity;
}

/**
 * 第10条第3項: copies are disposed of from one place, by incineration, dissolving or shredding, by a named
 * performer with a witness, after reconciliation with the output record (第1項) and the storage records
 * (第2項). A disposal that does not reconcile is refused with EVERY mismatch (`checkFormDisposal`:
 * `DomainError.violations`); disposed forms and forms never stored are refused by the state machine; a
 * stale version is FORMS.STALE_VERSION. The place's and the output's quantities change in the same
 * transaction as the disposal record and its audit event.
 */
export async function disposeForms(env: IdentityEnvironment, request: IdentityRequest, input: DisposeFormsInput): Promise<DisposedForms> {
  const attempted = { recordType: FORM_DISPOSAL, recordIds: [input.outputId], sectionId: null };
  return runAuditedMutation(env, request, DISPOSE_FORMS_OPERATION, attempted, async (manager) => {
    const staff = requireStaff(request.principal);
    const output = await lockOutput(manager, input.outputId);
    requireSectionWrite(request.principal, FORM_DISPOSAL, output.sectionId, request.now, 'FORMS.OUTPUT_NOT_FOUND');
    requireVersion(output, input.expectedVersion);
    output.assertCan('DISPOSE');
    const holdings = await holdingsOf(manager, output.id);
    const prior = await manager.find(FormDisposalEntity, { where: { outputId: output.id } });
    const performer = cleanText(input.performer);
    const witness = cleanText(input.witness);
    const checked = checkFormDisposal(
      {
        output: output.toRecord(),
        storage: storageRecords(output, holdings),
        priorDisposals: disposalRecords(output, prior),
        disposal: { outputRecordId: output.id, formName: output.formName, placeId: input.placeId, quantity: input.quantity, disposedOn: input.disposedOn },
        method: input.method,
        performedBy: performer,
        witnessedBy: witness,
        today: jstDate(request.now),
      },
      env.profileAt(request.now),
    );
    if (!checked.ok) throw DomainError.fromViolations(checked.violations);
    const holding = holdings.find((h) => h.placeId === input.placeId);
    // Reconciled: the place held the copies (else FORMS.RECONCILE_PLACE_NEVER_HELD / EXCEEDS_STORED).
    if (!holding || holding.quantity < input.quantity) throw new Error('reconciled disposal without a holding');
    const disposal = FormDisposalEntity.record({
      outputId: output.id,
      outputQuantity: output.quantity,
      outputDate: output.outputDate,
      sectionId: output.sectionId,
      placeId: holding.placeId,
      quantity: input.quantity,
      method: input.method,
      disposedOn: input.disposedOn,
      performer,
      witness,
      placeQuantityBefore: holding.quantity,
      storedBefore: output.storedQuantity,
      disposedBefore: output.disposedQuantity,
      recordedById: staff.staffId,
      recordedAt: request.now,
    });
    output.apply('DISPOSE', input.quantity);
    holding.quantity -= input.quantity;
    holding.breakdown = takeFromBreakdown(holding.breakdown, input.quantity).remaining;
    const place = holding.place;
    delete holding.place;
    await saveHolding(manager, holding, false);
    await saveOutput(manager, output);
    await manager.insert(FormDisposalEntity, disposal);
    if (place) holding.place = place;
    return {
      result: { output, disposal, storage: holding },
      change: { recordType: FORM_DISPOSAL, recordIds: [disposal.id, output.id], sectionId: output.sectionId },
    };
  });
}
