import { randomUUID } from 'node:crypto';
import {
  AuditCheckpointEntity,
  CredentialEntity,
  HandlerDesignationEntity,
  HandlingPrecautionsEntity,
  OperatorIdCardEntity,
  PasswordHistoryEntity,
  PrecautionAcknowledgementEntity,
  RoleAssignmentEntity,
  StaffEntity,
  UTF8_BOM,
} from '@juki/domain';
import { toGlobalId } from '../graphql/relay/global-id';
import type { TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import { errorOf, gql } from '../identity/testing/identity-client';
import { createPerson, createSection, type FixturePerson } from '../identity/testing/identity-fixtures';
import { closeIdentityApi, DAY, HOUR, signInAs, startIdentityApi, TestClock } from '../identity/testing/identity-suite';

/** A form disposal row as the ledger keeps it, its output's quantity and date copied from the output (the composite foreign key). */
const FORM_DISPOSAL_INSERT =
  'INSERT INTO form_disposal (id, output_id, output_quantity, output_date, section_id, place_id, quantity, method, disposed_on, performer, witness, place_quantity_before, stored_before, disposed_before, recorded_by_id, recorded_at) ' +
  'SELECT ?, o.id, o.quantity, o.output_date, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM printed_form_output o WHERE o.id = ?';

const CHECK_FIELDS = 'id checkId article chapter status count asOf profileId reason { code message { ja en } } offenders { items { recordType recordId cursor description { ja en } } hasNextPage endCursor }';
const REPORT = `query Report($asOf: Date, $first: Int) { complianceReport(asOf: $asOf, offendersFirst: $first) { ${CHECK_FIELDS} } }`;
const ONE = `query One($id: String!, $asOf: Date, $first: Int, $after: String) {
  complianceCheck(checkId: $id, asOf: $asOf, offendersFirst: $first, offendersAfter: $after) { ${CHECK_FIELDS} }
}`;
const CSV = `query Csv($asOf: Date, $language: CsvLanguage) { complianceReportCsv(asOf: $asOf, language: $language) { fileName contentType rowCount content } }`;

interface CheckResult {
  id: string;
  checkId: string;
  article: string;
  chapter: string;
  status: 'COMPLIANT' | 'VIOLATION' | 'NOT_EVALUABLE';
  count: number;
  asOf: string;
  profileId: string | null;
  reason: { code: string; message: { ja: string; en: string } } | null;
  offenders: { items: { recordType: string; recordId: string | null; cursor: string; description: { ja: string; en: string } }[]; hasNextPage: boolean; endCursor: string | null };
}

describe.each(TEST_DATABASES)('compliance checks on $name (第6条第3項第2号)', (database) => {
  const config = database.config();
  const clock = new TestClock(new Date('2026-06-05T10:00:00+09:00'));
  let api: TestApi;
  let systemOfficer: FixturePerson;
  let systemToken: string;

  beforeAll(async () => {
    api = await startIdentityApi(config, clock);
    systemOfficer = await createPerson(api.dataSource, clock.now(), { roles: [{ role: 'SYSTEM_OFFICER' }] });
    systemToken = (await signInAs(api, systemOfficer)).token;
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  /** A section of its own, with its security officer signed in: the officer's report covers that section only. */
  async function sectionWithOfficer(): Promise<{ sectionId: string; officer: FixturePerson; token: string }> {
    const sectionId = await createSection(api.dataSource);
    const officer = await createPerson(api.dataSource, clock.now(), { sectionId, roles: [{ role: 'SECURITY_OFFICER', sectionId }] });
    return { sectionId, officer, token: (await signInAs(api, officer)).token };
  }

  async function report(token: string, asOf?: string, first?: number): Promise<Map<string, CheckResult>> {
    const response = await gql(api.graphqlUrl, REPORT, { ...(asOf ? { asOf } : {}), ...(first !== undefined ? { first } : {}) }, { cookie: token });
    expect(response.body.errors).toBeUndefined();
    const checks = response.body.data?.['complianceReport'] as CheckResult[];
    return new Map(checks.map((c) => [c.checkId, c]));
  }

  async function check(token: string, id: string, asOf?: string): Promise<CheckResult> {
    const result = (await report(token, asOf)).get(id);
    if (!result) throw new Error(`no check ${id}`);
    return result;
  }

  const update = <T extends object>(entity: new () => T, criteria: Record<string, unknown>, values: Record<string, unknown>) =>
    api.dataSource.getRepository(entity).update(criteria as never, values as never);

  it('lists every check with its article and chapter, evaluated today under the current profile', async () => {
    const checks = await report(systemToken);
    expect([...checks.keys()]).toEqual([
      'art8.designatedByOwnOfficer',
      'art9.handlersAcknowledged',
      'art10.disposalsReconciled',
      'art10.formsDisposedInTime',
      'art10-2.stockTakeMatches',
      'art10-2.lossReported',
      'art10-3.disposalNotOverdue',
      'art10-3.disposalComplete',
      'art19.auditChainIntact',
      'art19.auditRetention',
      'art20.cardReturned',
      'art20.lostCardRevoked',
      'art21.passwordNotExpired',
      'art21.lockedAccountReview',
    ]);
    for (const c of checks.values()) {
      expect(c.asOf).toBe('2026-06-05');
      expect(c.profileId).toBe('chiba-r08-04-01');
      const chapter = c.article.startsWith('第10条の') ? '第4章 住民基本台帳カードの管理' : /^第([89]|10)条/.test(c.article) ? '第3章 本人確認情報等の管理' : '第5章 システムの管理';
      expect(c.chapter).toBe(chapter);
    }
  });

  it('第20条第5項: a card reported lost and not revoked past the due hours is a violation; within them, or once revoked, it is not', async () => {
    const { sectionId, token } = await sectionWithOfficer();
    expect((await check(token, 'art20.lostCardRevoked')).status).toBe('COMPLIANT');

    const holder = await createPerson(api.dataSource, clock.now(), { sectionId });
    await update(OperatorIdCardEntity, { id: holder.cardId }, { status: 'LOST', lossKind: 'LOST', lostReportedAt: new Date(clock.now().getTime() - 2 * HOUR) });
    expect((await check(token, 'art20.lostCardRevoked')).status).toBe('COMPLIANT');

    await update(OperatorIdCardEntity, { id: holder.cardId }, { lostReportedAt: new Date(clock.now().getTime() - 2 * DAY) });
    const late = await check(token, 'art20.lostCardRevoked');
    expect(late).toMatchObject({ status: 'VIOLATION', count: 1, reason: { code: 'COMPLIANCE.LOST_CARDS_NOT_REVOKED' } });
    expect(late.offenders.items).toEqual([
      expect.objectContaining({ recordType: 'OperatorIdCard', recordId: toGlobalId('OperatorIdCard', holder.cardId) }),
    ]);
    expect(late.offenders.items[0]?.description.ja).toContain(holder.employeeNumber);
    expect(late.offenders.items[0]?.description.ja).toContain('紛失');
    // As of the day before the report, the loss had not been recorded yet.
    expect((await check(token, 'art20.lostCardRevoked', '2026-06-02')).status).toBe('COMPLIANT');

    await update(OperatorIdCardEntity, { id: holder.cardId }, { status: 'REVOKED', revokedAt: clock.now() });
    expect((await check(token, 'art20.lostCardRevoked')).status).toBe('COMPLIANT');
    // …but as of the day it was still unrevoked for more than a day, it was a violation.
    expect((await check(token, 'art20.lostCardRevoked', '2026-06-04')).count).toBe(1);
  });

  it('第20条第1項: a card still out more than the due days after its holder retired is a violation; within them, or returned, it is not', async () => {
    const { sectionId, token } = await sectionWithOfficer();
    const leaver = await createPerson(api.dataSource, clock.now(), { sectionId });
    await update(OperatorIdCardEntity, { id: leaver.cardId }, { issuedAt: new Date('2026-01-05T09:00:00+09:00') });
    await update(StaffEntity, { id: leaver.staffId }, { employmentStatus: 'RETIRED', employmentStatusSince: '2026-06-01' });
    expect((await check(token, 'art20.cardReturned')).status).toBe('COMPLIANT');

    await update(StaffEntity, { id: leaver.staffId }, { employmentStatusSince: '2026-05-01' });
    const overdue = await check(token, 'art20.cardReturned');
    expect(overdue).toMatchObject({ status: 'VIOLATION', count: 1 });
    expect(overdue.offenders.items[0]).toMatchObject({ recordType: 'OperatorIdCard', recordId: toGlobalId('OperatorIdCard', leaver.cardId) });
    expect(overdue.offenders.items[0]?.description.ja).toContain('退職');
    // City-wide (the population counted without the holder join): the same card among the offenders.
    const cityWide = await check(systemToken, 'art20.cardReturned');
    expect(cityWide.status).toBe('VIOLATION');
    expect(cityWide.offenders.items.map((o) => o.recordId)).toContain(toGlobalId('OperatorIdCard', leaver.cardId));
    // As of a date before the retirement, the person was still an operator.
    expect((await check(token, 'art20.cardReturned', '2026-04-30')).status).toBe('COMPLIANT');

    await update(OperatorIdCardEntity, { id: leaver.cardId }, { status: 'RETURNED', returnedAt: clock.now() });
    expect((await check(token, 'art20.cardReturned')).status).toBe('COMPLIANT');
    expect((await check(token, 'art20.cardReturned', '2026-06-04')).count).toBe(1);
  });

  it('第21条第1項: an employed person whose password is past its expiry is a violation; a recent password or a leaver is not', async () => {
    const { sectionId, token } = await sectionWithOfficer();
    const stale = await createPerson(api.dataSource, clock.now(), { sectionId, passwordChangedAt: new Date(clock.now().getTime() - 91 * DAY) });
    await createPerson(api.dataSource, clock.now(), { sectionId, passwordChangedAt: new Date(clock.now().getTime() - 89 * DAY) });
    const expired = await check(token, 'art21.passwordNotExpired');
    expect(expired).toMatchObject({ status: 'VIOLATION', count: 1, reason: { code: 'COMPLIANCE.PASSWORDS_EXPIRED' } });
    expect(expired.offenders.items[0]).toMatchObject({ recordType: 'Staff', recordId: toGlobalId('Staff', stale.staffId) });

    await update(StaffEntity, { id: stale.staffId }, { employmentStatus: 'RETIRED', employmentStatusSince: '2026-06-01' });
    expect((await check(token, 'art21.passwordNotExpired')).status).toBe('COMPLIANT');
    // On 2026-05-31 they were still employed, with a password 86 days old (not yet expired); on 2026-06-01 no longer employed.
    expect((await check(token, 'art21.passwordNotExpired', '2026-05-31')).status).toBe('COMPLIANT');
  });

  it('第21条第3項: an account locked longer than the review days is a violation; a recent lock is not', async () => {
    const { sectionId, token } = await sectionWithOfficer();
    const locked = await createPerson(api.dataSource, clock.now(), { sectionId });
    await update(CredentialEntity, { staffId: locked.staffId }, { lockedAt: new Date(clock.now().getTime() - 3 * DAY), failedCount: 5 });
    expect((await check(token, 'art21.lockedAccountReview')).status).toBe('COMPLIANT');
    await update(CredentialEntity, { staffId: locked.staffId }, { lockedAt: new Date(clock.now().getTime() - 8 * DAY) });
    const unreviewed = await check(token, 'art21.lockedAccountReview');
    expect(unreviewed).toMatchObject({ status: 'VIOLATION', count: 1 });
    expect(unreviewed.offenders.items[0]).toMatchObject({ recordType: 'Staff', recordId: toGlobalId('Staff', locked.staffId) });
    await update(CredentialEntity, { staffId: locked.staffId }, { lockedAt: null, failedCount: 0 });
    expect((await check(token, 'art21.lockedAccountReview')).status).toBe('COMPLIANT');
  });

  /** A handler designation (and its HANDLER role) of a new member of `sectionId`, made by `byId` on `on`. */
  async function designate(sectionId: string, byId: string, on: string): Promise<{ person: FixturePerson; designation: HandlerDesignationEntity }> {
    const person = await createPerson(api.dataSource, clock.now(), { sectionId, roles: [] });
    const staff = await api.dataSource.getRepository(StaffEntity).findOneByOrFail({ id: person.staffId });
    const { designation, role } = HandlerDesignationEntity.designate({
      staff,
      permissions: ['INQUIRY'],
      designatedById: byId,
      designatedAt: new Date(`${on}T09:00:00+09:00`),
      designatedOn: on,
    });
    await api.dataSource.getRepository(RoleAssignmentEntity).insert(role);
    await api.dataSource.getRepository(HandlerDesignationEntity).insert(designation);
    return { person, designation };
  }

  it('第8条: a handler designated by someone who was not the section’s officer that day is a violation; the officer’s own designation is not', async () => {
    const { sectionId, officer, token } = await sectionWithOfficer();
    const good = await designate(sectionId, officer.staffId, '2026-06-01');
    expect((await check(token, 'art8.designatedByOwnOfficer')).status).toBe('COMPLIANT');
    // The officer of another section designating here; and this section's officer before they held the role.
    const other = await sectionWithOfficer();
    const foreign = await designate(sectionId, other.officer.staffId, '2026-06-02');
    await api.dataSource.getRepository(RoleAssignmentEntity).update({ staffId: officer.staffId, role: 'SECURITY_OFFICER' }, { effectiveFrom: '2026-05-01' });
    const early = await designate(sectionId, officer.staffId, '2026-04-15');
    const result = await check(token, 'art8.designatedByOwnOfficer');
    expect(result).toMatchObject({ status: 'VIOLATION', count: 2, reason: { code: 'COMPLIANCE.HANDLERS_NOT_DESIGNATED_BY_OWN_OFFICER' } });
    expect(result.offenders.items.map((o) => o.recordId).sort()).toEqual(
      [foreign.designation.id, early.designation.id].map((id) => toGlobalId('HandlerDesignation', id)).sort(),
    );
    expect(result.offenders.items.map((o) => o.recordId)).not.toContain(toGlobalId('HandlerDesignation', good.designation.id));
    // As of 2026-06-01 the foreign designation did not exist yet.
    expect((await check(token, 'art8.designatedByOwnOfficer', '2026-06-01')).count).toBe(1);
    await api.dataSource.getRepository(HandlerDesignationEntity).update({ id: foreign.designation.id }, { revokedAt: clock.now(), revokedOn: '2026-06-05', activeSlot: null });
    await api.dataSource.getRepository(HandlerDesignationEntity).update({ id: early.designation.id }, { revokedAt: clock.now(), revokedOn: '2026-06-05', activeSlot: null });
    expect((await check(token, 'art8.designatedByOwnOfficer')).status).toBe('COMPLIANT');
  });

  it('第9条: a handler who has not acknowledged the current precautions (or whose section has none) is a violation; acknowledging clears it until a new version', async () => {
    const { sectionId, officer, token } = await sectionWithOfficer();
    const { person, designation } = await designate(sectionId, officer.staffId, '2026-06-01');
    const missing = await check(token, 'art9.handlersAcknowledged');
    expect(missing).toMatchObject({ status: 'VIOLATION', count: 1, reason: { code: 'COMPLIANCE.PRECAUTIONS_NOT_ACKNOWLEDGED' } });
    expect(missing.offenders.items[0]?.description.ja).toContain('定められていません');

    const texts = { screenDisplay: '画面を閉じる。', integrity: '原票と照合する。', searchAndExtract: '必要な範囲に限る。', storageOnDisk: '保管しない。', printing: '必要な部数だけ出力する。' };
    const v1 = HandlingPrecautionsEntity.publish({ sectionId, documentVersion: 1, texts, publishedById: officer.staffId, publishedAt: new Date('2026-06-02T09:00:00+09:00') });
    await api.dataSource.getRepository(HandlingPrecautionsEntity).insert(v1);
    const unacknowledged = await check(token, 'art9.handlersAcknowledged');
    expect(unacknowledged.offenders.items[0]).toMatchObject({ recordType: 'HandlerDesignation', recordId: toGlobalId('HandlerDesignation', designation.id) });
    expect(unacknowledged.offenders.items[0]?.description.ja).toContain('第1版');
    expect(unacknowledged.offenders.items[0]?.description.ja).toContain(person.employeeNumber);

    await api.dataSource.getRepository(PrecautionAcknowledgementEntity).insert(PrecautionAcknowledgementEntity.record({ precautions: v1, designation, at: new Date('2026-06-03T09:00:00+09:00') }));
    expect((await check(token, 'art9.handlersAcknowledged')).status).toBe('COMPLIANT');

    await api.dataSource.getRepository(HandlingPrecautionsEntity).update({ id: v1.id }, { supersededAt: new Date('2026-06-04T09:00:00+09:00') });
    const v2 = HandlingPrecautionsEntity.publish({ sectionId, documentVersion: 2, texts: { ...texts, printing: '部数を記録する。' }, publishedById: officer.staffId, publishedAt: new Date('2026-06-04T09:00:00+09:00') });
    await api.dataSource.getRepository(HandlingPrecautionsEntity).insert(v2);
    const stale = await check(token, 'art9.handlersAcknowledged');
    expect(stale).toMatchObject({ status: 'VIOLATION', count: 1 });
    expect(stale.offenders.items[0]?.description.en).toContain('version 2');
    // As of 2026-06-03 the acknowledged version 1 was current.
    expect((await check(token, 'art9.handlersAcknowledged', '2026-06-03')).status).toBe('COMPLIANT');
  });

  /** Raw ledger rows of resident cards (第4章), written as the cards ledger's use cases would leave them. */
  const sqlTime = (d: Date): string => d.toISOString().replace('T', ' ').slice(0, 23);
  async function cardPlace(sectionId: string, by: string): Promise<string> {
    const id = randomUUID();
    await api.dataSource.query('INSERT INTO storage_place (id, section_id, name, location, lockable, created_by_id, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
      id, sectionId, '金庫', '窓口課', 1, by, sqlTime(clock.now()), 1,
    ]);
    return id;
  }
  async function residentCard(sectionId: string, placeId: string, state: string, awaitingSince: string | null): Promise<{ id: string; serial: string }> {
    const card = { id: randomUUID(), serial: `RC${randomUUID().slice(0, 12)}` };
    await api.dataSource.query(
      'INSERT INTO resident_card (id, serial, section_id, place_id, state, disposal_reason, awaiting_disposal_since, received_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [card.id, card.serial, sectionId, placeId, state, awaitingSince ? 'FACE_PRINT_FAILURE' : null, awaitingSince, sqlTime(new Date('2026-01-05T09:00:00+09:00')), 1],
    );
    return card;
  }
  async function disposal(card: { id: string }, sectionId: string, placeId: string, by: string, awaitingSince: string, disposedOn: string, chip: boolean): Promise<string> {
    const id = randomUUID();
    await api.dataSource.query(
      'INSERT INTO card_disposal (id, card_id, section_id, place_id, reason, method, method_description, ic_chip_destroyed, performer, witness, awaiting_since, disposed_on, days_late, recorded_by_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [id, card.id, sectionId, placeId, 'FACE_PRINT_FAILURE', 'SHREDDING', null, chip ? 1 : 0, '試験 太郎', '試験 次郎', awaitingSince, disposedOn, 0, by, sqlTime(new Date(`${disposedOn}T15:00:00+09:00`))],
    );
    await api.dataSource.query("UPDATE resident_card SET state = 'DISPOSED', awaiting_disposal_since = NULL WHERE id = ?", [card.id]);
    return id;
  }

  it('第10条の3: a card awaiting disposal past the due days is overdue (as of each date); a disposal without the chip destroyed is incomplete', async () => {
    const { sectionId, officer, token } = await sectionWithOfficer();
    const place = await cardPlace(sectionId, officer.staffId);
    const waiting = await residentCard(sectionId, place, 'AWAITING_DISPOSAL', '2026-05-01');
    await residentCard(sectionId, place, 'AWAITING_DISPOSAL', '2026-05-20');
    const overdue = await check(token, 'art10-3.disposalNotOverdue');
    expect(overdue).toMatchObject({ status: 'VIOLATION', count: 1, reason: { code: 'COMPLIANCE.CARD_DISPOSALS_OVERDUE' } });
    expect(overdue.offenders.items[0]).toMatchObject({ recordType: 'ResidentCard', recordId: toGlobalId('ResidentCard', waiting.id) });
    expect(overdue.offenders.items[0]?.description.ja).toContain(waiting.serial);
    // 30 days: awaiting since 2026-05-01 is due on 2026-05-31, overdue from 2026-06-01.
    expect((await check(token, 'art10-3.disposalNotOverdue', '2026-05-31')).status).toBe('COMPLIANT');
    expect((await check(token, 'art10-3.disposalNotOverdue', '2026-06-01')).count).toBe(1);

    // Disposed of today (late): no longer awaiting today, but still overdue as of yesterday.
    const complete = await disposal(waiting, sectionId, place, officer.staffId, '2026-05-01', '2026-06-05', true);
    expect((await check(token, 'art10-3.disposalNotOverdue')).status).toBe('COMPLIANT');
    expect((await check(token, 'art10-3.disposalNotOverdue', '2026-06-04')).count).toBe(1);
    expect((await check(token, 'art10-3.disposalComplete')).status).toBe('COMPLIANT');

    const other = await residentCard(sectionId, place, 'AWAITING_DISPOSAL', '2026-06-01');
    const noChip = await disposal(other, sectionId, place, officer.staffId, '2026-06-01', '2026-06-03', false);
    const incomplete = await check(token, 'art10-3.disposalComplete');
    expect(incomplete).toMatchObject({ status: 'VIOLATION', count: 1, reason: { code: 'COMPLIANCE.CARD_DISPOSALS_INCOMPLETE' } });
    expect(incomplete.offenders.items.map((o) => o.recordId)).toEqual([toGlobalId('CardDisposal', noChip)]);
    expect(incomplete.offenders.items.map((o) => o.recordId)).not.toContain(toGlobalId('CardDisposal', complete));
    // Before it was recorded (2026-06-03 15:00 JST) there was nothing incomplete.
    expect((await check(token, 'art10-3.disposalComplete', '2026-06-02')).status).toBe('COMPLIANT');
    // Chapter 4 was not in force before 平成15年8月25日 (when card issuance began).
    expect(await check(token, 'art10-3.disposalComplete', '2003-08-24')).toMatchObject({ status: 'NOT_EVALUABLE', reason: { code: 'COMPLIANCE.ARTICLE_NOT_IN_FORCE' } });
  });

  it('第10条の2: without a stock-take the check is not evaluable; the last stock-take per place and state decides', async () => {
    const { sectionId, officer, token } = await sectionWithOfficer();
    const place = await cardPlace(sectionId, officer.staffId);
    expect(await check(token, 'art10-2.stockTakeMatches')).toMatchObject({ status: 'NOT_EVALUABLE', reason: { code: 'COMPLIANCE.NO_DATA' } });
    const stockTake = async (state: string, countedOn: string, counted: number, derived: number): Promise<string> => {
      const id = randomUUID();
      await api.dataSource.query(
        'INSERT INTO card_stock_take (id, section_id, place_id, state, counted_on, counted, derived, difference, recorded_by_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [id, sectionId, place, state, countedOn, counted, derived, counted - derived, officer.staffId, sqlTime(new Date(`${countedOn}T17:00:00+09:00`))],
      );
      return id;
    };
    await stockTake('BLANK', '2026-06-01', 10, 10);
    const differing = await stockTake('PRINTED', '2026-06-01', 4, 5);
    const result = await check(token, 'art10-2.stockTakeMatches');
    expect(result).toMatchObject({ status: 'VIOLATION', count: 1, reason: { code: 'COMPLIANCE.STOCK_TAKES_DIFFER' } });
    expect(result.offenders.items[0]).toMatchObject({ recordType: 'CardStockTake', recordId: toGlobalId('CardStockTake', differing) });
    expect(result.offenders.items[0]?.description.ja).toContain('印刷済');
    // A later stock-take of the same place and state that matches supersedes it…
    await stockTake('PRINTED', '2026-06-03', 5, 5);
    expect((await check(token, 'art10-2.stockTakeMatches')).status).toBe('COMPLIANT');
    // …but as of 2026-06-02 the last one still differed.
    expect((await check(token, 'art10-2.stockTakeMatches', '2026-06-02')).count).toBe(1);
  });

  it('第10条第3項: copies still kept past the disposal deadline after the keeping period are a violation; disposing of them all clears it', async () => {
    const { sectionId, officer, token } = await sectionWithOfficer();
    const place = await cardPlace(sectionId, officer.staffId);
    const output = async (keepUntil: string): Promise<string> => {
      const id = randomUUID();
      await api.dataSource.query(
        'INSERT INTO printed_form_output (id, section_id, form_name, output_date, purpose, requester, quantity, notes, keep_until, status, stored_quantity, disposed_quantity, recorded_by_id, recorded_by_api_client_id, recorded_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [id, sectionId, '本人確認情報一覧', '2026-01-10', '照合', '市民課', 3, null, keepUntil, 'STORED', 3, 0, officer.staffId, null, sqlTime(new Date('2026-01-10T10:00:00+09:00')), 1],
      );
      await api.dataSource.query(
        'INSERT INTO form_storage (id, output_id, section_id, place_id, quantity, breakdown, stored_on, recorded_by_id, recorded_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [randomUUID(), id, sectionId, place, 3, '[]', '2026-01-10', officer.staffId, sqlTime(new Date('2026-01-10T11:00:00+09:00')), 1],
      );
      return id;
    };
    const overdue = await output('2026-04-01');
    await output('2026-05-20');
    const result = await check(token, 'art10.formsDisposedInTime');
    expect(result).toMatchObject({ status: 'VIOLATION', count: 1, reason: { code: 'COMPLIANCE.FORMS_NOT_DISPOSED' } });
    expect(result.offenders.items[0]).toMatchObject({ recordType: 'PrintedFormOutput', recordId: toGlobalId('PrintedFormOutput', overdue) });
    expect(result.offenders.items[0]?.description.ja).toContain('3部');
    // Kept until 2026-04-01 with 30 days: due by 2026-05-01, overdue from 2026-05-02.
    expect((await check(token, 'art10.formsDisposedInTime', '2026-05-01')).status).toBe('COMPLIANT');
    expect((await check(token, 'art10.formsDisposedInTime', '2026-05-02')).count).toBe(1);
    await api.dataSource.query(
      FORM_DISPOSAL_INSERT,
      [randomUUID(), sectionId, place, 3, 'SHREDDING', '2026-06-04', '試験 太郎', '試験 次郎', 3, 3, 0, officer.staffId, sqlTime(new Date('2026-06-04T10:00:00+09:00')), overdue],
    );
    expect((await check(token, 'art10.formsDisposedInTime')).status).toBe('COMPLIANT');
    expect((await check(token, 'art10.formsDisposedInTime', '2026-06-03')).count).toBe(1);
    // Half disposed of, as the disposal use case leaves it: the place now holds 1 of the 3 (a disposal takes
    // its copies out of `form_storage`), 2 disposed: 1 copy is still kept past the deadline.
    const half = await output('2026-04-01');
    await api.dataSource.query('UPDATE form_storage SET quantity = 1 WHERE output_id = ?', [half]);
    await api.dataSource.query(
      FORM_DISPOSAL_INSERT,
      [randomUUID(), sectionId, place, 2, 'SHREDDING', '2026-06-04', '試験 太郎', '試験 次郎', 3, 3, 0, officer.staffId, sqlTime(new Date('2026-06-04T10:00:00+09:00')), half],
    );
    const kept = await check(token, 'art10.formsDisposedInTime');
    expect(kept).toMatchObject({ status: 'VIOLATION', count: 1 });
    expect(kept.offenders.items[0]).toMatchObject({ recordId: toGlobalId('PrintedFormOutput', half) });
    expect(kept.offenders.items[0]?.description.ja).toContain('1部');
  });

  it('第10条第3項: every disposal reconciles with the output and storage records; unaccounted copies or more disposed than output are violations, as of each date', async () => {
    const { sectionId, officer, token } = await sectionWithOfficer();
    const other = await sectionWithOfficer();
    const place = await cardPlace(sectionId, officer.staffId);
    const output = async (quantity: number): Promise<string> => {
      const id = randomUUID();
      await api.dataSource.query(
        'INSERT INTO printed_form_output (id, section_id, form_name, output_date, purpose, requester, quantity, notes, keep_until, status, stored_quantity, disposed_quantity, recorded_by_id, recorded_by_api_client_id, recorded_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [id, sectionId, '住民票写し交付台帳', '2026-01-10', '照合', '市民課', quantity, null, '2027-03-31', 'STORED', quantity, 0, officer.staffId, null, sqlTime(new Date('2026-01-10T10:00:00+09:00')), 1],
      );
      await api.dataSource.query(
        'INSERT INTO form_storage (id, output_id, section_id, place_id, quantity, breakdown, stored_on, recorded_by_id, recorded_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [randomUUID(), id, sectionId, place, quantity, '[]', '2026-01-10', officer.staffId, sqlTime(new Date('2026-01-10T11:00:00+09:00')), 1],
      );
      return id;
    };
    /** A disposal as the ledger keeps it: what its reconciliation saw (place held, stored, already disposed). */
    const disposal = async (outputId: string, quantity: number, on: string, seen: { place: number; stored: number; disposed: number }): Promise<string> => {
      const id = randomUUID();
      await api.dataSource.query(
        FORM_DISPOSAL_INSERT,
        [id, sectionId, place, quantity, 'SHREDDING', on, '試験 太郎', '試験 次郎', seen.place, seen.stored, seen.disposed, officer.staffId, sqlTime(new Date(`${on}T10:00:00+09:00`)), outputId],
      );
      return id;
    };
    // Reconciled: 3 printed, 2 then 1 disposed of, each seeing stored + disposed = 3.
    const balanced = await output(3);
    await disposal(balanced, 2, '2026-06-01', { place: 3, stored: 3, disposed: 0 });
    await disposal(balanced, 1, '2026-06-02', { place: 1, stored: 1, disposed: 2 });
    expect(await check(token, 'art10.disposalsReconciled')).toMatchObject({ status: 'COMPLIANT', count: 0 });

    // Unaccounted for: 5 printed, the disposal saw 2 stored and none disposed (3 copies missing).
    const missing = await output(5);
    const unbalanced = await disposal(missing, 2, '2026-06-02', { place: 2, stored: 2, disposed: 0 });
    const result = await check(token, 'art10.disposalsReconciled');
    expect(result).toMatchObject({ status: 'VIOLATION', count: 1, reason: { code: 'COMPLIANCE.DISPOSALS_NOT_RECONCILED' } });
    expect(result.offenders.items).toEqual([expect.objectContaining({ recordType: 'FormDisposal', recordId: toGlobalId('FormDisposal', unbalanced) })]);
    expect(result.offenders.items[0]?.description.ja).toContain('住民票写し交付台帳');
    expect(result.offenders.items[0]?.description.ja).toContain('保管数2部＋廃棄済0部');
    // As of the day before that disposal, every disposal recorded by then reconciled.
    expect((await check(token, 'art10.disposalsReconciled', '2026-06-01')).status).toBe('COMPLIANT');

    // More disposed of than printed: 2 printed, two disposals of 2 each (each balanced on its own).
    const twice = await output(2);
    const first = await disposal(twice, 2, '2026-06-03', { place: 2, stored: 2, disposed: 0 });
    const second = await disposal(twice, 2, '2026-06-04', { place: 2, stored: 2, disposed: 0 });
    expect((await check(token, 'art10.disposalsReconciled', '2026-06-03')).count).toBe(1);
    const over = await check(token, 'art10.disposalsReconciled');
    expect(over.count).toBe(3);
    expect(over.offenders.items.map((o) => o.recordId).sort()).toEqual([unbalanced, first, second].map((id) => toGlobalId('FormDisposal', id)).sort());
    // Exceeding what the place held, or dated before the output, do not reconcile either.
    const held = await output(4);
    await disposal(held, 3, '2026-06-04', { place: 2, stored: 4, disposed: 0 });
    const early = await output(1);
    await disposal(early, 1, '2026-01-09', { place: 1, stored: 1, disposed: 0 });
    expect((await check(token, 'art10.disposalsReconciled')).count).toBe(5);
    // Row scope: another section's officer sees none of them.
    expect(await check(other.token, 'art10.disposalsReconciled')).toMatchObject({ status: 'COMPLIANT', count: 0 });
  });

  it('第10条の2第2項: a card that became lost without a recorded report is a violation; with its report it is not', async () => {
    const { sectionId, officer, token } = await sectionWithOfficer();
    const place = await cardPlace(sectionId, officer.staffId);
    const card = await residentCard(sectionId, place, 'LOST', null);
    await api.dataSource.query(
      'INSERT INTO card_movement (id, card_id, section_id, kind, from_state, to_state, from_place_id, to_place_id, disposal_reason, occurred_at, recorded_by_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [randomUUID(), card.id, sectionId, 'REPORTED_LOST', 'BLANK', 'LOST', place, place, null, sqlTime(new Date('2026-06-02T10:00:00+09:00')), officer.staffId],
    );
    const result = await check(token, 'art10-2.lossReported');
    expect(result).toMatchObject({ status: 'VIOLATION', count: 1, reason: { code: 'COMPLIANCE.CARD_LOSSES_UNREPORTED' } });
    expect(result.offenders.items[0]).toMatchObject({ recordType: 'ResidentCard', recordId: toGlobalId('ResidentCard', card.id) });
    expect(result.offenders.items[0]?.description.ja).toContain('2026-06-02');
    expect((await check(token, 'art10-2.lossReported', '2026-06-01')).status).toBe('COMPLIANT');
    await api.dataSource.query(
      'INSERT INTO card_loss_report (id, card_id, section_id, place_id, kind, discovered_at, circumstances, reported_by_id, reported_at, notification_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [randomUUID(), card.id, sectionId, place, 'LOST', sqlTime(new Date('2026-06-02T09:00:00+09:00')), '窓口で紛失', officer.staffId, sqlTime(new Date('2026-06-03T10:00:00+09:00')), randomUUID()],
    );
    expect((await check(token, 'art10-2.lossReported')).status).toBe('COMPLIANT');
    // Reported a day late: as of 2026-06-02 the report was not there yet.
    expect((await check(token, 'art10-2.lossReported', '2026-06-02')).count).toBe(1);
  });

  it('as of a date: the profile in force then decides (180-day expiry before 2026-04-01, 90 days from it), and nothing is evaluable before the guidelines', async () => {
    const { sectionId, token } = await sectionWithOfficer();
    const setOn = new Date('2025-12-01T09:00:00+09:00');
    const person = await createPerson(api.dataSource, clock.now(), { sectionId });
    // The password in force on those dates was set on 2025-12-01 (history); it was changed again today.
    await api.dataSource.getRepository(PasswordHistoryEntity).insert(PasswordHistoryEntity.record(person.staffId, 'x'.repeat(20), setOn));

    const before = await check(token, 'art21.passwordNotExpired', '2026-03-31');
    expect(before).toMatchObject({ status: 'COMPLIANT', profileId: 'chiba-h19-04-01' });
    const after = await check(token, 'art21.passwordNotExpired', '2026-04-01');
    expect(after).toMatchObject({ status: 'VIOLATION', count: 1, profileId: 'chiba-r08-04-01' });
    expect(after.offenders.items[0]?.description.en).toContain('2025-12-01');
    // Today the password is new.
    expect((await check(token, 'art21.passwordNotExpired')).status).toBe('COMPLIANT');

    const early = await report(token, '2002-08-04');
    for (const c of early.values()) expect(c).toMatchObject({ status: 'NOT_EVALUABLE', count: 0, profileId: null, reason: { code: 'COMPLIANCE.GUIDELINES_NOT_IN_FORCE' } });
  });

  it('row scope: a security officer sees only their own section’s offenders; the system officer sees the city’s; city-wide checks are not evaluable for the officer', async () => {
    const a = await sectionWithOfficer();
    const b = await sectionWithOfficer();
    const inA = await createPerson(api.dataSource, clock.now(), { sectionId: a.sectionId });
    const inB = await createPerson(api.dataSource, clock.now(), { sectionId: b.sectionId });
    for (const p of [inA, inB]) await update(CredentialEntity, { staffId: p.staffId }, { lockedAt: new Date(clock.now().getTime() - 30 * DAY) });

    const seenByA = await check(a.token, 'art21.lockedAccountReview');
    expect(seenByA.count).toBe(1);
    expect(seenByA.offenders.items.map((o) => o.recordId)).toEqual([toGlobalId('Staff', inA.staffId)]);
    const seenByB = await check(b.token, 'art21.lockedAccountReview');
    expect(seenByB.offenders.items.map((o) => o.recordId)).toEqual([toGlobalId('Staff', inB.staffId)]);
    expect(seenByA.id).not.toBe(seenByB.id);

    const city = await check(systemToken, 'art21.lockedAccountReview');
    expect(city.count).toBeGreaterThanOrEqual(2);
    const cityIds = [];
    let after: string | null = null;
    for (;;) {
      const response = await gql(api.graphqlUrl, ONE, { id: 'art21.lockedAccountReview', first: 1, after }, { cookie: systemToken });
      expect(response.body.errors).toBeUndefined();
      const page = response.body.data?.['complianceCheck'] as CheckResult;
      expect(page.offenders.items.length).toBeLessThanOrEqual(1);
      cityIds.push(...page.offenders.items.map((o) => o.recordId));
      if (!page.offenders.hasNextPage) break;
      after = page.offenders.endCursor;
    }
    expect(cityIds.length).toBe(city.count);
    expect(cityIds).toEqual(expect.arrayContaining([toGlobalId('Staff', inA.staffId), toGlobalId('Staff', inB.staffId)]));

    const officersView = await report(a.token);
    for (const id of ['art19.auditChainIntact', 'art19.auditRetention']) {
      expect(officersView.get(id)).toMatchObject({ status: 'NOT_EVALUABLE', reason: { code: 'COMPLIANCE.CITY_WIDE_ONLY' } });
    }
    for (const p of [inA, inB]) await update(CredentialEntity, { staffId: p.staffId }, { lockedAt: null });
  });

  it('第19条第1項: the audit chain verifies; a tampered event is a violation naming it', async () => {
    expect((await check(systemToken, 'art19.auditChainIntact')).status).toBe('COMPLIANT');
    const [first] = (await api.dataSource.query('SELECT id, source FROM audit_event ORDER BY sequence LIMIT 1')) as { id: string; source: string | null }[];
    if (!first) throw new Error('the sign-ins should have left events');
    await api.dataSource.query('UPDATE audit_event SET source = ? WHERE id = ?', ['192.0.2.99', first.id]);
    try {
      const broken = await check(systemToken, 'art19.auditChainIntact');
      expect(broken).toMatchObject({ status: 'VIOLATION', count: 1, reason: { code: 'COMPLIANCE.AUDIT_CHAIN_BROKEN' } });
      expect(broken.offenders.items[0]).toMatchObject({ recordType: 'AuditEvent', recordId: toGlobalId('AuditEvent', first.id) });
      expect(broken.offenders.items[0]?.description.en).toContain('HASH_MISMATCH');
      // As of a date before any event, the (empty) chain was intact.
      expect((await check(systemToken, 'art19.auditChainIntact', '2026-06-01')).status).toBe('COMPLIANT');
    } finally {
      await api.dataSource.query('UPDATE audit_event SET source = ? WHERE id = ?', [first.source, first.id]);
    }
    expect((await check(systemToken, 'art19.auditChainIntact')).status).toBe('COMPLIANT');
  });

  it('第19条第1項: a purge that removed history still within its seven years is a violation; one past them is not', async () => {
    const checkpoint = (purgedBefore: string, createdAt: string, sequence: number) =>
      Object.assign(new AuditCheckpointEntity(), {
        id: randomUUID(),
        chain: 'operationHistory',
        sequence,
        hash: 'a'.repeat(64),
        purgedCount: 1,
        purgedBefore: new Date(purgedBefore),
        createdAt: new Date(createdAt),
        createdByKind: 'STAFF',
        createdByStaffId: systemOfficer.staffId,
      });
    const onTime = checkpoint('2019-04-02T00:00:00+09:00', '2026-04-02T10:00:00+09:00', 900_001);
    const early = checkpoint('2021-01-01T00:00:00+09:00', '2026-05-01T10:00:00+09:00', 900_002);
    const repo = api.dataSource.getRepository(AuditCheckpointEntity);
    await repo.insert(onTime);
    try {
      const ok = await gql(api.graphqlUrl, ONE, { id: 'art19.auditRetention' }, { cookie: systemToken });
      expect((ok.body.data?.['complianceCheck'] as CheckResult).status).toBe('COMPLIANT');
      await repo.insert(early);
      const response = await gql(api.graphqlUrl, ONE, { id: 'art19.auditRetention' }, { cookie: systemToken });
      const result = response.body.data?.['complianceCheck'] as CheckResult;
      expect(result).toMatchObject({ status: 'VIOLATION', count: 1, reason: { code: 'COMPLIANCE.AUDIT_PURGED_EARLY' } });
      expect(result.offenders.items[0]).toMatchObject({ recordType: 'AuditCheckpoint', recordId: toGlobalId('AuditCheckpoint', early.id) });
      expect(result.offenders.items[0]?.description.ja).toContain('2027-12-31');
      // As of a date before that purge ran, nothing had been purged early.
      const before = await gql(api.graphqlUrl, ONE, { id: 'art19.auditRetention', asOf: '2026-04-30' }, { cookie: systemToken });
      expect((before.body.data?.['complianceCheck'] as CheckResult).status).toBe('COMPLIANT');
    } finally {
      await repo.delete({ id: onTime.id });
      await repo.delete({ id: early.id });
    }
  });

  it('the CSV for the security council: BOM, Japanese headers, a row per check and per offender, within the caller’s rows', async () => {
    const { sectionId, token } = await sectionWithOfficer();
    const locked = await createPerson(api.dataSource, clock.now(), { sectionId });
    await update(CredentialEntity, { staffId: locked.staffId }, { lockedAt: new Date(clock.now().getTime() - 30 * DAY) });
    const response = await gql(api.graphqlUrl, CSV, {}, { cookie: token });
    expect(response.body.errors).toBeUndefined();
    const file = response.body.data?.['complianceReportCsv'] as { fileName: string; contentType: string; rowCount: number; content: string };
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    expect(file.fileName).toMatch(/^compliance-asof-2026-06-05-\d{8}\.csv$/);
    expect(file.content.startsWith(UTF8_BOM)).toBe(true);
    const lines = file.content.slice(1).split('\r\n').filter((l) => l.length > 0);
    expect(lines[0]).toBe('章,条項,確認項目ID,確認項目,状態,件数,理由,記録の種類,記録ID,内容');
    expect(file.rowCount).toBe(lines.length - 1);
    expect(lines.filter((l) => l.includes('art21.lockedAccountReview'))).toHaveLength(2);
    expect(file.content).toContain(locked.employeeNumber);
    expect(file.content).toContain('違反');
    expect(file.content).toContain('評価不能');
    await update(CredentialEntity, { staffId: locked.staffId }, { lockedAt: null });
    const english = await gql(api.graphqlUrl, CSV, { language: 'en' }, { cookie: token });
    expect((english.body.data?.['complianceReportCsv'] as { content: string }).content.slice(1).split('\r\n')[0]).toBe(
      'Chapter,Article,Check id,Check,Status,Count,Reason,Record type,Record id,Description',
    );
  });

  it('refuses a handler, an unknown check and a malformed cursor', async () => {
    const handler = await createPerson(api.dataSource, clock.now());
    const token = (await signInAs(api, handler)).token;
    const refused = await gql(api.graphqlUrl, REPORT, {}, { cookie: token });
    expect(errorOf(refused)?.code).toBe('FORBIDDEN');
    const unknown = await gql(api.graphqlUrl, ONE, { id: 'art0.nothing' }, { cookie: systemToken });
    expect(errorOf(unknown)).toEqual({ code: 'NOT_FOUND', reason: 'COMPLIANCE.UNKNOWN_CHECK' });
    const cursor = await gql(api.graphqlUrl, ONE, { id: 'art21.lockedAccountReview', after: 'not a cursor' }, { cookie: systemToken });
    expect(errorOf(cursor)?.code).toBe('BAD_USER_INPUT');
  });
});
