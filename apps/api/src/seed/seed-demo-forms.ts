import {
  DEMO_FORM_OUTPUTS,
  DEMO_STORAGE_PLACES,
  DEMO_STAFF,
  FormDisposalEntity,
  FormMoveEntity,
  FormStorageEntity,
  mergeBreakdown,
  PrintedFormOutputEntity,
  StoragePlaceEntity,
  takeFromBreakdown,
} from '@juki/domain';
import { addDays, jstDate } from '@juki/policies';
import type { EntityManager } from 'typeorm';

/**
 * Seeds the demo printed-form ledger (第10条) from `DEMO_STORAGE_PLACES` / `DEMO_FORM_OUTPUTS`: every step
 * goes through the output record's state machine (`apply`), so the quantities, statuses, holdings, moves
 * and disposals agree exactly as the use cases would leave them.
 */
export async function seedDemoForms(manager: EntityManager, unitId: ReadonlyMap<string, string>, staffId: ReadonlyMap<string, string>, now: Date): Promise<void> {
  const today = jstDate(now);
  const require = (map: ReadonlyMap<string, string>, key: string): string => {
    const id = map.get(key);
    if (!id) throw new Error(`demo forms refer to unknown ${key}`);
    return id;
  };
  const officerOf = (section: string): string => {
    const member = DEMO_STAFF.find((m) => m.roles.some((r) => r.role === 'SECURITY_OFFICER' && r.section === section && r.until === undefined));
    if (!member) throw new Error(`the demo has no security officer for ${section}`);
    return require(staffId, member.employeeNumber);
  };
  const places = new Map<string, StoragePlaceEntity>();
  for (const demo of DEMO_STORAGE_PLACES) {
    const place = StoragePlaceEntity.create({
      sectionId: require(unitId, demo.section),
      name: demo.name,
      location: demo.location,
      lockable: demo.lockable,
      createdById: officerOf(demo.section),
      createdAt: new Date(now.getTime() - 500 * 86_400_000),
    });
    places.set(demo.key, place);
    await manager.insert(StoragePlaceEntity, place);
  }
  const placeId = (key: string): string => {
    const place = places.get(key);
    if (!place) throw new Error(`demo forms refer to unknown place ${key}`);
    return place.id;
  };

  for (const demo of DEMO_FORM_OUTPUTS) {
    const officer = officerOf(demo.section);
    const outputDate = addDays(today, -demo.outputDaysAgo);
    const output = PrintedFormOutputEntity.record({
      sectionId: require(unitId, demo.section),
      formName: demo.formName,
      outputDate,
      purpose: demo.purpose,
      requester: demo.requester,
      quantity: demo.quantity,
      notes: demo.notes ?? null,
      keepUntil: addDays(outputDate, demo.keepDays),
      recordedById: officer,
      recordedByApiClientId: null,
      recordedAt: new Date(`${outputDate}T17:00:00+09:00`),
    });
    const holdings = new Map<string, FormStorageEntity>();
    const moves: FormMoveEntity[] = [];
    const disposals: FormDisposalEntity[] = [];
    const holding = (key: string, on: string): FormStorageEntity => {
      const existing = holdings.get(key);
      if (existing) return existing;
      const created = FormStorageEntity.open({ outputId: output.id, sectionId: output.sectionId, placeId: placeId(key), storedOn: on, recordedById: officer, recordedAt: new Date(`${on}T17:30:00+09:00`) });
      holdings.set(key, created);
      return created;
    };
    for (const step of demo.steps) {
      const on = addDays(today, -step.daysAgo);
      const recordedAt = new Date(`${on}T17:30:00+09:00`);
      if (step.kind === 'STORE') {
        output.apply('STORE', step.quantity);
        const h = holding(step.place, on);
        h.quantity += step.quantity;
        h.breakdown = mergeBreakdown(h.breakdown, step.breakdown ?? []);
        moves.push(FormMoveEntity.record({ outputId: output.id, sectionId: output.sectionId, kind: 'STORE', fromPlaceId: null, toPlaceId: h.placeId, quantity: step.quantity, breakdown: [...(step.breakdown ?? [])], movedOn: on, recordedById: officer, recordedAt }));
      } else if (step.kind === 'MOVE') {
        output.apply('MOVE', step.quantity);
        const from = holding(step.place, on);
        const to = holding(step.to as string, on);
        const { remaining, taken } = takeFromBreakdown(from.breakdown, step.quantity);
        from.quantity -= step.quantity;
        from.breakdown = remaining;
        to.quantity += step.quantity;
        to.breakdown = mergeBreakdown(to.breakdown, taken);
        moves.push(FormMoveEntity.record({ outputId: output.id, sectionId: output.sectionId, kind: 'MOVE', fromPlaceId: from.placeId, toPlaceId: to.placeId, quantity: step.quantity, breakdown: taken, movedOn: on, recordedById: officer, recordedAt }));
      } else {
        const h = holding(step.place, on);
        disposals.push(
          FormDisposalEntity.record({
            outputId: output.id,
            outputQuantity: output.quantity,
            outputDate: output.outputDate,
            sectionId: output.sectionId,
            placeId: h.placeId,
            quantity: step.quantity,
            method: step.method ?? 'SHREDDING',
            disposedOn: on,
            performer: step.performer ?? '',
            witness: step.witness ?? '',
            placeQuantityBefore: h.quantity,
            storedBefore: output.storedQuantity,
            disposedBefore: output.disposedQuantity,
            recordedById: officer,
            recordedAt,
          }),
        );
        output.apply('DISPOSE', step.quantity);
        h.quantity -= step.quantity;
        h.breakdown = takeFromBreakdown(h.breakdown, step.quantity).remaining;
      }
    }
    await manager.insert(PrintedFormOutputEntity, output);
    for (const h of holdings.values()) await manager.insert(FormStorageEntity, h);
    for (const m of moves) await manager.insert(FormMoveEntity, m);
    for (const d of disposals) await manager.insert(FormDisposalEntity, d);
  }
}
