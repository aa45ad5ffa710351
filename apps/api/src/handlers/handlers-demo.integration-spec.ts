import { DEMO_DESIGNATIONS, DEMO_PRECAUTIONS, HandlerDesignationEntity, HandlingPrecautionsEntity, OrganisationUnitEntity, PrecautionAcknowledgementEntity, RoleAssignmentEntity, StaffEntity } from '@juki/domain';
import { acknowledgementStatus, DEFAULT_PROFILE, jstDate } from '@juki/policies';
import { toGlobalId } from '../graphql/relay/global-id';
import { gql, SIGN_IN, sessionCookieOf } from '../identity/testing/identity-client';
import { emptyDatabase, uniqueAddress } from '../identity/testing/identity-suite';
import { demoAccounts } from '../seed/seed-demo';
import { startTestApi, type TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';

const CSV = `{ handlerLedgerCsv { rowCount content } }`;
const PENDING = `{ handlersNotAcknowledged(first: 50) { edges { node { staff { id } } } } }`;

describe.each(TEST_DATABASES)('the demo data of 第8条・第9条 on $name', (database) => {
  const config = database.config();
  let api: TestApi | undefined;

  beforeAll(() => emptyDatabase(config));
  afterAll(async () => {
    await api?.close();
    await emptyDatabase(config);
  });

  it('covers every state: designations in force and revoked, several versions, acknowledged current / only an old one / never / nothing published', async () => {
    api = await startTestApi(config, { seedDemo: 'always', trustProxy: 'loopback' });
    const ds = api.dataSource;
    const designations = await ds.getRepository(HandlerDesignationEntity).find();
    expect(designations).toHaveLength(DEMO_DESIGNATIONS.length);
    expect(designations.filter((d) => d.inForce).length).toBeGreaterThanOrEqual(2);
    expect(designations.filter((d) => !d.inForce).length).toBeGreaterThanOrEqual(2);
    expect(new Set(designations.map((d) => d.sectionId)).size).toBeGreaterThanOrEqual(5);
    // Every designation backs a HANDLER grant of its person and section; revoked ones ended the day before.
    for (const d of designations) {
      const role = await ds.getRepository(RoleAssignmentEntity).findOneByOrFail({ id: d.roleAssignmentId });
      expect(role).toMatchObject({ staffId: d.staffId, role: 'HANDLER', sectionId: d.sectionId, effectiveFrom: d.designatedOn });
      if (d.revokedOn) expect(role.effectiveTo).not.toBeNull();
      else expect(role.effectiveTo).toBeNull();
    }

    const versions = await ds.getRepository(HandlingPrecautionsEntity).find();
    expect(Math.max(...versions.map((v) => v.documentVersion))).toBeGreaterThanOrEqual(3);
    expect(versions.every((v) => v.verifiesHash())).toBe(true);
    const acks = await ds.getRepository(PrecautionAcknowledgementEntity).find();
    const statuses = new Set(
      designations
        .filter((d) => d.inForce)
        .map((d) => {
          const current = versions.find((v) => v.sectionId === d.sectionId && v.current)?.documentVersion ?? null;
          return acknowledgementStatus(current, acks.filter((a) => a.staffId === d.staffId && a.sectionId === d.sectionId).map((a) => a.documentVersion));
        }),
    );
    expect([...statuses].sort()).toEqual(['CURRENT', 'NEVER', 'NO_PRECAUTIONS', 'OUTDATED']);
    expect(new Set(versions.map((v) => v.sectionId)).size).toBe(DEMO_PRECAUTIONS.length);

    // The security officer of 中央区市民総合窓口課 sees their ledger and who still has to acknowledge.
    const account = demoAccounts(DEFAULT_PROFILE, jstDate(new Date())).find((a) => a.title === '中央区市民総合窓口課長');
    if (!account) throw new Error('no demo security officer of chuo');
    const signedIn = await gql(api.graphqlUrl, SIGN_IN, { card: account.cardNumber, password: account.password }, { forwardedFor: uniqueAddress() });
    const session = sessionCookieOf(signedIn) as string;
    const chuo = await ds.getRepository(OrganisationUnitEntity).findOneByOrFail({ code: 'chuo-madoguchi' });
    const inChuo = designations.filter((d) => d.sectionId === chuo.id);
    const csv = (await gql(api.graphqlUrl, CSV, {}, { cookie: session })).body.data?.['handlerLedgerCsv'] as { rowCount: number; content: string };
    expect(csv.rowCount).toBe(inChuo.length);
    expect(csv.content).toContain('寒川 翔太');
    const pending = (await gql(api.graphqlUrl, PENDING, {}, { cookie: session })).body.data?.['handlersNotAcknowledged'] as { edges: { node: { staff: { id: string } } }[] };
    const nobuto = await ds.getRepository(StaffEntity).findOneByOrFail({ employeeNumber: '1980022' });
    expect(pending.edges.map((e) => e.node.staff.id)).toEqual([toGlobalId('Staff', nobuto.id)]);
  });
});
