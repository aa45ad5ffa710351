import { createHash } from 'node:crypto';
import { AuditEventEntity, HandlingPrecautionsEntity, PrecautionAcknowledgementEntity } from '@juki/domain';
import { toGlobalId } from '../graphql/relay/global-id';
import { errorOf, gql } from '../identity/testing/identity-client';
import { closeIdentityApi, MINUTE, signInAs, startIdentityApi, TestClock } from '../identity/testing/identity-suite';
import type { TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import { designateThroughApi, plainStaff, sectionWithOfficer, type FixtureSection } from './testing/handlers-fixtures';

const PUBLISH = `mutation Publish($section: ID!, $expected: Int!, $screen: String!, $integrity: String!, $search: String!, $storage: String!, $printing: String!) {
  publishHandlingPrecautions(sectionId: $section, expectedVersion: $expected, screenDisplay: $screen, integrity: $integrity,
    searchAndExtract: $search, storageOnDisk: $storage, printing: $printing) {
    id version current contentHash publishedAt supersededAt screenDisplay section { id } publishedBy { id }
  }
}`;
const ACKNOWLEDGE = `mutation Ack($id: ID!) {
  acknowledgeHandlingPrecautions(precautionsId: $id) {
    id version contentHash acknowledgedAt handler { id } precautions { id version screenDisplay integrity searchAndExtract storageOnDisk printing contentHash }
  }
}`;
const NOT_ACKNOWLEDGED = `query Pending($section: ID) { handlersNotAcknowledged(sectionId: $section, first: 50) { totalCount edges { node { id staff { id } } } } }`;
const VERSIONS = `query Versions($section: ID, $current: Boolean) { handlingPrecautions(sectionId: $section, currentOnly: $current, first: 50) { totalCount edges { node { id version current } } } }`;
const ACKS = `query Acks($section: ID) { precautionAcknowledgements(sectionId: $section, first: 50) { edges { node { version contentHash handler { id } precautions { version screenDisplay } } } } }`;

type Texts = { screen: string; integrity: string; search: string; storage: string; printing: string };
const texts = (n: number): Texts => ({
  screen: `第${n}版: 端末を離れるときは画面を閉じる。`,
  integrity: `第${n}版: 入力後は原票と照合する。`,
  search: `第${n}版: 検索・抽出は業務に必要な範囲に限る。`,
  storage: `第${n}版: 磁気ディスクに保管しない。`,
  printing: `第${n}版: 必要な部数だけ出力し、施錠できる書庫に保管する。`,
});
/** The hash a client can compute from the text it was shown (precautionsContentHash). */
const hashOf = (t: Texts) => createHash('sha256').update(JSON.stringify([t.screen, t.integrity, t.search, t.storage, t.printing]), 'utf8').digest('hex');

type Pending = { totalCount: number; edges: { node: { staff: { id: string } } }[] };

describe.each(TEST_DATABASES)('handling precautions and their acknowledgement on $name (第9条)', (database) => {
  const config = database.config();
  const clock = new TestClock(new Date('2026-06-06T10:00:00+09:00'));
  let api: TestApi;

  beforeAll(async () => {
    api = await startIdentityApi(config, clock);
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  const publish = (s: FixtureSection, expected: number, t: Texts, session = s.officerSession) =>
    gql(api.graphqlUrl, PUBLISH, { section: toGlobalId('OrganisationUnit', s.sectionId), expected, ...t }, { cookie: session });
  const pending = async (session: string, sectionId?: string): Promise<string[]> => {
    const r = await gql(api.graphqlUrl, NOT_ACKNOWLEDGED, sectionId ? { section: toGlobalId('OrganisationUnit', sectionId) } : {}, { cookie: session });
    expect(r.body.errors).toBeUndefined();
    return (r.body.data?.['handlersNotAcknowledged'] as Pending).edges.map((e) => e.node.staff.id).sort();
  };

  it('publishing makes every handler unacknowledged; each acknowledges the current version for themselves, and the exact text is kept', async () => {
    const a = await sectionWithOfficer(api, clock.now());
    const first = await plainStaff(api.dataSource, clock.now(), a.sectionId);
    const second = await plainStaff(api.dataSource, clock.now(), a.sectionId);
    await designateThroughApi(api, a.officerSession, first.staffId);
    await designateThroughApi(api, a.officerSession, second.staffId);
    const both = [toGlobalId('Staff', first.staffId), toGlobalId('Staff', second.staffId)].sort();
    // Nothing published yet: nothing to acknowledge.
    expect(await pending(a.officerSession, a.sectionId)).toEqual([]);

    const v1 = await publish(a, 0, texts(1));
    expect(v1.body.errors).toBeUndefined();
    const published = v1.body.data?.['publishHandlingPrecautions'] as Record<string, unknown>;
    expect(published).toMatchObject({
      version: 1,
      current: true,
      contentHash: hashOf(texts(1)),
      supersededAt: null,
      screenDisplay: texts(1).screen,
      section: { id: toGlobalId('OrganisationUnit', a.sectionId) },
      publishedBy: { id: toGlobalId('Staff', a.officer.staffId) },
    });
    expect(await pending(a.officerSession, a.sectionId)).toEqual(both);

    const { token: firstSession } = await signInAs(api, first);
    clock.advance(10 * MINUTE);
    const ack = await gql(api.graphqlUrl, ACKNOWLEDGE, { id: published['id'] }, { cookie: firstSession });
    expect(ack.body.errors).toBeUndefined();
    expect(ack.body.data?.['acknowledgeHandlingPrecautions']).toMatchObject({
      version: 1,
      contentHash: hashOf(texts(1)),
      acknowledgedAt: clock.now().toISOString(),
      handler: { id: toGlobalId('Staff', first.staffId) },
      precautions: {
        id: published['id'],
        version: 1,
        screenDisplay: texts(1).screen,
        integrity: texts(1).integrity,
        searchAndExtract: texts(1).search,
        storageOnDisk: texts(1).storage,
        printing: texts(1).printing,
        contentHash: hashOf(texts(1)),
      },
    });
    expect(await pending(a.officerSession, a.sectionId)).toEqual([toGlobalId('Staff', second.staffId)]);
    // Acknowledging again changes nothing.
    const again = await gql(api.graphqlUrl, ACKNOWLEDGE, { id: published['id'] }, { cookie: firstSession });
    expect(again.body.data?.['acknowledgeHandlingPrecautions']).toEqual(ack.body.data?.['acknowledgeHandlingPrecautions']);

    // A new version: everyone is unacknowledged again; the old version can no longer be acknowledged.
    const v2 = await publish(a, 1, texts(2));
    const next = v2.body.data?.['publishHandlingPrecautions'] as Record<string, unknown>;
    expect(next).toMatchObject({ version: 2, current: true, contentHash: hashOf(texts(2)) });
    expect(await pending(a.officerSession, a.sectionId)).toEqual(both);
    const old = await gql(api.graphqlUrl, ACKNOWLEDGE, { id: published['id'] }, { cookie: firstSession });
    expect(errorOf(old)).toEqual({ code: 'CONFLICT', reason: 'HANDLERS.PRECAUTIONS_NOT_CURRENT' });
    const versions = (await gql(api.graphqlUrl, VERSIONS, { section: toGlobalId('OrganisationUnit', a.sectionId) }, { cookie: a.officerSession })).body.data?.[
      'handlingPrecautions'
    ] as { edges: { node: { version: number; current: boolean } }[] };
    expect(versions.edges.map((e) => [e.node.version, e.node.current])).toEqual([
      [1, false],
      [2, true],
    ]);

    // The first acknowledgement still proves exactly the text of version 1.
    const acks = (await gql(api.graphqlUrl, ACKS, { section: toGlobalId('OrganisationUnit', a.sectionId) }, { cookie: a.officerSession })).body.data?.[
      'precautionAcknowledgements'
    ] as { edges: { node: Record<string, unknown> }[] };
    expect(acks.edges.map((e) => e.node)).toEqual([
      { version: 1, contentHash: hashOf(texts(1)), handler: { id: toGlobalId('Staff', first.staffId) }, precautions: { version: 1, screenDisplay: texts(1).screen } },
    ]);
    const stored = await api.dataSource.getRepository(HandlingPrecautionsEntity).findOneByOrFail({ sectionId: a.sectionId, documentVersion: 1 });
    expect(stored.verifiesHash()).toBe(true);

    await gql(api.graphqlUrl, ACKNOWLEDGE, { id: next['id'] }, { cookie: firstSession });
    expect(await pending(a.officerSession, a.sectionId)).toEqual([toGlobalId('Staff', second.staffId)]);
    // A handler sees only themselves in the list.
    const { token: secondSession } = await signInAs(api, second);
    expect(await pending(firstSession)).toEqual([]);
    expect(await pending(secondSession)).toEqual([toGlobalId('Staff', second.staffId)]);

    const audit = await api.dataSource.getRepository(AuditEventEntity).find({
      where: { operation: 'Mutation.acknowledgeHandlingPrecautions', actorStaffId: first.staffId },
      order: { sequence: 'ASC' },
    });
    expect(audit.map((e) => [e.outcome, e.recordType, e.sectionId])).toEqual([
      ['SUCCESS', 'PrecautionAcknowledgement', a.sectionId],
      ['SUCCESS', 'PrecautionAcknowledgement', a.sectionId],
      ['FAILED', 'PrecautionAcknowledgement', a.sectionId],
      ['SUCCESS', 'PrecautionAcknowledgement', a.sectionId],
    ]);
  });

  it('refuses a stale version (CONFLICT), another section’s officer (FORBIDDEN, audited), a missing category, and a non-handler’s acknowledgement', async () => {
    const a = await sectionWithOfficer(api, clock.now());
    const b = await sectionWithOfficer(api, clock.now());
    const v1 = (await publish(a, 0, texts(1))).body.data?.['publishHandlingPrecautions'] as { id: string };
    expect(errorOf(await publish(a, 0, texts(9)))).toEqual({ code: 'CONFLICT', reason: 'HANDLERS.PRECAUTIONS_STALE' });
    expect(errorOf(await publish(a, 2, texts(9)))).toEqual({ code: 'CONFLICT', reason: 'HANDLERS.PRECAUTIONS_STALE' });

    const foreign = await publish(a, 1, texts(9), b.officerSession);
    expect(errorOf(foreign)).toEqual({ code: 'FORBIDDEN', reason: 'AUTHORITY.PRECAUTIONS_PUBLISHER_NOT_SECTION_SECURITY_OFFICER' });
    const denied = await api.dataSource.getRepository(AuditEventEntity).find({ where: { operation: 'Mutation.publishHandlingPrecautions', actorStaffId: b.officer.staffId } });
    expect(denied.map((e) => [e.outcome, e.sectionId])).toEqual([['DENIED', a.sectionId]]);

    const blank = await publish(a, 1, { ...texts(2), storage: '   ' });
    expect(errorOf(blank)).toEqual({ code: 'BAD_USER_INPUT', reason: 'HANDLERS.PRECAUTION_MISSING' });
    expect(await api.dataSource.getRepository(HandlingPrecautionsEntity).countBy({ sectionId: a.sectionId })).toBe(1);

    // The officer is no handler; B's handler is no handler of A.
    const officerAck = await gql(api.graphqlUrl, ACKNOWLEDGE, { id: v1.id }, { cookie: a.officerSession });
    expect(errorOf(officerAck)).toEqual({ code: 'FORBIDDEN', reason: 'HANDLERS.NOT_DESIGNATED' });
    const bHandler = await plainStaff(api.dataSource, clock.now(), b.sectionId);
    await designateThroughApi(api, b.officerSession, bHandler.staffId);
    const { token: bSession } = await signInAs(api, bHandler);
    expect(errorOf(await gql(api.graphqlUrl, ACKNOWLEDGE, { id: v1.id }, { cookie: bSession }))?.code).toBe('FORBIDDEN');
    expect(await api.dataSource.getRepository(PrecautionAcknowledgementEntity).countBy({ precautionsId: v1.id })).toBe(0);
    const refusals = await api.dataSource.getRepository(AuditEventEntity).find({ where: { operation: 'Mutation.acknowledgeHandlingPrecautions', actorStaffId: bHandler.staffId } });
    expect(refusals.map((e) => e.outcome)).toEqual(['DENIED']);

    // Row scope: B's officer sees none of A's versions or pending handlers.
    const aHandler = await plainStaff(api.dataSource, clock.now(), a.sectionId);
    await designateThroughApi(api, a.officerSession, aHandler.staffId);
    expect(await pending(b.officerSession, a.sectionId)).toEqual([]);
    expect(await pending(a.officerSession, a.sectionId)).toEqual([toGlobalId('Staff', aHandler.staffId)]);
    const foreignVersions = await gql(api.graphqlUrl, VERSIONS, { section: toGlobalId('OrganisationUnit', a.sectionId) }, { cookie: b.officerSession });
    expect(foreignVersions.body.data?.['handlingPrecautions']).toEqual({ totalCount: 0, edges: [] });
  });

  it('lets exactly one of concurrent publications on the same version succeed; the others are CONFLICT', async () => {
    const a = await sectionWithOfficer(api, clock.now());
    await publish(a, 0, texts(1));
    const results = await Promise.all([2, 3, 4, 5].map((n) => publish(a, 1, texts(n))));
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(results.filter((r) => r.body.errors).map((r) => errorOf(r))).toEqual(Array.from({ length: 3 }, () => ({ code: 'CONFLICT', reason: 'HANDLERS.PRECAUTIONS_STALE' })));
    const rows = await api.dataSource.getRepository(HandlingPrecautionsEntity).find({ where: { sectionId: a.sectionId }, order: { documentVersion: 'ASC' } });
    expect(rows.map((r) => [r.documentVersion, r.supersededAt === null])).toEqual([
      [1, false],
      [2, true],
    ]);
  });
});
