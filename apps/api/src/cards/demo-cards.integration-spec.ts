import { CardDisposalEntity, CardLossReportEntity, CardStockTakeEntity, derivedCardStock, NotificationEntity, overdueCardCutoff, RESIDENT_CARD_STATES, ResidentCardEntity } from '@juki/domain';
import { CARD_DISPOSAL_REASONS, DEFAULT_PROFILE, jstDate } from '@juki/policies';
import { emptyDatabase } from '../identity/testing/identity-suite';
import { startTestApi, type TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';

describe.each(TEST_DATABASES)('the demo resident cards on $name (第10条の2, 第10条の3)', (database) => {
  const config = database.config();
  let api: TestApi;

  beforeAll(async () => {
    await emptyDatabase(config);
    api = await startTestApi(config, { seedDemo: 'always' });
  });
  afterAll(async () => {
    await api?.close();
    await emptyDatabase(config);
  });

  it('covers every state, every reason of disposal, loss and theft, overdue cards and stock-takes with and without a difference', async () => {
    const cards = await api.dataSource.getRepository(ResidentCardEntity).find();
    expect(new Set(cards.map((c) => c.state))).toEqual(new Set(RESIDENT_CARD_STATES));
    expect(new Set(cards.map((c) => c.sectionId)).size).toBeGreaterThanOrEqual(3);

    const disposals = await api.dataSource.getRepository(CardDisposalEntity).find();
    expect(new Set(disposals.map((d) => d.reason))).toEqual(new Set(CARD_DISPOSAL_REASONS));
    expect(disposals.every((d) => d.icChipDestroyed && d.witness.length > 0)).toBe(true);
    expect(disposals.length).toBe(cards.filter((c) => c.state === 'DISPOSED').length);

    const reports = await api.dataSource.getRepository(CardLossReportEntity).find();
    expect(reports.map((r) => r.kind).sort()).toEqual(['LOST', 'STOLEN']);
    expect(reports.length).toBe(cards.filter((c) => c.state === 'LOST' || c.state === 'STOLEN').length);
    const notified = await api.dataSource.getRepository(NotificationEntity).findBy(reports.map((r) => ({ id: r.notificationId })));
    expect(notified.map((n) => n.kind).sort()).toEqual(['CARD_LOST', 'CARD_STOLEN']);

    const cutoff = overdueCardCutoff(jstDate(new Date()), DEFAULT_PROFILE);
    const awaiting = cards.filter((c) => c.state === 'AWAITING_DISPOSAL');
    expect(awaiting.some((c) => (c.awaitingDisposalSince as string) < cutoff)).toBe(true);
    expect(awaiting.some((c) => (c.awaitingDisposalSince as string) >= cutoff)).toBe(true);

    const takes = await api.dataSource.getRepository(CardStockTakeEntity).find();
    expect(takes.some((t) => t.difference !== 0)).toBe(true);
    const places = new Set(takes.map((t) => t.placeId));
    expect([...places].some((p) => takes.filter((t) => t.placeId === p).every((t) => t.difference === 0))).toBe(true);
  });

  it('derives from the seeded movements the same counts as the cards, and the stock-takes recorded them', async () => {
    const derived = await derivedCardStock(api.dataSource.manager);
    const cards = await api.dataSource.getRepository(ResidentCardEntity).find();
    const fromCards = new Map<string, number>();
    for (const c of cards) fromCards.set(`${c.sectionId}|${c.placeId}|${c.state}`, (fromCards.get(`${c.sectionId}|${c.placeId}|${c.state}`) ?? 0) + 1);
    expect(new Map(derived.map((d) => [`${d.sectionId}|${d.placeId}|${d.state}`, d.count]))).toEqual(fromCards);
    for (const take of await api.dataSource.getRepository(CardStockTakeEntity).find()) {
      expect(take.derived).toBe(fromCards.get(`${take.sectionId}|${take.placeId}|${take.state}`) ?? 0);
    }
  });
});
