import { AuditEventEntity, CardLossReportEntity, CardMovementEntity, CardStockTakeEntity, NotificationEntity, ResidentCardEntity, StoragePlaceEntity } from '@juki/domain';
import { withTransaction } from '../database/with-transaction';
import { toGlobalId } from '../graphql/relay/global-id';
import { errorOf, gql } from '../identity/testing/identity-client';
import { createPerson, createSection, uniqueSuffix, type FixturePerson } from '../identity/testing/identity-fixtures';
import { closeIdentityApi, DAY, signInAs, startIdentityApi, TestClock } from '../identity/testing/identity-suite';
import type { TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';

const RECEIVE = `mutation Receive($placeId: ID!, $serials: [String!]!) { receiveResidentCards(placeId: $placeId, serials: $serials) { id serial state version placeName } }`;
const MOVE = `mutation Move($cardId: ID!, $version: Int!, $kind: RecordableCardMovement!, $reason: CardDisposalReason, $toPlaceId: ID) {
  recordCardMovement(cardId: $cardId, version: $version, kind: $kind, reason: $reason, toPlaceId: $toPlaceId) {
    id kind fromState toState placeName fromPlaceName reason cardSerial card { id state version }
  }
}`;
const STOCK = `query Stock($sectionId: ID) { residentCardStock(sectionId: $sectionId) { sectionId placeId placeName state count } }`;
const STOCK_TAKE = `mutation Take($placeId: ID!, $countedOn: Date!, $counts: [CardStockTakeCountInput!]!) {
  recordCardStockTake(placeId: $placeId, countedOn: $countedOn, counts: $counts) { id state counted derived difference placeName }
}`;
const REPORT = `mutation Report($cardId: ID!, $version: Int!, $kind: ResidentCardLossKind!, $discoveredAt: DateTimeISO!, $circumstances: String!) {
  reportResidentCardLost(cardId: $cardId, version: $version, kind: $kind, discoveredAt: $discoveredAt, circumstances: $circumstances) {
    id kind cardSerial circumstances card { state version }
  }
}`;
const DISPOSE = `mutation Dispose($cardId: ID!, $version: Int!, $method: CardDisposalMethod!, $chip: Boolean!, $disposedOn: Date!, $witness: String!) {
  disposeResidentCard(cardId: $cardId, version: $version, method: $method, icChipDestroyed: $chip, performer: "試験 太郎", witness: $witness, disposedOn: $disposedOn) {
    id reason method icChipDestroyed witness disposedOn daysLate card { state }
  }
}`;
const OVERDUE = `{ overdueResidentCards { totalCount edges { node { id serial disposalDueOn daysOverdue } } } }`;
const CARDS = `query Cards($state: ResidentCardState) { residentCards(state: $state) { totalCount edges { node { id serial state place { name lockable } section { name } } } } }`;

interface Card {
  readonly id: string;
  readonly serial: string;
  readonly version: number;
}

describe.each(TEST_DATABASES)('resident cards on $name (第10条の2, 第10条の3)', (database) => {
  const config = database.config();
  const clock = new TestClock(new Date('2026-06-01T10:00:00+09:00'));
  let api: TestApi;
  let officer: FixturePerson;
  let otherOfficer: FixturePerson;
  let officerToken: string;
  let handlerToken: string;
  let otherOfficerToken: string;
  let systemOfficerToken: string;
  let safe: string;
  let vault: string;
  let desk: string;
  let otherSectionPlace: string;

  async function place(sectionId: string, createdById: string, name: string, lockable: boolean): Promise<string> {
    const entity = StoragePlaceEntity.create({ sectionId, name, location: '2階', lockable, createdById, createdAt: clock.now() });
    await withTransaction(api.dataSource, (manager) => manager.insert(StoragePlaceEntity, entity));
    return toGlobalId('StoragePlace', entity.id);
  }

  async function call(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const response = await gql(api.graphqlUrl, query, variables, { cookie: token });
    if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
    return response.body.data as Record<string, unknown>;
  }

  async function receive(count: number, at = safe, token = officerToken): Promise<Card[]> {
    const serials = Array.from({ length: count }, () => `RC-${uniqueSuffix()}`);
    return (await call(token, RECEIVE, { placeId: at, serials }))['receiveResidentCards'] as Card[];
  }

  async function move(card: Card, kind: string, extra: Record<string, unknown> = {}, token = officerToken): Promise<Card> {
    const data = await call(token, MOVE, { cardId: card.id, version: card.version, kind, ...extra });
    const moved = (data['recordCardMovement'] as { card: { version: number } }).card;
    return { ...card, version: moved.version };
  }

  async function stockOf(sectionId: string, token = officerToken): Promise<Record<string, number>> {
    const rows = (await call(token, STOCK, { sectionId: toGlobalId('OrganisationUnit', sectionId) }))['residentCardStock'] as { placeName: string; state: string; count: number }[];
    return Object.fromEntries(rows.map((r) => [`${r.placeName}/${r.state}`, r.count]));
  }

  /** The same counts from the cards' own rows: what the derived counts must always agree with. */
  async function cardRowCounts(sectionId: string): Promise<Record<string, number>> {
    const rows = (await api.dataSource.query(
      'SELECT p.name AS place, c.state AS state, COUNT(*) AS n FROM resident_card c JOIN storage_place p ON p.id = c.place_id WHERE c.section_id = ? GROUP BY p.name, c.state',
      [sectionId],
    )) as { place: string; state: string; n: string | number }[];
    return Object.fromEntries(rows.map((r) => [`${r.place}/${r.state}`, Number(r.n)]));
  }

  beforeAll(async () => {
    api = await startIdentityApi(config, clock);
    const sectionId = await createSection(api.dataSource, '試験区市民総合窓口課');
    const otherSection = await createSection(api.dataSource, '試験区地域振興課');
    officer = await createPerson(api.dataSource, clock.now(), { sectionId, roles: [{ role: 'SECURITY_OFFICER', sectionId }] });
    const handler = await createPerson(api.dataSource, clock.now(), { sectionId, roles: [{ role: 'HANDLER', sectionId }] });
    otherOfficer = await createPerson(api.dataSource, clock.now(), { sectionId: otherSection, roles: [{ role: 'SECURITY_OFFICER', sectionId: otherSection }] });
    const systemOfficer = await createPerson(api.dataSource, clock.now(), { roles: [{ role: 'SYSTEM_OFFICER' }] });
    officerToken = (await signInAs(api, officer)).token;
    handlerToken = (await signInAs(api, handler)).token;
    otherOfficerToken = (await signInAs(api, otherOfficer)).token;
    systemOfficerToken = (await signInAs(api, systemOfficer)).token;
    safe = await place(sectionId, officer.staffId, '金庫A', true);
    vault = await place(sectionId, officer.staffId, '保管庫B', true);
    desk = await place(sectionId, officer.staffId, '窓口の机', false);
    otherSectionPlace = await place(otherSection, otherOfficer.staffId, '地域振興課 金庫', true);
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  it('derives the stock per place and state from the movements, and it agrees with the cards', async () => {
    const [a, b, c, d] = await receive(5);
    const printed = await move(a as Card, 'PRINTED');
    await move(printed, 'ISSUED');
    const bPrinted = await move(b as Card, 'PRINTED', {}, handlerToken);
    await move(bPrinted, 'SPOILED', { reason: 'FACE_PRINT_FAILURE' });
    await move(c as Card, 'MOVED_TO_DISPOSAL', { reason: 'APPLICATION_CANCELLED' });
    const moved = await call(officerToken, MOVE, { cardId: (d as Card).id, version: 1, kind: 'TRANSFERRED', toPlaceId: vault });
    expect(moved['recordCardMovement']).toMatchObject({ kind: 'TRANSFERRED', fromState: 'BLANK', toState: 'BLANK', fromPlaceName: '金庫A', placeName: '保管庫B' });

    const stock = await stockOf(officer.sectionId);
    expect(stock).toEqual({ '金庫A/BLANK': 1, '金庫A/ISSUED': 1, '金庫A/AWAITING_DISPOSAL': 2, '保管庫B/BLANK': 1 });
    expect(await cardRowCounts(officer.sectionId)).toEqual(stock);
    const movements = await api.dataSource.getRepository(CardMovementEntity).countBy({ sectionId: officer.sectionId });
    expect(movements).toBe(5 + 6);
  });

  it('refuses illegal transitions, unlockable places and stale versions with coded errors citing the article', async () => {
    const [card] = (await receive(1)) as Card[];
    const issueBlank = await gql(api.graphqlUrl, MOVE, { cardId: card?.id, version: 1, kind: 'ISSUED' }, { cookie: officerToken });
    expect(errorOf(issueBlank)).toEqual({ code: 'CONFLICT', reason: 'CARDS.TRANSITION_NOT_ALLOWED' });
    expect(issueBlank.body.errors?.[0]?.extensions?.['article']).toBe('第10条の2第1項');
    const wrongReason = await gql(api.graphqlUrl, MOVE, { cardId: card?.id, version: 1, kind: 'SPOILED', reason: 'CARD_ABOLISHED' }, { cookie: officerToken });
    expect(errorOf(wrongReason)).toEqual({ code: 'BAD_USER_INPUT', reason: 'CARDS.REASON_NOT_FOR_MOVEMENT' });
    const toDesk = await gql(api.graphqlUrl, MOVE, { cardId: card?.id, version: 1, kind: 'TRANSFERRED', toPlaceId: desk }, { cookie: officerToken });
    expect(errorOf(toDesk)).toEqual({ code: 'BAD_USER_INPUT', reason: 'CARDS.STORAGE_NOT_LOCKABLE' });
    const receiveAtDesk = await gql(api.graphqlUrl, RECEIVE, { placeId: desk, serials: [`RC-${uniqueSuffix()}`] }, { cookie: officerToken });
    expect(errorOf(receiveAtDesk)).toEqual({ code: 'BAD_USER_INPUT', reason: 'CARDS.STORAGE_NOT_LOCKABLE' });
    const duplicate = await gql(api.graphqlUrl, RECEIVE, { placeId: safe, serials: [card?.serial] }, { cookie: officerToken });
    expect(errorOf(duplicate)).toEqual({ code: 'CONFLICT', reason: 'CARDS.SERIAL_DUPLICATED' });
    await move(card as Card, 'PRINTED');
    const stale = await gql(api.graphqlUrl, MOVE, { cardId: card?.id, version: 1, kind: 'ISSUED' }, { cookie: officerToken });
    expect(errorOf(stale)).toEqual({ code: 'CONFLICT', reason: 'CARDS.CHANGED' });
    const audit = await api.dataSource.getRepository(AuditEventEntity).find({ where: { operation: 'Mutation.recordCardMovement', actorStaffId: officer.staffId, outcome: 'FAILED' } });
    expect(audit.length).toBeGreaterThanOrEqual(4);
  });

  it('records a stock-take against the derived counts and names a difference (notified to the system officer)', async () => {
    const place = await call(officerToken, RECEIVE, { placeId: vault, serials: [`RC-${uniqueSuffix()}`, `RC-${uniqueSuffix()}`] });
    expect((place['receiveResidentCards'] as Card[]).length).toBe(2);
    const derived = await stockOf(officer.sectionId);
    const blank = derived['保管庫B/BLANK'] ?? 0;
    const exact = await call(officerToken, STOCK_TAKE, {
      placeId: vault,
      countedOn: '2026-06-01',
      counts: [
        { state: 'BLANK', counted: blank },
        { state: 'PRINTED', counted: 0 },
        { state: 'AWAITING_DISPOSAL', counted: 0 },
      ],
    });
    expect((exact['recordCardStockTake'] as { difference: number }[]).map((l) => l.difference)).toEqual([0, 0, 0]);
    const notificationsBefore = await api.dataSource.getRepository(NotificationEntity).countBy({ kind: 'STOCK_DIFFERENCE', sectionId: officer.sectionId });
    expect(notificationsBefore).toBe(0);

    const short = await call(officerToken, STOCK_TAKE, {
      placeId: vault,
      countedOn: '2026-06-01',
      counts: [
        { state: 'BLANK', counted: blank - 1 },
        { state: 'PRINTED', counted: 0 },
        { state: 'AWAITING_DISPOSAL', counted: 1 },
      ],
    });
    expect(short['recordCardStockTake']).toEqual([
      expect.objectContaining({ state: 'BLANK', counted: blank - 1, derived: blank, difference: -1, placeName: '保管庫B' }),
      expect.objectContaining({ state: 'PRINTED', counted: 0, derived: 0, difference: 0 }),
      expect.objectContaining({ state: 'AWAITING_DISPOSAL', counted: 1, derived: 0, difference: 1 }),
    ]);
    const notification = await api.dataSource.getRepository(NotificationEntity).findOneByOrFail({ kind: 'STOCK_DIFFERENCE', sectionId: officer.sectionId });
    expect(notification.subjectJa).toContain('BLANK -1');

    const missingState = await gql(api.graphqlUrl, STOCK_TAKE, { placeId: vault, countedOn: '2026-06-01', counts: [{ state: 'BLANK', counted: 1 }] }, { cookie: officerToken });
    expect(errorOf(missingState)).toEqual({ code: 'BAD_USER_INPUT', reason: 'CARDS.STOCK_TAKE_STATES_INVALID' });
    const future = await gql(
      api.graphqlUrl,
      STOCK_TAKE,
      { placeId: vault, countedOn: '2026-06-02', counts: ['BLANK', 'PRINTED', 'AWAITING_DISPOSAL'].map((state) => ({ state, counted: 0 })) },
      { cookie: officerToken },
    );
    expect(errorOf(future)).toEqual({ code: 'BAD_USER_INPUT', reason: 'CARDS.STOCK_TAKE_DATE_INVALID' });
    const byHandler = await gql(api.graphqlUrl, STOCK_TAKE, { placeId: vault, countedOn: '2026-06-01', counts: [] }, { cookie: handlerToken });
    expect(errorOf(byHandler)?.code).toBe('FORBIDDEN');
  });

  it('reports a loss at once: the card changes state, the stock follows and the system officer is notified in the same transaction', async () => {
    const [card] = (await receive(1)) as Card[];
    const before = await stockOf(officer.sectionId);
    const data = await call(handlerToken, REPORT, {
      cardId: card?.id,
      version: 1,
      kind: 'STOLEN',
      discoveredAt: new Date(clock.now().getTime() - 3_600_000).toISOString(),
      circumstances: '金庫の施錠確認時に不足を発見',
    });
    expect(data['reportResidentCardLost']).toMatchObject({ kind: 'STOLEN', cardSerial: card?.serial, card: { state: 'STOLEN', version: 2 } });
    const after = await stockOf(officer.sectionId);
    expect(after['金庫A/BLANK']).toBe((before['金庫A/BLANK'] ?? 0) - 1);
    expect(after['金庫A/STOLEN']).toBe((before['金庫A/STOLEN'] ?? 0) + 1);
    const rowId = Buffer.from(card?.id as string, 'base64').toString().split(':')[1] as string;
    const notification = await api.dataSource.getRepository(NotificationEntity).findOneByOrFail({ kind: 'CARD_STOLEN', recordId: rowId });
    expect(notification).toMatchObject({ sectionId: officer.sectionId, recordType: 'ResidentCard', createdAt: clock.now() });
    expect(notification.subjectJa).toContain(card?.serial);
    const seen = await gql(api.graphqlUrl, `{ notifications { edges { node { kind } } } }`, {}, { cookie: systemOfficerToken });
    expect(JSON.stringify(seen.body)).toContain('CARD_STOLEN');

    const again = await gql(api.graphqlUrl, REPORT, { cardId: card?.id, version: 2, kind: 'LOST', discoveredAt: clock.now().toISOString(), circumstances: '再報告' }, { cookie: officerToken });
    expect(errorOf(again)).toEqual({ code: 'CONFLICT', reason: 'CARDS.LOST_OR_STOLEN' });
    expect(await api.dataSource.getRepository(NotificationEntity).countBy({ recordId: rowId })).toBe(1);
    const audit = await api.dataSource.getRepository(AuditEventEntity).find({ where: { operation: 'Mutation.reportResidentCardLost', sectionId: officer.sectionId, outcome: 'SUCCESS' } });
    expect(audit.map((e) => e.recordType)).toEqual(['CardLossReport']);
  });

  it('refuses a disposal without the IC chip destroyed, disposes with it, and never twice', async () => {
    const [card] = (await receive(1)) as Card[];
    const waiting = await move(card as Card, 'SPOILED', { reason: 'INITIAL_DATA_WRITE_FAILURE' });
    const noChip = await gql(api.graphqlUrl, DISPOSE, { cardId: waiting.id, version: waiting.version, method: 'SHREDDING', chip: false, disposedOn: '2026-06-01', witness: '試験 次郎' }, { cookie: officerToken });
    expect(errorOf(noChip)).toEqual({ code: 'BAD_USER_INPUT', reason: 'DISPOSAL.CARD_IC_CHIP_NOT_DESTROYED' });
    expect(noChip.body.errors?.[0]?.extensions?.['article']).toMatch(/^第10条の3/);
    const noWitness = await gql(api.graphqlUrl, DISPOSE, { cardId: waiting.id, version: waiting.version, method: 'SHREDDING', chip: true, disposedOn: '2026-06-01', witness: ' ' }, { cookie: officerToken });
    expect(errorOf(noWitness)).toEqual({ code: 'BAD_USER_INPUT', reason: 'DISPOSAL.CARD_WITNESS_MISSING' });
    const refusedAudit = await api.dataSource.getRepository(AuditEventEntity).findBy({ operation: 'Mutation.disposeResidentCard', actorStaffId: officer.staffId, outcome: 'FAILED' });
    const cardRowId = Buffer.from(waiting.id, 'base64').toString().split(':')[1];
    expect(refusedAudit.map((e) => [e.recordType, JSON.parse(e.recordIds)])).toEqual([
      ['ResidentCard', [cardRowId]],
      ['ResidentCard', [cardRowId]],
    ]);

    const done = await call(officerToken, DISPOSE, { cardId: waiting.id, version: waiting.version, method: 'SHREDDING', chip: true, disposedOn: '2026-06-01', witness: '試験 次郎' });
    expect(done['disposeResidentCard']).toMatchObject({ reason: 'INITIAL_DATA_WRITE_FAILURE', method: 'SHREDDING', icChipDestroyed: true, daysLate: 0, card: { state: 'DISPOSED' } });
    const twice = await gql(api.graphqlUrl, DISPOSE, { cardId: waiting.id, version: waiting.version + 1, method: 'SHREDDING', chip: true, disposedOn: '2026-06-01', witness: '試験 次郎' }, { cookie: officerToken });
    expect(errorOf(twice)).toEqual({ code: 'CONFLICT', reason: 'CARDS.ALREADY_DISPOSED' });
    const [blank] = (await receive(1)) as Card[];
    const notAwaiting = await gql(api.graphqlUrl, DISPOSE, { cardId: blank?.id, version: 1, method: 'SHREDDING', chip: true, disposedOn: '2026-06-01', witness: '試験 次郎' }, { cookie: officerToken });
    expect(errorOf(notAwaiting)).toEqual({ code: 'CONFLICT', reason: 'CARDS.NOT_AWAITING_DISPOSAL' });
    const byHandler = await gql(api.graphqlUrl, DISPOSE, { cardId: blank?.id, version: 1, method: 'SHREDDING', chip: true, disposedOn: '2026-06-01', witness: '試験 次郎' }, { cookie: handlerToken });
    expect(errorOf(byHandler)?.code).toBe('FORBIDDEN');
  });

  it('keeps each section to its own cards, in the SQL (lists, stock, node, writes)', async () => {
    const [card] = (await receive(1)) as Card[];
    const theirs = await call(otherOfficerToken, CARDS);
    expect((theirs['residentCards'] as { totalCount: number }).totalCount).toBe(0);
    const theirStock = (await call(otherOfficerToken, STOCK))['residentCardStock'] as unknown[];
    expect(theirStock).toEqual([]);
    const node = await call(otherOfficerToken, `query N($id: ID!) { node(id: $id) { id } }`, { id: card?.id });
    expect(node['node']).toBeNull();
    const write = await gql(api.graphqlUrl, MOVE, { cardId: card?.id, version: 1, kind: 'PRINTED' }, { cookie: otherOfficerToken });
    expect(errorOf(write)).toEqual({ code: 'NOT_FOUND', reason: 'CARDS.NOT_FOUND' });
    const intoTheirPlace = await gql(api.graphqlUrl, MOVE, { cardId: card?.id, version: 1, kind: 'TRANSFERRED', toPlaceId: otherSectionPlace }, { cookie: officerToken });
    expect(errorOf(intoTheirPlace)).toEqual({ code: 'NOT_FOUND', reason: 'CARDS.PLACE_NOT_FOUND' });
    const cityWide = await call(systemOfficerToken, CARDS);
    expect((cityWide['residentCards'] as { totalCount: number }).totalCount).toBeGreaterThan(0);
    const mine = (await call(handlerToken, CARDS))['residentCards'] as { totalCount: number; edges: { node: { place: { name: string; lockable: boolean }; section: { name: string } } }[] };
    expect(mine.totalCount).toBe((cityWide['residentCards'] as { totalCount: number }).totalCount);
    expect(new Set(mine.edges.map((e) => `${e.node.section.name}/${e.node.place.name}/${e.node.place.lockable}`))).toEqual(
      new Set(['試験区市民総合窓口課/金庫A/true', '試験区市民総合窓口課/保管庫B/true']),
    );
  });

  it('exports the movements and disposals as CSV with a BOM and Japanese headers, under the row filter', async () => {
    const csv = await call(officerToken, `{ cardMovementsCsv { fileName contentType rowCount content } cardDisposalsCsv { rowCount content } residentCardStockCsv { content } }`);
    const movements = csv['cardMovementsCsv'] as { fileName: string; rowCount: number; content: string };
    expect(movements.content.startsWith('\uFEFF日時,所属,カード番号,受払')).toBe(true);
    expect(movements.fileName).toMatch(/^resident-card-movements-\d{8}\.csv$/);
    const count = await api.dataSource.getRepository(CardMovementEntity).countBy({ sectionId: officer.sectionId });
    expect(movements.rowCount).toBe(count);
    expect(movements.content).toContain('受入');
    expect((csv['cardDisposalsCsv'] as { content: string }).content).toContain('カード発行失敗（初期データの書込みの失敗）');
    expect((csv['residentCardStockCsv'] as { content: string }).content.split('\r\n')[0]).toBe('\uFEFF所属,保管場所,状態,枚数');
    const theirs = await call(otherOfficerToken, `{ cardMovementsCsv { rowCount } cardStockTakesCsv { rowCount } cardLossReportsCsv { rowCount } }`);
    expect((theirs['cardMovementsCsv'] as { rowCount: number }).rowCount).toBe(0);
    expect((theirs['cardStockTakesCsv'] as { rowCount: number }).rowCount).toBe(0);
    expect((theirs['cardLossReportsCsv'] as { rowCount: number }).rowCount).toBe(0);
  });

  it('exports the stock-takes and the loss and theft reports as CSV too (the earlier tests recorded some in this section)', async () => {
    const csv = await call(officerToken, `{ cardStockTakesCsv { fileName rowCount content } cardLossReportsCsv { fileName rowCount content } }`);
    const takes = csv['cardStockTakesCsv'] as { fileName: string; rowCount: number; content: string };
    const losses = csv['cardLossReportsCsv'] as { fileName: string; rowCount: number; content: string };
    expect(takes.content.split('\r\n')[0]).toBe('\uFEFF棚卸日,所属,保管場所,状態,実査枚数,受払からの枚数,差異,記録日時,記録者');
    expect(losses.content.split('\r\n')[0]).toBe('\uFEFF報告日時,所属,カード番号,種別,発覚日時,保管場所,状況,報告者');
    expect(takes.fileName).toMatch(/^resident-card-stock-takes-\d{8}\.csv$/);
    expect(losses.fileName).toMatch(/^resident-card-loss-reports-\d{8}\.csv$/);
    const [takeCount, lossCount] = await Promise.all([
      api.dataSource.getRepository(CardStockTakeEntity).countBy({ sectionId: officer.sectionId }),
      api.dataSource.getRepository(CardLossReportEntity).countBy({ sectionId: officer.sectionId }),
    ]);
    expect(takeCount).toBeGreaterThan(0);
    expect(lossCount).toBeGreaterThan(0);
    expect(takes.rowCount).toBe(takeCount);
    expect(losses.rowCount).toBe(lossCount);
    expect(takes.content.split('\r\n').filter((line) => line !== '')).toHaveLength(takeCount + 1);
  });

  it('lets exactly one of two concurrent disposals (and movements) of one card succeed; the other is CONFLICT and the counts stay right', async () => {
    for (let round = 0; round < 3; round++) {
      const [card] = (await receive(1)) as Card[];
      const waiting = await move(card as Card, 'SPOILED', { reason: 'FACE_PRINT_FAILURE' });
      const variables = { cardId: waiting.id, version: waiting.version, method: 'INCINERATION', chip: true, disposedOn: '2026-06-01', witness: '試験 次郎' };
      const [first, second] = await Promise.all([
        gql(api.graphqlUrl, DISPOSE, variables, { cookie: officerToken }),
        gql(api.graphqlUrl, DISPOSE, variables, { cookie: officerToken }),
      ]);
      const outcomes = [first, second].map((r) => (r.body.errors ? errorOf(r) : 'ok'));
      expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
      expect(outcomes.filter((o) => o !== 'ok')).toEqual([{ code: 'CONFLICT', reason: 'CARDS.CHANGED' }]);

      const [other] = (await receive(1)) as Card[];
      const moves = await Promise.all([
        gql(api.graphqlUrl, MOVE, { cardId: other?.id, version: 1, kind: 'PRINTED' }, { cookie: officerToken }),
        gql(api.graphqlUrl, MOVE, { cardId: other?.id, version: 1, kind: 'TRANSFERRED', toPlaceId: vault }, { cookie: handlerToken }),
      ]);
      expect(moves.filter((r) => !r.body.errors)).toHaveLength(1);
      expect(moves.map(errorOf).filter(Boolean)).toEqual([{ code: 'CONFLICT', reason: 'CARDS.CHANGED' }]);
    }
    const serial = `RC-${uniqueSuffix()}`;
    const receipts = await Promise.all([officerToken, handlerToken].map((token) => gql(api.graphqlUrl, RECEIVE, { placeId: safe, serials: [serial] }, { cookie: token })));
    expect(receipts.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(receipts.map(errorOf).filter(Boolean)).toEqual([{ code: 'CONFLICT', reason: 'CARDS.SERIAL_DUPLICATED' }]);
    const rows = await api.dataSource.getRepository(ResidentCardEntity).findBy({ sectionId: officer.sectionId });
    expect(await stockOf(officer.sectionId)).toEqual(await cardRowCounts(officer.sectionId));
    const disposals = (await api.dataSource.query('SELECT card_id, COUNT(*) AS n FROM card_disposal GROUP BY card_id HAVING COUNT(*) > 1')) as unknown[];
    expect(disposals).toEqual([]);
    expect(rows.every((r) => r.version >= 1)).toBe(true);
  });
  // Last: moving the clock a month ends every session opened before (idle timeout), so this test signs in anew.
  it('lists cards awaiting disposal past the profile’s limit as overdue (30 days: overdue from the 31st)', async () => {
    const [card] = (await receive(1)) as Card[];
    await move(card as Card, 'MOVED_TO_DISPOSAL', { reason: 'APPLICATION_CANCELLED' });
    const start = clock.now();
    const overdueAt = async (days: number, person: FixturePerson): Promise<{ totalCount: number; edges: { node: { id: string; serial: string; disposalDueOn: string; daysOverdue: number } }[] }> => {
      clock.set(new Date(start.getTime() + days * DAY));
      const { token } = await signInAs(api, person);
      return (await call(token, OVERDUE))['overdueResidentCards'] as { totalCount: number; edges: { node: { id: string; serial: string; disposalDueOn: string; daysOverdue: number } }[] };
    };
    expect((await overdueAt(30, officer)).edges.map((e) => e.node.serial)).not.toContain(card?.serial);
    const overdue = await overdueAt(31, officer);
    expect(overdue.edges.map((e) => e.node)).toContainEqual({ id: card?.id, serial: card?.serial, disposalDueOn: '2026-07-01', daysOverdue: 1 });
    expect((await overdueAt(31, otherOfficer)).totalCount).toBe(0);
  });
});
