import { checkCopies, checkFormStorage, checkNotInFuture, jstDate, type IsoDate } from '@juki/policies';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { requireStaff } from '../sessions/principal-guards';
import { DomainError } from '../shared/domain-error';
import { requireSectionWrite } from './form-access';
import { asRuleBreakdown, mergeBreakdown, type BreakdownLine } from './form-breakdown';
import { holdingsOf, lockOutput, placeOfSection, requireVersion, saveHolding, saveOutput } from './form-ledger-reads';
import { FormMoveEntity } from './form-move.entity';
import { FormStorageEntity } from './form-storage.entity';
import type { PrintedFormOutputEntity } from './printed-form-output.entity';

export const STORE_FORMS_OPERATION = 'Mutation.storeForms';
const FORM_STORAGE = 'FormStorage';

export interface StoreFormsInput {
  readonly outputId: string;
  /** The output record's version the caller saw. */
  readonly expectedVersion: number;
  readonly placeId: string;
  readonly quantity: number;
  /** 内訳 of the copies stored (adds up to `quantity`), or empty. */
  readonly breakdown: readonly BreakdownLine[];
  readonly storedOn: IsoDate;
}

export interface StoredForms {
  readonly output: PrintedFormOutputEntity;
  readonly storage: FormStorageEntity;
  readonly move: FormMoveEntity;
}

/**
 * 第10条第2項: copies of an output are put in a lockable place of its section, with their quantity and
 * breakdown. Refused: a place that cannot be locked, a breakdown that does not add up, more copies than are
 * unstored, a date after today, disposed forms (the state machine), a stale version.
 */
export async function storeForms(env: IdentityEnvironment, request: IdentityRequest, input: StoreFormsInput): Promise<StoredForms> {
  const attempted = { recordType: FORM_STORAGE, recordIds: [input.outputId], sectionId: null };
  return runAuditedMutation(env, request, STORE_FORMS_OPERATION, attempted, async (manager) => {
    const staff = requireStaff(request.principal);
    const output = await lockOutput(manager, input.outputId);
    requireSectionWrite(request.principal, FORM_STORAGE, output.sectionId, request.now, 'FORMS.OUTPUT_NOT_FOUND');
    requireVersion(output, input.expectedVersion);
    output.assertCan('STORE');
    const place = await placeOfSection(manager, input.placeId, output.sectionId);
    const checked = checkFormStorage({ outputRecordId: output.id, formName: output.formName, place, quantity: input.quantity, breakdown: asRuleBreakdown(input.breakdown) });
    const dated = checkNotInFuture(input.storedOn, jstDate(request.now));
    const violations = [...checkCopies(input.quantity).violations, ...checked.violations, ...dated.violations];
    if (violations.length > 0) throw DomainError.fromViolations(violations);
    output.apply('STORE', input.quantity);

    const existing = (await holdingsOf(manager, output.id)).find((h) => h.placeId === place.id);
    const holding =
      existing ??
      FormStorageEntity.open({ outputId: output.id, sectionId: output.sectionId, placeId: place.id, storedOn: input.storedOn, recordedById: staff.staffId, recordedAt: request.now });
    holding.quantity += input.quantity;
    holding.breakdown = mergeBreakdown(holding.breakdown, input.breakdown);
    await saveHolding(manager, holding, existing === undefined);
    await saveOutput(manager, output);
    const move = FormMoveEntity.record({
      outputId: output.id,
      sectionId: output.sectionId,
      kind: 'STORE',
      fromPlaceId: null,
      toPlaceId: place.id,
      quantity: input.quantity,
      breakdown: [...input.breakdown],
      movedOn: input.storedOn,
      recordedById: staff.staffId,
      recordedAt: request.now,
    });
    await manager.insert(FormMoveEntity, move);
    holding.place = place;
    return { result: { output, storage: holding, move }, change: { recordType: FORM_STORAGE, recordIds: [holding.id, move.id, output.id], sectionId: output.sectionId } };
  });
}
