import { ApiClientEntity, AuditEventEntity, hashSecretToken, newSecretToken, PinGuidanceRecordEntity } from '@juki/domain';
import { withTransaction } from '../database/with-transaction';
import { toGlobalId } from '../graphql/relay/global-id';
import { errorOf, gql } from '../identity/testing/identity-client';
import { createPerson, createSection, type FixturePerson } from '../identity/testing/identity-fixtures';
import { closeIdentityApi, MINUTE, signInAs, startIdentityApi, TestClock } from '../identity/testing/identity-suite';
import type { TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';

const RECORD = `mutation Record($section: ID!, $serial: String!, $pin: Boolean!, $card: Boolean!, $guidedBy: ID) {
  recordPinGuidance(sectionId: $section, cardSerial: $serial, applicantEnteredPin: $pin, applicantInsertedCard: $card, guidedBy: $guidedBy) {
    id cardSerial applicantEnteredPin applicantInsertedCard recordedAt section { id } guidedBy { id }
  }
}`;
/** What a handler selects: `guidedBy` is hidden from handlers (they read no Staff row but their own). */
const RECORD_AS_HANDLER = RECORD.replace(' guidedBy { id }', '');
/** What a ward system selects: it reads no Staff and no OrganisationUnit without those scopes. */
const RECORD_AS_WARD = `mutation Record($section: ID!, $serial: String!, $pin: Boolean!, $card: Boolean!, $guidedBy: ID) {
  recordPinGuidance(sectionId: $section, cardSerial: $serial, applicantEnteredPin: $pin, applicantInsertedCard: $card, guidedBy: $guidedBy) { id cardSerial }
}`;
const LIST = `query List($first: Int, $after: String, $section: ID) {
  pinGuidanceRecords(first: $first, after: $after, sectionId: $section) { totalCount edges { cursor node { id cardSerial } } pageInfo { hasNextPage } }
}`;
const CSV = `query Csv($language: CsvLanguage) { pinGuidanceRecordsCsv(language: $language) { fileName contentType rowCount content } }`;

let serialCounter = 0;
const serial = (): string => `IT-${Date.now().toString(36)}-${(serialCounter += 1)}`;

describe.each(TEST_DATABASES)('PIN guidance records on $name (第10条の4)', (database) => {
  const config = database.config();
  const clock = new TestClock(new Date('2026-06-10T10:00:00+09:00'));
  let api: TestApi;
  let sectionA: string;
  let sectionB: string;
  let handlerA: FixturePerson;
  let officerA: FixturePerson;
  let officerB: FixturePerson;
  let auditor: FixturePerson;
  let tokenA: string;
  let readOnlyToken: string;
  let sessions: Record<'handlerA' | 'officerA' | 'officerB' | 'auditor', string>;

  const record = (token: string, variables: Record<string, unknown>, bearer = false) =>
    gql(api.graphqlUrl, bearer ? RECORD_AS_WARD : token === sessions.handlerA ? RECORD_AS_HANDLER : RECORD, { pin: true, card: true, ...variables }, bearer ? { bearer: token } : { cookie: token });

  beforeAll(async () => {
    api = await startIdentityApi(config, clock);
    sectionA = await createSection(api.dataSource, '試験A課');
    sectionB = await createSection(api.dataSource, '試験B課');
    handlerA = await createPerson(api.dataSource, clock.now(), { sectionId: sectionA, roles: [{ role: 'HANDLER', sectionId: sectionA }] });
    officerA = await createPerson(api.dataSource, clock.now(), { sectionId: sectionA, roles: [{ role: 'SECURITY_OFFICER', sectionId: sectionA }] });
    officerB = await createPerson(api.dataSource, clock.now(), { sectionId: sectionB, roles: [{ role: 'SECURITY_OFFICER', sectionId: sectionB }] });
    auditor = await createPerson(api.dataSource, clock.now(), { sectionId: sectionA, roles: [{ role: 'AUDITOR' }] });
    sessions = {
      handlerA: (await signInAs(api, handlerA)).token,
      officerA: (await signInAs(api, officerA)).token,
      officerB: (await signInAs(api, officerB)).token,
      auditor: (await signInAs(api, auditor)).token,
    };
    // A ward system of section A with the cards scope.
    tokenA = newSecretToken('apiClient');
    readOnlyToken = newSecretToken('apiClient');
    const client = ApiClientEntity.create({ name: '試験区窓口システム', sectionId: sectionA, scopes: ['cards:read', 'cards:write'], tokenHash: hashSecretToken(tokenA), createdById: officerA.staffId, createdAt: clock.now() });
    const readOnly = ApiClientEntity.create({ name: '試験区照会システム', sectionId: sectionA, scopes: ['cards:read'], tokenHash: hashSecretToken(readOnlyToken), createdById: officerA.staffId, createdAt: clock.now() });
    await withTransaction(api.dataSource, (manager) => manager.insert(ApiClientEntity, [client, readOnly]));
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  it('records the acknowledgement of a handler for their own section, with its audit event in the same transaction', async () => {
    const cardSerial = serial();
    const response = await record(sessions.handlerA, { section: toGlobalId('OrganisationUnit', sectionA), serial: cardSerial });
    expect(response.body.errors).toBeUndefined();
    const created = response.body.data?.['recordPinGuidance'] as { id: string };
    expect(created).toMatchObject({
      cardSerial,
      applicantEnteredPin: true,
      applicantInsertedCard: true,
      recordedAt: clock.now().toISOString(),
      section: { id: toGlobalId('OrganisationUnit', sectionA) },
    });
    // Who guided is hidden from handlers (matrix `hiddenFrom`): they read no other staff member, so the field
    // is refused rather than a person on their own records and null on a colleague's; the officer reads it.
    const asHandler = await gql(api.graphqlUrl, `query($id: ID!) { node(id: $id) { ... on PinGuidanceRecord { guidedBy { id } } } }`, { id: created.id }, { cookie: sessions.handlerA });
    expect(errorOf(asHandler)?.code).toBe('FORBIDDEN');
    const asOfficer = await gql(api.graphqlUrl, `query($id: ID!) { node(id: $id) { ... on PinGuidanceRecord { guidedBy { id } } } }`, { id: created.id }, { cookie: sessions.officerA });
    expect(asOfficer.body.data?.['node']).toEqual({ guidedBy: { id: toGlobalId('Staff', handlerA.staffId) } });
    const row = await api.dataSource.getRepository(PinGuidanceRecordEntity).findOneByOrFail({ cardSerial });
    expect(row).toMatchObject({ sectionId: sectionA, guidedById: handlerA.staffId, applicantEnteredPin: true, applicantInsertedCard: true });
    const events = await api.dataSource.getRepository(AuditEventEntity).find({ where: { operation: 'Mutation.recordPinGuidance', actorStaffId: handlerA.staffId } });
    expect(events.map((e) => [e.outcome, e.recordType, JSON.parse(e.recordIds), e.sectionId])).toContainEqual(['SUCCESS', 'PinGuidanceRecord', [row.id], sectionA]);
  });

  it('refuses without both acknowledgements, naming each missing item with its article, and writes nothing', async () => {
    const cardSerial = serial();
    const cases: [boolean, boolean, string[]][] = [
      [false, true, ['PIN_GUIDANCE.PIN_NOT_ENTERED_BY_APPLICANT']],
      [true, false, ['PIN_GUIDANCE.CARD_NOT_INSERTED_BY_APPLICANT']],
      [false, false, ['PIN_GUIDANCE.PIN_NOT_ENTERED_BY_APPLICANT', 'PIN_GUIDANCE.CARD_NOT_INSERTED_BY_APPLICANT']],
    ];
    for (const [pin, card, codes] of cases) {
      const response = await record(sessions.officerA, { section: toGlobalId('OrganisationUnit', sectionA), serial: cardSerial, pin, card });
      const extensions = response.body.errors?.[0]?.extensions;
      expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: codes[0], article: codes[0]?.endsWith('PIN_NOT_ENTERED_BY_APPLICANT') ? '第10条の4第2号' : '第10条の4第3号' });
      expect((extensions?.['params'] as { violations: string }).violations).toBe(codes.join(','));
    }
    expect(await api.dataSource.getRepository(PinGuidanceRecordEntity).countBy({ cardSerial })).toBe(0);
    const failed = await api.dataSource.getRepository(AuditEventEntity).find({ where: { operation: 'Mutation.recordPinGuidance', actorStaffId: officerA.staffId, outcome: 'FAILED' } });
    expect(failed.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses another section’s issuance (FORBIDDEN, audited), a second record of one card (CONFLICT), and an auditor', async () => {
    const cardSerial = serial();
    const forbidden = await record(sessions.officerB, { section: toGlobalId('OrganisationUnit', sectionA), serial: cardSerial });
    expect(errorOf(forbidden)).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSIONS.FORBIDDEN' });
    const denied = await api.dataSource.getRepository(AuditEventEntity).find({ where: { operation: 'Mutation.recordPinGuidance', actorStaffId: officerB.staffId } });
    expect(denied.map((e) => e.outcome)).toContain('DENIED');

    expect((await record(sessions.officerA, { section: toGlobalId('OrganisationUnit', sectionA), serial: cardSerial })).body.errors).toBeUndefined();
    const again = await record(sessions.handlerA, { section: toGlobalId('OrganisationUnit', sectionA), serial: cardSerial });
    expect(errorOf(again)).toEqual({ code: 'CONFLICT', reason: 'PIN_GUIDANCE.ALREADY_RECORDED' });
    // A person records their own guidance only.
    const forOther = await record(sessions.officerA, { section: toGlobalId('OrganisationUnit', sectionA), serial: serial(), guidedBy: toGlobalId('Staff', handlerA.staffId) });
    expect(errorOf(forOther)).toEqual({ code: 'BAD_USER_INPUT', reason: 'PIN_GUIDANCE.GUIDED_BY_INVALID' });
    const byAuditor = await record(sessions.auditor, { section: toGlobalId('OrganisationUnit', sectionA), serial: serial() });
    expect(errorOf(byAuditor)).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSIONS.FORBIDDEN' });
    expect(await api.dataSource.getRepository(PinGuidanceRecordEntity).countBy({ cardSerial })).toBe(1);
  });

  it('lets a ward system record for its section when it names the guiding staff member of that section', async () => {
    const withoutGuide = await record(tokenA, { section: toGlobalId('OrganisationUnit', sectionA), serial: serial() }, true);
    expect(errorOf(withoutGuide)).toEqual({ code: 'BAD_USER_INPUT', reason: 'PIN_GUIDANCE.GUIDED_BY_INVALID' });
    const otherSectionGuide = await record(tokenA, { section: toGlobalId('OrganisationUnit', sectionA), serial: serial(), guidedBy: toGlobalId('Staff', officerB.staffId) }, true);
    expect(errorOf(otherSectionGuide)).toEqual({ code: 'BAD_USER_INPUT', reason: 'PIN_GUIDANCE.GUIDED_BY_INVALID' });
    const otherSection = await record(tokenA, { section: toGlobalId('OrganisationUnit', sectionB), serial: serial(), guidedBy: toGlobalId('Staff', officerB.staffId) }, true);
    expect(errorOf(otherSection)).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSIONS.FORBIDDEN' });
    // A token without `cards:write` may not record.
    const readOnly = await record(readOnlyToken, { section: toGlobalId('OrganisationUnit', sectionA), serial: serial(), guidedBy: toGlobalId('Staff', handlerA.staffId) }, true);
    expect(errorOf(readOnly)).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSIONS.FORBIDDEN' });
    const cardSerial = serial();
    const ok = await record(tokenA, { section: toGlobalId('OrganisationUnit', sectionA), serial: cardSerial, guidedBy: toGlobalId('Staff', handlerA.staffId) }, true);
    expect(ok.body.errors).toBeUndefined();
    expect(await api.dataSource.getRepository(PinGuidanceRecordEntity).findOneByOrFail({ cardSerial })).toMatchObject({ guidedById: handlerA.staffId, sectionId: sectionA });
  });

  it('of two concurrent records of the same card exactly one succeeds; the other is CONFLICT', async () => {
    const cardSerial = serial();
    const results = await Promise.all(
      [sessions.handlerA, sessions.officerA, sessions.handlerA, sessions.officerA].map((token) => record(token, { section: toGlobalId('OrganisationUnit', sectionA), serial: cardSerial })),
    );
    const succeeded = results.filter((r) => r.body.errors === undefined);
    expect(succeeded).toHaveLength(1);
    for (const failed of results.filter((r) => r.body.errors !== undefined)) expect(errorOf(failed)).toEqual({ code: 'CONFLICT', reason: 'PIN_GUIDANCE.ALREADY_RECORDED' });
    expect(await api.dataSource.getRepository(PinGuidanceRecordEntity).countBy({ cardSerial })).toBe(1);
  });

  it('lists row-scoped (own section for officers and handlers, city-wide for the auditor) in keyset pages, and exports the same rows as CSV', async () => {
    clock.advance(MINUTE);
    const inB = serial();
    expect((await record(sessions.officerB, { section: toGlobalId('OrganisationUnit', sectionB), serial: inB })).body.errors).toBeUndefined();
    const all = await api.dataSource.getRepository(PinGuidanceRecordEntity).find({ order: { recordedAt: 'ASC', id: 'ASC' } });
    const ids = (response: Awaited<ReturnType<typeof gql>>) =>
      (response.body.data?.['pinGuidanceRecords'] as { edges: { node: { cardSerial: string } }[] }).edges.map((e) => e.node.cardSerial);

    const aList = await gql(api.graphqlUrl, LIST, { first: 100 }, { cookie: sessions.handlerA });
    expect(aList.body.errors).toBeUndefined();
    expect(ids(aList)).toEqual(all.filter((r) => r.sectionId === sectionA).map((r) => r.cardSerial));
    const bList = await gql(api.graphqlUrl, LIST, { first: 100 }, { cookie: sessions.officerB });
    expect(ids(bList)).toEqual([inB]);
    const cityList = await gql(api.graphqlUrl, LIST, { first: 100 }, { cookie: sessions.auditor });
    expect(ids(cityList)).toEqual(all.map((r) => r.cardSerial));
    // Filtering on a section out of reach gives nothing, not an error.
    expect(ids(await gql(api.graphqlUrl, LIST, { first: 100, section: toGlobalId('OrganisationUnit', sectionB) }, { cookie: sessions.handlerA }))).toEqual([]);

    const page1 = await gql(api.graphqlUrl, LIST, { first: 2 }, { cookie: sessions.auditor });
    const first = page1.body.data?.['pinGuidanceRecords'] as { totalCount: number; edges: { cursor: string; node: { cardSerial: string } }[]; pageInfo: { hasNextPage: boolean } };
    expect(first.totalCount).toBe(all.length);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const page2 = await gql(api.graphqlUrl, LIST, { first: 100, after: first.edges[1]?.cursor }, { cookie: sessions.auditor });
    expect([...first.edges.map((e) => e.node.cardSerial), ...ids(page2)]).toEqual(all.map((r) => r.cardSerial));

    const csv = await gql(api.graphqlUrl, CSV, {}, { cookie: sessions.officerB });
    expect(csv.body.errors).toBeUndefined();
    const file = csv.body.data?.['pinGuidanceRecordsCsv'] as { fileName: string; contentType: string; rowCount: number; content: string };
    expect(file.fileName).toMatch(/^pin-guidance-records-\d{8}\.csv$/);
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.rowCount).toBe(1);
    const lines = file.content.split('\r\n');
    expect(lines[0]).toBe('\uFEFF課,カード番号,申請者自身による暗証番号の入力,申請者自身によるカードの抜き差し,周知した職員,記録日時');
    expect(lines[1]).toBe(`試験B課,${inB},1,1,試験 花子,${clock.now().toISOString()}`);
    const english = await gql(api.graphqlUrl, CSV, { language: 'en' }, { cookie: sessions.auditor });
    const englishFile = english.body.data?.['pinGuidanceRecordsCsv'] as { rowCount: number; content: string };
    expect(englishFile.rowCount).toBe(all.length);
    expect(englishFile.content.startsWith('\uFEFFSection,Card serial,')).toBe(true);
  });
});
