import { DEMO_PIN_GUIDANCE, DEMO_STAFF, NotificationEntity, NotificationReadEntity, PinGuidanceRecordEntity } from '@juki/domain';
import type { EntityManager } from 'typeorm';

const DAY_MS = 86_400_000;

/**
 * The demo data of 第10条の2第2項 and 第10条の4, inside the demo seed's transaction and after the cards'
 * (whose loss reports and stock-take difference wrote the notifications): read receipts so that the
 * dashboard shows read and unread notifications — the system officer has read all but the newest, each
 * section's security officer has read the oldest of their section's, nobody else has read anything — and a
 * PIN guidance record for every issued demo card (DEMO_PIN_GUIDANCE), in several sections.
 */
export async function seedDemoNotificationsAndPinGuidance(manager: EntityManager, unitId: ReadonlyMap<string, string>, staffId: ReadonlyMap<string, string>, now: Date): Promise<void> {
  const require = (map: ReadonlyMap<string, string>, key: string): string => {
    const id = map.get(key);
    if (!id) throw new Error(`demo notifications refer to unknown ${key}`);
    return id;
  };
  const holding = (role: 'SYSTEM_OFFICER' | 'SECURITY_OFFICER', section?: string) =>
    DEMO_STAFF.filter((m) => m.roles.some((r) => r.role === role && r.until === undefined && (section === undefined || r.section === section)));

  const notifications = await manager.find(NotificationEntity, { order: { sequence: 'ASC' } });
  const receipts: NotificationReadEntity[] = [];
  const readSoonAfter = (n: NotificationEntity) => new Date(Math.min(n.createdAt.getTime() + 3_600_000, now.getTime()));
  for (const officer of holding('SYSTEM_OFFICER')) {
    for (const n of notifications.slice(0, -1)) receipts.push(NotificationReadEntity.of(n.id, require(staffId, officer.employeeNumber), readSoonAfter(n)));
  }
  const sections = new Set(notifications.map((n) => n.sectionId).filter((s): s is string => s !== null));
  for (const [code, id] of unitId) {
    if (!sections.has(id)) continue;
    const oldest = notifications.find((n) => n.sectionId === id);
    if (!oldest) continue;
    for (const officer of holding('SECURITY_OFFICER', code)) receipts.push(NotificationReadEntity.of(oldest.id, require(staffId, officer.employeeNumber), readSoonAfter(oldest)));
  }
  if (receipts.length > 0) await manager.insert(NotificationReadEntity, receipts);

  const records = DEMO_PIN_GUIDANCE.map((demo) =>
    PinGuidanceRecordEntity.create({
      sectionId: require(unitId, demo.section),
      cardSerial: demo.cardSerial,
      guidedById: require(staffId, demo.guidedBy),
      recordedAt: new Date(now.getTime() - demo.daysAgo * DAY_MS),
    }),
  );
  if (records.length > 0) await manager.insert(PinGuidanceRecordEntity, records);
}
