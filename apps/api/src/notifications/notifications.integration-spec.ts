import { AuditEventEntity, notify, NotificationEntity, type NotificationKind } from '@juki/domain';
import { randomUUID } from 'node:crypto';
import { withTransaction } from '../database/with-transaction';
import { toGlobalId } from '../graphql/relay/global-id';
import { errorOf, gql, SIGN_OUT } from '../identity/testing/identity-client';
import { createPerson, createSection, type FixturePerson } from '../identity/testing/identity-fixtures';
import { closeIdentityApi, emptyDatabase, MINUTE, signInAs, startIdentityApi, TestClock } from '../identity/testing/identity-suite';
import { startTestApi, type TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import { subscribe, subscriptionClient, until } from './testing/subscription-client';

const ADDED = `subscription { notificationAdded { id kind subject { ja en } record readAt section { id } } }`;
const LIST = `query List($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) { totalCount edges { cursor node { id kind readAt section { id } } } pageInfo { hasNextPage } }
}`;
const UNREAD = `{ unreadNotificationCount }`;
const MARK = `mutation Mark($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }`;

interface Added {
  notificationAdded: { id: string; kind: string; subject: { ja: string; en: string }; record: string; readAt: string | null; section: { id: string } | null };
}

/** A notification as another part of the system writes it: in a transaction of `api`'s own connection pool. */
async function write(api: TestApi, sectionId: string | null, kind: NotificationKind, at: Date): Promise<NotificationEntity> {
  const recordId = randomUUID();
  return withTransaction(api.dataSource, (manager) =>
    notify(manager, {
      kind,
      sectionId,
      subject: { ja: `住民基本台帳カードの紛失 ${recordId.slice(0, 8)}`, en: `Resident card lost ${recordId.slice(0, 8)}` },
      recordType: 'ResidentCard',
      recordId,
      createdAt: at,
    }),
  );
}

describe.each(TEST_DATABASES)('notifications to the officers on $name (第10条の2第2項)', (database) => {
  const config = database.config();
  const clock = new TestClock(new Date('2026-06-08T10:00:00+09:00'));
  let api: TestApi;
  let other: TestApi;
  let sectionA: string;
  let sectionB: string;
  let officer: FixturePerson;
  let officerA: FixturePerson;
  let officerB: FixturePerson;
  let handlerA: FixturePerson;

  beforeAll(async () => {
    await emptyDatabase(config);
    api = await startIdentityApi(config, clock);
    // A second, independent API process on the SAME database (its own pool, its own feed).
    other = await startTestApi(config, { clock: clock.now, trustProxy: 'loopback', signInRateLimit: { maxFailures: 1_000, windowMs: 10 * MINUTE } });
    sectionA = await createSection(api.dataSource, '試験A課');
    sectionB = await createSection(api.dataSource, '試験B課');
    officer = await createPerson(api.dataSource, clock.now(), { sectionId: sectionA, roles: [{ role: 'SYSTEM_OFFICER' }] });
    officerA = await createPerson(api.dataSource, clock.now(), { sectionId: sectionA, roles: [{ role: 'SECURITY_OFFICER', sectionId: sectionA }] });
    officerB = await createPerson(api.dataSource, clock.now(), { sectionId: sectionB, roles: [{ role: 'SECURITY_OFFICER', sectionId: sectionB }] });
    handlerA = await createPerson(api.dataSource, clock.now(), { sectionId: sectionA, roles: [{ role: 'HANDLER', sectionId: sectionA }] });
  });
  afterAll(async () => {
    await other?.close();
    await closeIdentityApi(api, config);
  });

  it('pushes a notification written by ANOTHER API instance to the system officer and to its section’s officer, not to another section’s', async () => {
    const officerSession = await signInAs(api, officer);
    const officerASession = await signInAs(api, officerA);
    const officerBSession = await signInAs(api, officerB);
    const city = subscriptionClient(api.graphqlUrl, { cookie: officerSession.token });
    const ownA = subscriptionClient(api.graphqlUrl, { bearer: officerASession.token });
    const ownB = subscriptionClient(api.graphqlUrl, { bearerParam: officerBSession.token });
    try {
      const before = api.notificationFeed.subscriberCount;
      const citySub = subscribe<Added>(city.client, ADDED);
      const aSub = subscribe<Added>(ownA.client, ADDED);
      const bSub = subscribe<Added>(ownB.client, ADDED);
      const cityNext = citySub.next();
      const aNext = aSub.next();
      const bNext = bSub.next();
      await until(() => api.notificationFeed.subscriberCount === before + 3, 'three subscribers');

      const lostInA = await write(other, sectionA, 'CARD_LOST', clock.now());
      const stolenInB = await write(other, sectionB, 'CARD_STOLEN', clock.now());
      // The writer's process has no subscriber; the subscribers' process finds both rows by polling.
      expect(await api.notificationFeed.poll()).toBe(2);

      const expected = (n: NotificationEntity, section: string) => ({
        notificationAdded: {
          id: toGlobalId('Notification', n.id),
          kind: n.kind,
          subject: { ja: n.subjectJa, en: n.subjectEn },
          record: toGlobalId('ResidentCard', n.recordId),
          readAt: null,
          section: { id: toGlobalId('OrganisationUnit', section) },
        },
      });
      expect((await cityNext).data).toEqual(expected(lostInA, sectionA));
      expect((await citySub.next()).data).toEqual(expected(stolenInB, sectionB));
      expect((await aNext).data).toEqual(expected(lostInA, sectionA));
      // B's officer gets B's notification FIRST: the one of section A was never pushed to them.
      expect((await bNext).data).toEqual(expected(stolenInB, sectionB));

      // Nothing new: polling again delivers nothing twice.
      expect(await api.notificationFeed.poll()).toBe(0);
      await Promise.all([citySub.stop(), aSub.stop(), bSub.stop()]);
      await until(() => api.notificationFeed.subscriberCount === before, 'the subscriptions to end');
    } finally {
      await Promise.all([city.client.dispose(), ownA.client.dispose(), ownB.client.dispose()]);
    }
  });

  it('refuses an anonymous connection and a forged token (4401), and a caller whose roles may not subscribe (FORBIDDEN)', async () => {
    const anonymous = subscriptionClient(api.graphqlUrl);
    await expect(subscribe(anonymous.client, ADDED).next()).rejects.toBeDefined();
    expect((await anonymous.closed).code).toBe(4401);
    await anonymous.client.dispose();

    const forged = subscriptionClient(api.graphqlUrl, { bearer: `jss_${'A'.repeat(43)}` });
    await expect(subscribe(forged.client, ADDED).next()).rejects.toBeDefined();
    expect((await forged.closed).code).toBe(4401);
    await forged.client.dispose();

    const handlerSession = await signInAs(api, handlerA);
    const handler = subscriptionClient(api.graphqlUrl, { cookie: handlerSession.token });
    try {
      const refused = await subscribe(handler.client, ADDED)
        .next()
        .then(
          () => null,
          (errors: unknown) => errors,
        );
      expect(refused).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN', reason: 'PERMISSIONS.FORBIDDEN' }) })]);
    } finally {
      await handler.client.dispose();
    }

    // A cross-origin browser socket is refused like a cross-origin POST.
    const officerSession = await signInAs(api, officer);
    const foreign = subscriptionClient(api.graphqlUrl, { cookie: officerSession.token, origin: 'https://evil.example' });
    await expect(subscribe(foreign.client, ADDED).next()).rejects.toBeDefined();
    expect((await foreign.closed).code).toBe(4403);
    await foreign.client.dispose();

    // Over HTTP the same authorization pass covers the Subscription root: anonymous is refused before anything
    // runs, and a signed-in caller gets no subscription there (WebSocket only).
    const anonymousHttp = await gql(api.graphqlUrl, ADDED);
    expect(anonymousHttp.status).toBe(401);
    expect(errorOf(anonymousHttp)).toEqual({ code: 'UNAUTHENTICATED', reason: 'PERMISSIONS.SIGN_IN_REQUIRED' });
    const handlerHttp = await gql(api.graphqlUrl, ADDED, {}, { cookie: handlerSession.token });
    expect(errorOf(handlerHttp)).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSIONS.FORBIDDEN' });
    const officerHttp = await gql(api.graphqlUrl, ADDED, {}, { cookie: officerSession.token });
    expect(errorOf(officerHttp)).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOTIFICATIONS.SUBSCRIPTIONS_ONLY' });
    expect(officerHttp.body.data ?? null).toBeNull();

    // Queries and mutations stay on HTTP.
    const socket = subscriptionClient(api.graphqlUrl, { cookie: officerSession.token });
    try {
      const refused = await subscribe(socket.client, UNREAD)
        .next()
        .then(
          () => null,
          (errors: unknown) => errors,
        );
      expect(refused).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'NOTIFICATIONS.SUBSCRIPTIONS_ONLY' }) })]);
    } finally {
      await socket.client.dispose();
    }
  });

  it('closes the socket of a subscriber whose session has ended, before pushing anything more', async () => {
    const session = await signInAs(api, officer);
    const socket = subscriptionClient(api.graphqlUrl, { cookie: session.token });
    try {
      const before = api.notificationFeed.subscriberCount;
      const sub = subscribe<Added>(socket.client, ADDED);
      const next = sub.next().then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
      await until(() => api.notificationFeed.subscriberCount === before + 1, 'the subscriber');
      expect((await gql(api.graphqlUrl, SIGN_OUT, {}, { cookie: session.token })).body.errors).toBeUndefined();
      await write(other, null, 'CARD_STOLEN', clock.now());
      expect(await api.notificationFeed.poll()).toBe(1);
      expect((await socket.closed).code).toBe(4401);
      expect(await next).not.toHaveProperty('value');
      expect(api.notificationFeed.subscriberCount).toBe(before);
    } finally {
      await socket.client.dispose();
    }
  });

  it('lists notifications row-scoped and newest first, with read receipts PER PERSON and unread counts', async () => {
    const inA = await write(api, sectionA, 'CARD_LOST', clock.now());
    const inB = await write(api, sectionB, 'CARD_STOLEN', clock.now());
    const cityWide = await write(api, null, 'CARD_LOST', clock.now());
    const all = await api.dataSource.getRepository(NotificationEntity).find({ order: { sequence: 'DESC' } });
    const officerSession = await signInAs(api, officer);
    const officerASession = await signInAs(api, officerA);

    const cityList = await gql(api.graphqlUrl, LIST, { first: 100 }, { cookie: officerSession.token });
    expect(cityList.body.errors).toBeUndefined();
    const cityIds = (cityList.body.data?.['notifications'] as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);
    expect(cityIds).toEqual(all.map((n) => toGlobalId('Notification', n.id)));

    const aList = await gql(api.graphqlUrl, LIST, { first: 100 }, { cookie: officerASession.token });
    const aIds = (aList.body.data?.['notifications'] as { totalCount: number; edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);
    expect(aIds).toEqual(all.filter((n) => n.sectionId === sectionA).map((n) => toGlobalId('Notification', n.id)));
    expect(aIds).toContain(toGlobalId('Notification', inA.id));
    expect(aIds).not.toContain(toGlobalId('Notification', inB.id));
    expect(aIds).not.toContain(toGlobalId('Notification', cityWide.id));

    // Keyset paging, newest first.
    const page1 = await gql(api.graphqlUrl, LIST, { first: 1 }, { cookie: officerSession.token });
    const first = page1.body.data?.['notifications'] as { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean } };
    expect(first.edges.map((e) => e.node.id)).toEqual([toGlobalId('Notification', cityWide.id)]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const page2 = await gql(api.graphqlUrl, LIST, { first: 1, after: first.edges[0]?.cursor }, { cookie: officerSession.token });
    expect((page2.body.data?.['notifications'] as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id)).toEqual([toGlobalId('Notification', inB.id)]);

    const unread = async (token: string) => (await gql(api.graphqlUrl, UNREAD, {}, { cookie: token })).body.data?.['unreadNotificationCount'] as number;
    const officerUnread = await unread(officerSession.token);
    const aUnread = await unread(officerASession.token);
    expect(officerUnread).toBe(all.length);
    expect(aUnread).toBe(all.filter((n) => n.sectionId === sectionA).length);

    clock.advance(MINUTE);
    const marked = await gql(api.graphqlUrl, MARK, { ids: [toGlobalId('Notification', inA.id)] }, { cookie: officerSession.token });
    expect(marked.body.errors).toBeUndefined();
    expect(marked.body.data?.['markNotificationsRead']).toEqual([{ id: toGlobalId('Notification', inA.id), readAt: clock.now().toISOString() }]);
    // Marking again keeps the first receipt.
    clock.advance(MINUTE);
    const again = await gql(api.graphqlUrl, MARK, { ids: [toGlobalId('Notification', inA.id)] }, { cookie: officerSession.token });
    expect((again.body.data?.['markNotificationsRead'] as { readAt: string }[])[0]?.readAt).toBe(new Date(clock.now().getTime() - MINUTE).toISOString());

    expect(await unread(officerSession.token)).toBe(officerUnread - 1);
    // Another officer has NOT read it: a receipt is per person.
    expect(await unread(officerASession.token)).toBe(aUnread);
    const aUnreadList = await gql(api.graphqlUrl, LIST, { first: 100, unreadOnly: true }, { cookie: officerASession.token });
    expect((aUnreadList.body.data?.['notifications'] as { edges: { node: { id: string; readAt: string | null } }[] }).edges.map((e) => e.node.id)).toContain(
      toGlobalId('Notification', inA.id),
    );
    const officerUnreadList = await gql(api.graphqlUrl, LIST, { first: 100, unreadOnly: true }, { cookie: officerSession.token });
    expect((officerUnreadList.body.data?.['notifications'] as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id)).not.toContain(
      toGlobalId('Notification', inA.id),
    );

    // Out of reach is NOT_FOUND (like a notification that does not exist), nothing is marked, and it is audited.
    const outOfReach = await gql(api.graphqlUrl, MARK, { ids: [toGlobalId('Notification', inA.id), toGlobalId('Notification', inB.id)] }, { cookie: officerASession.token });
    expect(errorOf(outOfReach)).toEqual({ code: 'NOT_FOUND', reason: 'NOTIFICATIONS.NOT_FOUND' });
    expect(await unread(officerASession.token)).toBe(aUnread);
    const events = await api.dataSource.getRepository(AuditEventEntity).find({ where: { operation: 'Mutation.markNotificationsRead' } });
    expect(events.map((e) => [e.actorStaffId, e.outcome])).toEqual(
      expect.arrayContaining([
        [officer.staffId, 'SUCCESS'],
        [officerA.staffId, 'FAILED'],
      ]),
    );

    // A handler may not read notifications at all.
    const handlerSession = await signInAs(api, handlerA);
    expect(errorOf(await gql(api.graphqlUrl, LIST, { first: 5 }, { cookie: handlerSession.token }))).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSIONS.FORBIDDEN' });
  });
});
