import { AuditEventEntity, HandlerDesignationEntity, RoleAssignmentEntity } from '@juki/domain';
import { toGlobalId } from '../graphql/relay/global-id';
import { errorOf, gql, ME } from '../identity/testing/identity-client';
import { createPerson } from '../identity/testing/identity-fixtures';
import { closeIdentityApi, DAY, signInAs, startIdentityApi, TestClock } from '../identity/testing/identity-suite';
import type { TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import { DESIGNATE, designateThroughApi, plainStaff, REVOKE, sectionWithOfficer } from './testing/handlers-fixtures';

const LEDGER = `query Ledger($section: ID, $inForce: Boolean) {
  handlerDesignations(sectionId: $section, inForce: $inForce, first: 50) {
    totalCount edges { node { id title permissions inForce staff { id name } section { id } } }
  }
}`;
const CSV = `query Csv($section: ID, $language: CsvLanguage) { handlerLedgerCsv(sectionId: $section, language: $language) { fileName contentType rowCount content } }`;
const NODE = `query Node($id: ID!) { node(id: $id) { id ... on HandlerDesignation { title } } }`;

const DESIGNATE_ID = `mutation Designate($staff: ID!, $permissions: [HandlerPermission!]!) { designateHandler(staffId: $staff, permissions: $permissions) { id } }`;

const JA_HEADER = '所属,職,氏名,職員番号,権限,指名日,指名者,解除日,解除者,状態';

/** The audit event's record ids (stored as a JSON array text). */
const ids = (recordIds: unknown): unknown => (typeof recordIds === 'string' ? JSON.parse(recordIds) : recordIds);

type Ledger = { totalCount: number; edges: { node: { id: string; title: string; staff: { id: string; name: string } | null } }[] };

describe.each(TEST_DATABASES)('handler designations and the handler ledger on $name (第8条, 第12条第7号)', (database) => {
  const config = database.config();
  const clock = new TestClock(new Date('2026-06-06T10:00:00+09:00'));
  let api: TestApi;

  beforeAll(async () => {
    api = await startIdentityApi(config, clock);
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  const audit = (operation: string, actorStaffId: string) =>
    api.dataSource.getRepository(AuditEventEntity).find({ where: { operation, actorStaffId }, order: { sequence: 'ASC' } });

  it('is made by the security officer of the person’s own section, dated and attributed, and grants the HANDLER role at once', async () => {
    const a = await sectionWithOfficer(api, clock.now(), '試験区市民総合窓口課');
    const person = await plainStaff(api.dataSource, clock.now(), a.sectionId);
    const { token: personSession } = await signInAs(api, person);
    // No role yet: not even `me` (STAFF_AUDIENCE).
    expect(errorOf(await gql(api.graphqlUrl, ME, {}, { cookie: personSession }))?.code).toBe('FORBIDDEN');

    const created = await gql(api.graphqlUrl, DESIGNATE, { staff: toGlobalId('Staff', person.staffId), permissions: ['PRINT_FORMS', 'INQUIRY'] }, { cookie: a.officerSession });
    expect(created.body.errors).toBeUndefined();
    const designation = created.body.data?.['designateHandler'] as Record<string, unknown>;
    expect(designation).toMatchObject({
      title: '主事',
      permissions: ['INQUIRY', 'PRINT_FORMS'],
      designatedOn: '2026-06-06',
      designatedAt: clock.now().toISOString(),
      revokedOn: null,
      revokedAt: null,
      inForce: true,
      version: 1,
      staff: { id: toGlobalId('Staff', person.staffId), name: person.name },
      section: { id: toGlobalId('OrganisationUnit', a.sectionId), name: '試験区市民総合窓口課' },
      designatedBy: { id: toGlobalId('Staff', a.officer.staffId) },
      revokedBy: null,
    });

    // The HANDLER role for the section, from today, applied by the officer: the very next request acts as a handler.
    const row = await api.dataSource.getRepository(HandlerDesignationEntity).findOneByOrFail({ staffId: person.staffId });
    const role = await api.dataSource.getRepository(RoleAssignmentEntity).findOneByOrFail({ id: row.roleAssignmentId });
    expect(role).toMatchObject({ staffId: person.staffId, role: 'HANDLER', sectionId: a.sectionId, effectiveFrom: '2026-06-06', effectiveTo: null, appliedById: a.officer.staffId });
    expect((await gql(api.graphqlUrl, ME, {}, { cookie: personSession })).body.data?.['me']).toMatchObject({ roles: ['HANDLER'] });

    const events = await audit('Mutation.designateHandler', a.officer.staffId);
    expect(events.map((e) => [e.outcome, e.recordType, ids(e.recordIds), e.sectionId])).toEqual([['SUCCESS', 'HandlerDesignation', [row.id], a.sectionId]]);

    // Twice for the same section: CONFLICT.
    const again = await gql(api.graphqlUrl, DESIGNATE, { staff: toGlobalId('Staff', person.staffId), permissions: ['INQUIRY'] }, { cookie: a.officerSession });
    expect(errorOf(again)).toEqual({ code: 'CONFLICT', reason: 'HANDLERS.ALREADY_DESIGNATED' });
  });

  it('is refused (FORBIDDEN, audited DENIED under the person’s section) to another section’s officer, to a handler and to the system officer', async () => {
    const a = await sectionWithOfficer(api, clock.now());
    const b = await sectionWithOfficer(api, clock.now());
    const person = await plainStaff(api.dataSource, clock.now(), a.sectionId);
    const handler = await createPerson(api.dataSource, clock.now(), { sectionId: a.sectionId, roles: [{ role: 'HANDLER', sectionId: a.sectionId }] });
    const systemOfficer = await createPerson(api.dataSource, clock.now(), { roles: [{ role: 'SYSTEM_OFFICER' }] });
    const variables = { staff: toGlobalId('Staff', person.staffId), permissions: ['INQUIRY'] };
    for (const caller of [b.officer, handler, systemOfficer]) {
      const { token } = await signInAs(api, caller);
      // (Only fields every staff role may read: a handler may not select designatedBy, which would refuse the
      // whole operation before the domain sees it.)
      const refused = await gql(api.graphqlUrl, DESIGNATE_ID, variables, { cookie: token });
      expect(errorOf(refused)).toEqual({ code: 'FORBIDDEN', reason: 'AUTHORITY.DESIGNATOR_NOT_SECTION_SECURITY_OFFICER' });
      expect(refused.body.errors?.[0]?.extensions?.['article']).toBe('第8条');
      const events = await audit('Mutation.designateHandler', caller.staffId);
      expect(events.map((e) => [e.outcome, e.recordType, ids(e.recordIds), e.sectionId])).toEqual([['DENIED', 'HandlerDesignation', [person.staffId], a.sectionId]]);
    }
    // Nothing was written.
    expect(await api.dataSource.getRepository(HandlerDesignationEntity).countBy({ staffId: person.staffId })).toBe(0);
    expect(await api.dataSource.getRepository(RoleAssignmentEntity).countBy({ staffId: person.staffId })).toBe(0);
    // A's officer cannot designate B's staff either.
    const other = await plainStaff(api.dataSource, clock.now(), b.sectionId);
    const cross = await gql(api.graphqlUrl, DESIGNATE, { staff: toGlobalId('Staff', other.staffId), permissions: ['INQUIRY'] }, { cookie: a.officerSession });
    expect(errorOf(cross)?.code).toBe('FORBIDDEN');
    // Input: no permission → BAD_USER_INPUT with the area's own code.
    const none = await gql(api.graphqlUrl, DESIGNATE, { staff: toGlobalId('Staff', person.staffId), permissions: [] }, { cookie: a.officerSession });
    expect(errorOf(none)).toEqual({ code: 'BAD_USER_INPUT', reason: 'HANDLERS.NO_PERMISSION' });
  });

  it('is revoked by its section’s officer only, dated and attributed, ending the HANDLER role at once; stale or repeated revocation is CONFLICT', async () => {
    const a = await sectionWithOfficer(api, clock.now());
    const b = await sectionWithOfficer(api, clock.now());
    const person = await plainStaff(api.dataSource, clock.now(), a.sectionId);
    const id = await designateThroughApi(api, a.officerSession, person.staffId);
    clock.advance(3 * DAY);
    const { token: officerSession } = await signInAs(api, a.officer);
    const { token: otherSession } = await signInAs(api, b.officer);
    const { token: personSession } = await signInAs(api, person);
    expect((await gql(api.graphqlUrl, ME, {}, { cookie: personSession })).body.data?.['me']).toMatchObject({ roles: ['HANDLER'] });

    const foreign = await gql(api.graphqlUrl, REVOKE, { id, version: 1 }, { cookie: otherSession });
    expect(errorOf(foreign)).toEqual({ code: 'FORBIDDEN', reason: 'AUTHORITY.DESIGNATOR_NOT_SECTION_SECURITY_OFFICER' });
    expect((await audit('Mutation.revokeHandlerDesignation', b.officer.staffId)).map((e) => [e.outcome, e.sectionId])).toEqual([['DENIED', a.sectionId]]);

    const stale = await gql(api.graphqlUrl, REVOKE, { id, version: 2 }, { cookie: officerSession });
    expect(errorOf(stale)).toEqual({ code: 'CONFLICT', reason: 'HANDLERS.STALE_VERSION' });

    const revoked = await gql(api.graphqlUrl, REVOKE, { id, version: 1 }, { cookie: officerSession });
    expect(revoked.body.data?.['revokeHandlerDesignation']).toEqual({
      id,
      revokedOn: '2026-06-09',
      revokedAt: clock.now().toISOString(),
      inForce: false,
      version: 2,
      revokedBy: { id: toGlobalId('Staff', a.officer.staffId) },
    });
    const row = await api.dataSource.getRepository(HandlerDesignationEntity).findOneByOrFail({ staffId: person.staffId });
    expect((await api.dataSource.getRepository(RoleAssignmentEntity).findOneByOrFail({ id: row.roleAssignmentId })).effectiveTo).toBe('2026-06-08');
    // The handler's next request no longer acts as a handler (their own session, still open): no role left.
    expect(errorOf(await gql(api.graphqlUrl, ME, {}, { cookie: personSession }))?.code).toBe('FORBIDDEN');

    const twice = await gql(api.graphqlUrl, REVOKE, { id, version: 2 }, { cookie: officerSession });
    expect(errorOf(twice)).toEqual({ code: 'CONFLICT', reason: 'HANDLERS.ALREADY_REVOKED' });
    // A revoked designation does not block a new one.
    await designateThroughApi(api, officerSession, person.staffId, ['SEARCH_EXTRACT']);
    expect(await api.dataSource.getRepository(HandlerDesignationEntity).countBy({ staffId: person.staffId })).toBe(2);
    expect((await audit('Mutation.revokeHandlerDesignation', a.officer.staffId)).map((e) => e.outcome)).toEqual(['FAILED', 'SUCCESS', 'FAILED']);
  });

  it('is listed in the ledger and its CSV (BOM, Japanese headers) under the row scope: another section’s officer sees none of these rows', async () => {
    const a = await sectionWithOfficer(api, clock.now(), '台帳課');
    const b = await sectionWithOfficer(api, clock.now());
    const first = await plainStaff(api.dataSource, clock.now(), a.sectionId);
    const second = await plainStaff(api.dataSource, clock.now(), a.sectionId);
    const firstId = await designateThroughApi(api, a.officerSession, first.staffId, ['INQUIRY', 'PRINT_FORMS']);
    const secondId = await designateThroughApi(api, a.officerSession, second.staffId, ['CARD_ISSUANCE']);
    await gql(api.graphqlUrl, REVOKE, { id: secondId, version: 1 }, { cookie: a.officerSession });
    const section = toGlobalId('OrganisationUnit', a.sectionId);

    const own = await gql(api.graphqlUrl, LEDGER, { section }, { cookie: a.officerSession });
    expect(own.body.errors).toBeUndefined();
    const ledger = own.body.data?.['handlerDesignations'] as Ledger;
    expect(ledger.totalCount).toBe(2);
    expect(ledger.edges.map((e) => e.node.id).sort()).toEqual([firstId, secondId].sort());
    const inForce = (await gql(api.graphqlUrl, LEDGER, { section, inForce: true }, { cookie: a.officerSession })).body.data?.['handlerDesignations'] as Ledger;
    expect(inForce.edges.map((e) => e.node.id)).toEqual([firstId]);

    const csv = (await gql(api.graphqlUrl, CSV, { section }, { cookie: a.officerSession })).body.data?.['handlerLedgerCsv'] as Record<string, unknown>;
    expect(csv).toMatchObject({ contentType: 'text/csv; charset=utf-8', rowCount: 2, fileName: 'handler-ledger-20260609.csv' });
    const content = csv['content'] as string;
    expect(content.startsWith('\uFEFF')).toBe(true);
    const lines = content.slice(1).split('\r\n');
    expect(lines[0]).toBe(JA_HEADER);
    expect(lines).toContain(`台帳課,主事,${first.name},${first.employeeNumber},本人確認情報の照会・画面表示、帳票出力,2026-06-09,${a.officer.name},,,指名中`);
    expect(lines).toContain(`台帳課,主事,${second.name},${second.employeeNumber},住民基本台帳カードの交付,2026-06-09,${a.officer.name},2026-06-09,${a.officer.name},解除`);
    const english = (await gql(api.graphqlUrl, CSV, { section, language: 'en' }, { cookie: a.officerSession })).body.data?.['handlerLedgerCsv'] as { content: string };
    expect(english.content.slice(1).split('\r\n')[0]).toBe('Unit,Title,Name,Employee number,Permissions,Designated on,Designated by,Revoked on,Revoked by,Status');

    // Another section's officer: no row of A in the list, the count, the CSV or by node.
    const foreign = (await gql(api.graphqlUrl, LEDGER, { section }, { cookie: b.officerSession })).body.data?.['handlerDesignations'] as Ledger;
    expect(foreign).toEqual({ totalCount: 0, edges: [] });
    const foreignCsv = (await gql(api.graphqlUrl, CSV, {}, { cookie: b.officerSession })).body.data?.['handlerLedgerCsv'] as { rowCount: number; content: string };
    expect(foreignCsv.rowCount).toBe(0);
    expect(foreignCsv.content).toBe(`\uFEFF${JA_HEADER}\r\n`);
    expect((await gql(api.graphqlUrl, NODE, { id: firstId }, { cookie: b.officerSession })).body.data?.['node']).toBeNull();

    // The handler sees their own designation only (SELF), with their own name.
    const { token: firstSession } = await signInAs(api, first);
    const mine = (await gql(api.graphqlUrl, LEDGER, {}, { cookie: firstSession })).body.data?.['handlerDesignations'] as Ledger;
    expect(mine.edges.map((e) => [e.node.id, e.node.staff?.name])).toEqual([[firstId, first.name]]);
    const mineCsv = (await gql(api.graphqlUrl, CSV, {}, { cookie: firstSession })).body.data?.['handlerLedgerCsv'] as { rowCount: number };
    expect(mineCsv.rowCount).toBe(1);
  });

  it('lets exactly one of concurrent designations of the same person succeed; the others are CONFLICT', async () => {
    const a = await sectionWithOfficer(api, clock.now());
    const person = await plainStaff(api.dataSource, clock.now(), a.sectionId);
    const variables = { staff: toGlobalId('Staff', person.staffId), permissions: ['INQUIRY'] };
    const results = await Promise.all(Array.from({ length: 4 }, () => gql(api.graphqlUrl, DESIGNATE, variables, { cookie: a.officerSession })));
    const outcomes = results.map((r) => (r.body.errors ? errorOf(r)?.reason : 'OK')).sort();
    expect(outcomes).toEqual(['HANDLERS.ALREADY_DESIGNATED', 'HANDLERS.ALREADY_DESIGNATED', 'HANDLERS.ALREADY_DESIGNATED', 'OK']);
    expect(results.filter((r) => r.body.errors).every((r) => errorOf(r)?.code === 'CONFLICT')).toBe(true);
    expect(await api.dataSource.getRepository(HandlerDesignationEntity).countBy({ staffId: person.staffId })).toBe(1);
    expect(await api.dataSource.getRepository(RoleAssignmentEntity).countBy({ staffId: person.staffId })).toBe(1);

    // And of concurrent revocations of the same version, exactly one.
    const [row] = await api.dataSource.getRepository(HandlerDesignationEntity).findBy({ staffId: person.staffId });
    const id = toGlobalId('HandlerDesignation', row?.id ?? '');
    const revocations = await Promise.all(Array.from({ length: 3 }, () => gql(api.graphqlUrl, REVOKE, { id, version: 1 }, { cookie: a.officerSession })));
    expect(revocations.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(revocations.filter((r) => r.body.errors).map((r) => errorOf(r)?.code)).toEqual(['CONFLICT', 'CONFLICT']);
  });
});
