import { CardMovementEntity, DEMO_PIN_GUIDANCE, NotificationEntity, NotificationReadEntity, PinGuidanceRecordEntity, ResidentCardEntity, RoleAssignmentEntity } from '@juki/domain';
import { In } from 'typeorm';
import { emptyDatabase } from '../identity/testing/identity-suite';
import { startTestApi, type TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';

describe.each(TEST_DATABASES)('the demo notifications and PIN guidance records on $name', (database) => {
  const config = database.config();
  let api: TestApi;

  beforeAll(async () => {
    await emptyDatabase(config);
    api = await startTestApi(config, { seedDemo: database.name === 'sqlite' ? 'auto' : 'always' });
  });
  afterAll(async () => {
    await api?.close();
    await emptyDatabase(config);
  });

  it('shows read and unread notifications of several sections (the system officer has read all but the newest)', async () => {
    const notifications = await api.dataSource.getRepository(NotificationEntity).find({ order: { sequence: 'ASC' } });
    expect(new Set(notifications.map((n) => n.sectionId)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(notifications.map((n) => n.kind))).toEqual(new Set(['CARD_LOST', 'CARD_STOLEN', 'STOCK_DIFFERENCE']));
    const officers = await api.dataSource.getRepository(RoleAssignmentEntity).find({ where: { role: 'SYSTEM_OFFICER' } });
    const receipts = await api.dataSource.getRepository(NotificationReadEntity).find({ where: { staffId: In(officers.map((o) => o.staffId)) } });
    const read = new Set(receipts.map((r) => r.notificationId));
    expect(notifications.slice(0, -1).every((n) => read.has(n.id))).toBe(true);
    expect(read.has((notifications[notifications.length - 1] as NotificationEntity).id)).toBe(false);
    // Others have read some, not all: every state of a receipt is on show.
    const all = await api.dataSource.getRepository(NotificationReadEntity).count();
    expect(all).toBeGreaterThan(receipts.length);
  });

  it('records the PIN guidance of every issued demo card, in several sections, by the staff of that section', async () => {
    const records = await api.dataSource.getRepository(PinGuidanceRecordEntity).find({ relations: { guidedBy: true } });
    expect(records.map((r) => r.cardSerial).sort()).toEqual(DEMO_PIN_GUIDANCE.map((d) => d.cardSerial).sort());
    expect(new Set(records.map((r) => r.sectionId)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(records.map((r) => r.guidedById)).size).toBeGreaterThanOrEqual(2);
    const cards = await api.dataSource.getRepository(ResidentCardEntity).find({ where: { serial: In(records.map((r) => r.cardSerial)) } });
    expect(cards).toHaveLength(records.length);
    const issued = await api.dataSource.getRepository(CardMovementEntity).find({ where: { cardId: In(cards.map((c) => c.id)), kind: 'ISSUED' } });
    expect(new Set(issued.map((m) => m.cardId)).size).toBe(cards.length);
    for (const record of records) {
      const card = cards.find((c) => c.serial === record.cardSerial);
      expect(card?.sectionId).toBe(record.sectionId);
      expect(record.guidedBy?.sectionId).toBe(record.sectionId);
      expect([record.applicantEnteredPin, record.applicantInsertedCard]).toEqual([true, true]);
    }
  });
});
