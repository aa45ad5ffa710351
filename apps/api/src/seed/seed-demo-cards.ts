import {
  CardDisposalEntity,
  CardLossReportEntity,
  CardMovementEntity,
  CardStockTakeEntity,
  DEMO_CARD_GROUPS,
  DEMO_CARD_STOCK_TAKES,
  DEMO_ORGANISATION,
  DEMO_STAFF,
  DEMO_STORAGE_PLACES,
  deriveCardStock,
  IN_STOCK_STATES,
  nextCardStep,
  notify,
  receivedStep,
  ResidentCardEntity,
  StoragePlaceEntity,
  stockKey,
} from '@juki/domain';
import { addDays, daysBetween, jstDate, localize, type PolicyProfile } from '@juki/policies';
import type { EntityManager } from 'typeorm';

/**
 * Seeds the demo resident cards (第10条の2, 第10条の3) from `DEMO_CARD_GROUPS`: every card is received and
 * then moved step by step through the state machine (`nextCardStep`), so the cards, their movements, the
 * disposals, the loss reports (with their notifications) and the stock-takes (against the counts derived
 * from those movements) agree exactly as the use cases would leave them. Runs after the forms' demo data
 * (the cards are kept in its storage places).
 */
export async function seedDemoCards(manager: EntityManager, unitId: ReadonlyMap<string, string>, staffId: ReadonlyMap<string, string>, now: Date, profile: PolicyProfile): Promise<void> {
  const today = jstDate(now);
  const require = (map: ReadonlyMap<string, string>, key: string): string => {
    const id = map.get(key);
    if (!id) throw new Error(`demo cards refer to unknown ${key}`);
    return id;
  };
  const officerOf = (section: string): string => {
    const member = DEMO_STAFF.find((m) => m.roles.some((r) => r.role === 'SECURITY_OFFICER' && r.section === section && r.until === undefined));
    if (!member) throw new Error(`the demo has no security officer for ${section}`);
    return require(staffId, member.employeeNumber);
  };
  const placeIds = new Map<string, string>();
  const placeId = async (key: string): Promise<string> => {
    const known = placeIds.get(key);
    if (known) return known;
    const demo = DEMO_STORAGE_PLACES.find((p) => p.key === key);
    if (!demo || !demo.lockable) throw new Error(`demo cards refer to unknown or unlockable place ${key}`);
    const place = await manager.findOneByOrFail(StoragePlaceEntity, { sectionId: require(unitId, demo.section), name: demo.name });
    placeIds.set(key, place.id);
    return place.id;
  };
  const at = (daysAgo: number, time = '10:00'): Date => new Date(`${addDays(today, -daysAgo)}T${time}:00+09:00`);

  const movements: CardMovementEntity[] = [];
  for (const group of DEMO_CARD_GROUPS) {
    const sectionId = require(unitId, group.section);
    const officer = officerOf(group.section);
    for (let n = 1; n <= group.count; n++) {
      const card = ResidentCardEntity.receive({ serial: `${group.serialPrefix}-${String(n).padStart(4, '0')}`, sectionId, placeId: await placeId(group.place), receivedAt: at(group.receivedDaysAgo) });
      const cardMovements = [CardMovementEntity.record(card, receivedStep(card.placeId), officer, card.receivedAt)];
      const disposals: CardDisposalEntity[] = [];
      const reports: { report: Omit<CardLossReportEntity, 'id' | 'notificationId'>; serial: string }[] = [];
      for (const step of group.steps) {
        const when = at(step.daysAgo, '14:00');
        const kind = step.kind === 'REPORTED' ? (step.loss === 'LOST' ? 'REPORTED_LOST' : 'REPORTED_STOLEN') : step.kind;
        const moved = nextCardStep(card, {
          kind,
          reason: 'reason' in step ? (step.reason ?? null) : null,
          toPlaceId: 'to' in step && step.to ? await placeId(step.to) : null,
        });
        const placeBefore = card.placeId;
        const awaitingSince = card.awaitingDisposalSince;
        Object.assign(card, card.moved(moved, jstDate(when)));
        cardMovements.push(CardMovementEntity.record(card, moved, officer, when));
        if (step.kind === 'DISPOSED') {
          const since = awaitingSince as string;
          const disposedOn = jstDate(when);
          disposals.push(
            CardDisposalEntity.record({
              cardId: card.id,
              sectionId,
              placeId: placeBefore,
              reason: card.disposalReason as NonNullable<ResidentCardEntity['disposalReason']>,
              method: step.method,
              methodDescription: step.methodDescription ?? null,
              icChipDestroyed: true,
              performer: step.performer,
              witness: step.witness,
              awaitingSince: since,
              disposedOn,
              daysLate: Math.max(0, daysBetween(since, disposedOn) - profile.cards.disposalDueDays),
              recordedById: officer,
              recordedAt: when,
            }),
          );
        } else if (step.kind === 'REPORTED') {
          reports.push({
            serial: card.serial,
            report: {
              cardId: card.id,
              sectionId,
              placeId: placeBefore,
              kind: step.loss,
              discoveredAt: new Date(when.getTime() - 3_600_000),
              circumstances: step.circumstances,
              reportedById: officer,
              reportedAt: when,
            },
          });
        }
      }
      await manager.insert(ResidentCardEntity, card);
      await manager.insert(CardMovementEntity, cardMovements);
      movements.push(...cardMovements);
      for (const disposal of disposals) await manager.insert(CardDisposalEntity, disposal);
      for (const { report, serial } of reports) {
        const notification = await notify(manager, {
          kind: report.kind === 'LOST' ? 'CARD_LOST' : 'CARD_STOLEN',
          sectionId,
          subject: localize(report.kind === 'LOST' ? 'CARDS.LOSS_REPORTED_LOST' : 'CARDS.LOSS_REPORTED_STOLEN', { serial, section: DEMO_ORGANISATION.find((u) => u.code === group.section)?.name ?? group.section }),
          recordType: 'ResidentCard',
          recordId: card.id,
          createdAt: report.reportedAt,
        });
        await manager.insert(CardLossReportEntity, CardLossReportEntity.report({ ...report, notificationId: notification.id }));
      }
    }
  }

  const derived = deriveCardStock(movements);
  for (const take of DEMO_CARD_STOCK_TAKES) {
    const sectionId = require(unitId, take.section);
    const place = await placeId(take.place);
    const lines = IN_STOCK_STATES.map((state) => {
      const count = derived.get(stockKey(sectionId, place, state)) ?? 0;
      const difference = take.differences[state as keyof typeof take.differences] ?? 0;
      return CardStockTakeEntity.record({ sectionId, placeId: place, state, countedOn: today, counted: count + difference, derived: count, recordedById: officerOf(take.section), recordedAt: at(0, '09:30') });
    });
    await manager.insert(CardStockTakeEntity, lines);
    const differing = lines.filter((l) => l.difference !== 0);
    if (differing.length > 0) {
      await notify(manager, {
        kind: 'STOCK_DIFFERENCE',
        sectionId,
        subject: {
          ja: `住民基本台帳カードの棚卸しで差異がありました（${differing.map((l) => `${l.state} ${l.difference}`).join(', ')}）。`,
          en: `A resident-card stock-take found a difference (${differing.map((l) => `${l.state} ${l.difference}`).join(', ')}).`,
        },
        recordType: 'CardStockTake',
        recordId: (differing[0] as CardStockTakeEntity).id,
        createdAt: at(0, '09:30'),
      });
    }
  }
}
