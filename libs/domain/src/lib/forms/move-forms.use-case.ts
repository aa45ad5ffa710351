import { checkCopies, checkFormStorage, checkNotInFuture, FORM_LEDGER_LIFECYCLE_RULE_ID, jstDate, violation, type IsoDate, type Violation } from '@juki/policies';
import { runAuditedMutation, type IdentityEnvironment, type IdentityRequest } from '../sessions/identity-environment';
import { requireStaff } from '../sessions/principal-guards';
import { DomainError } from '../shared/domain-error';
import { requireSectionWrite } from './form-access';
import { mergeBreakdown, takeFromBreakdown } from './form-breakdown';
import { holdingsOf, lockOutput, placeOfSection, requireVersion, saveHolding, saveOutput } from './form-ledger-reads';
import { FormMoveEntity } from './form-move.entity';
import { FormStorageEntity } from './form-storage.entity';
import type { PrintedFormOutputEntity } from './printed-form-output.entity';

export const MOVE_FORMS_OPERATION = 'Mutation.moveForms';
const FORM_MOVE = 'FormMove';

export interface MoveFormsInput {
  readonly outputId: string;
  readonly expectedVersion: number;
  readonly fromPlaceId: string;
  readonly toPlaceId: string;
  readonly quantity: number;
  readonly movedOn: IsoDate;
}

export interface MovedForms {
  readonly output: PrintedFormOutputEntity;
  readonly move: FormMoveEntity;
  readonly from: FormStorageEntity;
  readonly to: FormStorageEntity;
}

/**
 * 第10条第2項: copies move from one place of the section to another lockable one; the move is recorded
 * and the breakdown travels with the copies (from the last line first). Refused: the same place, more than
 * the place holds, a place that cannot be locked, forms never stored or disposed of (the state machine),
 * a date after today, a stale version. The output's version moves on, so two concurrent moves of the same
 * output cannot both succeed.
 */
export async function moveForms(env: IdentityEnvironment, request: IdentityRequest, input: MoveFormsInput): Promise<MovedForms> {
  const attempted = { recordType: FORM_MOVE, recordIds: [input.outputId], sectionId: null };
  return runAuditedMutation(env, request, MOVE_FORMS_OPERATION, attempted, async (manager) => {
    const staff = requireStaff(request.principal);
    const output = await lockOutput(manager, input.outputId);
    requireSectionWrite(request.principal, FORM_MOVE, output.sectionId, request.now, 'FORMS.OUTPUT_NOT_FOUND');
    requireVersion(output, input.expectedVersion);
    output.assertCan('MOVE');
    if (input.fromPlaceId === input.toPlaceId) throw new DomainError('FORMS.MOVE_SAME_PLACE');
    const fromPlace = await placeOfSection(manager, input.fromPlaceId, output.sectionId);
    const toPlace = await placeOfSection(manager, input.toPlaceId, output.sectionId);
    const holdings = await holdingsOf(manager, output.id);
    const from = holdings.find((h) => h.placeId === fromPlace.id);
    const held = from?.quantity ?? 0;
    const violations: Violation[] = [...checkCopies(input.quantity).violations];
    if (violations.length === 0 && (!from || input.quantity > held)) {
      violations.push(violation(FORM_LEDGER_LIFECYCLE_RULE_ID, 'FORMS.MOVE_EXCEEDS_HELD', { place: fromPlace.name, expected: held, actual: input.quantity }));
    }
    const existingTo = holdings.find((h) => h.placeId === toPlace.id);
    const { remaining, taken } = takeFromBreakdown(from?.breakdown ?? [], Math.min(input.quantity, held));
    const toQuantity = (existingTo?.quantity ?? 0) + input.quantity;
    violations.push(...checkFormStorage({ outputRecordId: output.id, formName: output.formName, place: toPlace, quantity: toQuantity }).violations);
    violations.push(...checkNotInFuture(input.movedOn, jstDate(request.now)).violations);
    if (violations.length > 0 || !from) throw DomainError.fromViolations(violations);
    output.apply('MOVE', input.quantity);

    from.quantity -= input.quantity;
    from.breakdown = remaining;
    const to =
      existingTo ??
      FormStorageEntity.open({ outputId: output.id, sectionId: output.sectionId, placeId: toPlace.id, storedOn: input.movedOn, recordedById: staff.staffId, recordedAt: request.now });
    to.quantity = toQuantity;
    to.breakdown = mergeBreakdown(to.breakdown, taken);
    await saveHolding(manager, from, false);
    await saveHolding(manager, to, existingTo === undefined);
    await saveOutput(manager, output);
    const move = FormMoveEntity.record({
      outputId: output.id,
      sectionId: output.sectionId,
      kind: 'MOVE',
      fromPlaceId: fromPlace.id,
      toPlaceId: toPlace.id,
      quantity: input.quantity,
      breakdown: taken,
      movedOn: input.movedOn,
      recordedById: staff.staffId,
      recordedAt: request.now,
    });
    await manager.insert(FormMoveEntity, move);
    from.place = fromPlace;
    to.place = toPlace;
    return { result: { output, move, from, to }, change: { recordType: FORM_MOVE, recordIds: [move.id, output.id], sectionId: output.sectionId } };
  });
}
