import { AuditEventEntity, OperatorIdCardEntity, SessionEntity } from '@juki/domain';
import { toGlobalId } from '../graphql/relay/global-id';
import type { TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import { errorOf, gql, ME, SIGN_IN } from './testing/identity-client';
import { createPerson } from './testing/identity-fixtures';
import { closeIdentityApi, signInAs, startIdentityApi, TestClock, uniqueAddress } from './testing/identity-suite';

const REPORT = `mutation Report($id: ID!, $stolen: Boolean) {
  reportOperatorIdCardLost(cardId: $id, stolen: $stolen) { id status lossKind reportedAt revokedAt sessionsEnded }
}`;

describe.each(TEST_DATABASES)('reporting an operator ID card lost or stolen on $name (第20条第5項)', (database) => {
  const config = database.config();
  const clock = new TestClock(new Date('2026-06-05T10:00:00+09:00'));
  let api: TestApi;

  beforeAll(async () => {
    api = await startIdentityApi(config, clock);
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  it('revokes the card and ends ALL its sessions in the same transaction: the very next request is UNAUTHENTICATED', async () => {
    const person = await createPerson(api.dataSource, clock.now());
    const a = await signInAs(api, person);
    const b = await signInAs(api, person);
    const bearer = await gql(api.graphqlUrl, SIGN_IN, { card: person.cardNumber, password: person.password, returnToken: true }, { forwardedFor: uniqueAddress() });
    const c = (bearer.body.data?.['signIn'] as { token: string }).token;

    const report = await gql(api.graphqlUrl, REPORT, { id: toGlobalId('OperatorIdCard', person.cardId) }, { cookie: a.token });
    expect(report.body.errors).toBeUndefined();
    expect(report.body.data?.['reportOperatorIdCardLost']).toMatchObject({
      id: toGlobalId('OperatorIdCard', person.cardId),
      status: 'REVOKED',
      lossKind: 'LOST',
      sessionsEnded: 3,
    });
    expect(report.setCookie.join(';')).toMatch(/juki_session=;/);

    for (const options of [{ cookie: a.token }, { cookie: b.token }, { bearer: c }]) {
      expect(errorOf(await gql(api.graphqlUrl, ME, {}, options))).toEqual({ code: 'UNAUTHENTICATED', reason: 'PERMISSIONS.SIGN_IN_REQUIRED' });
    }
    const sessions = await api.dataSource.getRepository(SessionEntity).find({ where: { cardId: person.cardId } });
    expect(sessions.map((s) => [s.endReason, s.endedAt?.getTime()])).toEqual(sessions.map(() => ['CARD_REVOKED', clock.now().getTime()]));
    expect(await api.dataSource.getRepository(OperatorIdCardEntity).findOneByOrFail({ id: person.cardId })).toMatchObject({
      status: 'REVOKED',
      lossKind: 'LOST',
      lostReportedAt: clock.now(),
      revokedAt: clock.now(),
    });
    const retry = await gql(api.graphqlUrl, SIGN_IN, { card: person.cardNumber, password: person.password }, { forwardedFor: uniqueAddress() });
    expect(errorOf(retry)?.reason).toBe('OPERATORS.SIGN_IN_FAILED');
    const audit = await api.dataSource.getRepository(AuditEventEntity).find({ where: { operation: 'Mutation.reportOperatorIdCardLost', actorStaffId: person.staffId } });
    expect(audit.map((e) => [e.outcome, e.recordType, JSON.parse(e.recordIds)])).toEqual([['SUCCESS', 'OperatorIdCard', [person.cardId]]]);
  });

  it('lets the holder report only their own card (another’s is NOT_FOUND), and the system officer any card', async () => {
    const holder = await createPerson(api.dataSource, clock.now());
    const other = await createPerson(api.dataSource, clock.now());
    const officer = await createPerson(api.dataSource, clock.now(), { roles: [{ role: 'SYSTEM_OFFICER' }] });
    const holderSession = await signInAs(api, holder);
    const otherSession = await signInAs(api, other);

    const notFound = await gql(api.graphqlUrl, REPORT, { id: toGlobalId('OperatorIdCard', holder.cardId) }, { cookie: otherSession.token });
    expect(errorOf(notFound)).toEqual({ code: 'NOT_FOUND', reason: 'OPERATOR_CARDS.NOT_FOUND' });
    const missing = await gql(api.graphqlUrl, REPORT, { id: toGlobalId('OperatorIdCard', '00000000-0000-4000-8000-000000000000') }, { cookie: otherSession.token });
    expect(missing.body.errors?.[0]?.extensions).toEqual(notFound.body.errors?.[0]?.extensions);
    expect((await gql(api.graphqlUrl, ME, {}, { cookie: holderSession.token })).body.errors).toBeUndefined();

    const officerSession = await signInAs(api, officer);
    const stolen = await gql(api.graphqlUrl, REPORT, { id: toGlobalId('OperatorIdCard', holder.cardId), stolen: true }, { cookie: officerSession.token });
    expect(stolen.body.data?.['reportOperatorIdCardLost']).toMatchObject({ status: 'REVOKED', lossKind: 'STOLEN', sessionsEnded: 1 });
    expect(errorOf(await gql(api.graphqlUrl, ME, {}, { cookie: holderSession.token }))?.code).toBe('UNAUTHENTICATED');
    // The officer's own session is untouched.
    expect((await gql(api.graphqlUrl, ME, {}, { cookie: officerSession.token })).body.errors).toBeUndefined();

    const again = await gql(api.graphqlUrl, REPORT, { id: toGlobalId('OperatorIdCard', holder.cardId) }, { cookie: officerSession.token });
    expect(errorOf(again)).toEqual({ code: 'CONFLICT', reason: 'OPERATOR_CARDS.NOT_REPORTABLE' });
  });

  it('shows the card itself only to those who may read cards (an IT division head reports their own card without it)', async () => {
    const head = await createPerson(api.dataSource, clock.now(), { roles: [{ role: 'IT_DIVISION_HEAD' }] });
    const session = await signInAs(api, head);
    const report = await gql(api.graphqlUrl, REPORT, { id: toGlobalId('OperatorIdCard', head.cardId) }, { cookie: session.token });
    expect(report.body.data?.['reportOperatorIdCardLost']).toMatchObject({ status: 'REVOKED' });
  });
});
