import { ApiClientEntity, AuditEventEntity, FormDisposalEntity, hashSecretToken, newSecretToken, FormMoveEntity, FormStorageEntity, PrintedFormOutputEntity } from '@juki/domain';
import { MASK } from '@juki/policies';
import { In } from 'typeorm';
import { toGlobalId } from '../graphql/relay/global-id';
import { gql } from '../identity/testing/identity-client';
import { createPerson } from '../identity/testing/identity-fixtures';
import { closeIdentityApi, signInAs, startIdentityApi, TestClock } from '../identity/testing/identity-suite';
import type { TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import {
  DISPOSE,
  formsSection,
  MOVE,
  ok,
  OUTPUT_FIELDS,
  outputVariables,
  place,
  RECORD,
  refused,
  STORE,
  type FormsSection,
  type Output,
} from './testing/forms-fixtures';

const DETAIL = `query Detail($id: ID!) { node(id: $id) { ... on PrintedFormOutput { ${OUTPUT_FIELDS}
  section { id }
  storages { id quantity breakdown { label quantity } storedOn place { id name } }
  moves { id kind quantity movedOn fromPlace { id } toPlace { id } }
  disposals { id quantity method disposedOn performer witness placeQuantityBefore storedBefore disposedBefore place { id } }
} } }`;
const LIST = `query List($section: ID, $status: [FormStatus!], $from: Date, $to: Date, $orderBy: PrintedFormSort, $first: Int, $after: String) {
  printedFormOutputs(sectionId: $section, status: $status, outputDateFrom: $from, outputDateTo: $to, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { cursor node { id formName status requester outputDate } } pageInfo { hasNextPage endCursor }
  }
}`;
const OVERDUE = `query Overdue($section: ID) { printedFormsOverdue(sectionId: $section) { totalCount edges { node { id formName keepUntil disposalDueDate daysOverdue storedQuantity } } } }`;
const INVENTORY = `query Inventory($section: ID, $place: ID) { formInventory(sectionId: $section, placeId: $place) {
  quantity truncated places { outputCount quantity place { id name } storages { quantity output { id formName } } }
} }`;
const CSV = `query Csv($section: ID, $language: CsvLanguage) { printedFormOutputsCsv(sectionId: $section, language: $language) { fileName contentType rowCount content } }`;
const PLACES = `query Places($section: ID) { storagePlaces(sectionId: $section) { totalCount edges { node { id name lockable } } } }`;

describe.each(TEST_DATABASES)('the printed-form ledger on $name (第10条)', (database) => {
  const config = database.config();
  // 2026-06-10 in Japan; the current profile: forms.disposalDueDays = 30.
  const clock = new TestClock(new Date('2026-06-10T10:00:00+09:00'));
  let api: TestApi;
  let a: FormsSection;
  let b: FormsSection;
  let auditorSession: string;
  const statements: string[] = [];

  beforeAll(async () => {
    api = await startIdentityApi(config, clock);
    a = await formsSection(api, clock.now(), '試験区市民総合窓口課');
    b = await formsSection(api, clock.now(), '試験区第二市民総合窓口課');
    const auditor = await createPerson(api.dataSource, clock.now(), { roles: [{ role: 'AUDITOR' }] });
    auditorSession = (await signInAs(api, auditor)).token;
    // A driver-level hook: every statement TypeORM sends, whoever sends it.
    const logger = api.dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      statements.push(query);
      logQuery(query, parameters, runner);
    };
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  const record = (s: FormsSection, change: Record<string, unknown> = {}, session = s.handlerSession) => ok<Output>(api, session, RECORD, outputVariables(s, change), 'recordFormOutput');
  const store = (session: string, output: Output, placeId: string, quantity: number, breakdown: unknown[] | null = null) =>
    ok<Output>(api, session, STORE, { output: output.id, version: output.version, place: placeId, quantity, breakdown, on: '2026-06-09' }, 'storeForms');
  const disposal = (output: Output, placeId: string, quantity: number, change: Record<string, unknown> = {}) => ({
    output: output.id,
    version: output.version,
    place: placeId,
    quantity,
    method: 'SHREDDING',
    on: '2026-06-10',
    performer: '検見川 一郎',
    witness: '幕張 花子',
    ...change,
  });

  it('records an output, stores it in a lockable cabinet with a breakdown, moves part of it, disposes of it after reconciliation — every change audited with its history kept', async () => {
    const cabinetA = await place(api, a, '書庫A');
    const cabinetB = await place(api, a, '耐火金庫');
    let output = await record(a);
    expect(output).toMatchObject({ formName: '住民票の写し', outputDate: '2026-06-08', quantity: 5, status: 'OUTPUT', storedQuantity: 0, disposedQuantity: 0, notes: '両面印刷' });
    expect(output.disposalDueDate).toBe('2026-10-30');

    output = await store(a.handlerSession, output, cabinetA, 5, [
      { label: '第1綴', quantity: 3 },
      { label: '第2綴', quantity: 2 },
    ]);
    expect(output).toMatchObject({ status: 'STORED', storedQuantity: 5 });
    output = await ok<Output>(api, a.handlerSession, MOVE, { output: output.id, version: output.version, from: cabinetA, to: cabinetB, quantity: 2, on: '2026-06-10' }, 'moveForms');
    expect(output).toMatchObject({ status: 'STORED', storedQuantity: 5 });

    output = await ok<Output>(api, a.officerSession, DISPOSE, disposal(output, cabinetB, 2), 'disposeForms');
    expect(output).toMatchObject({ status: 'PARTLY_DISPOSED', storedQuantity: 3, disposedQuantity: 2 });
    clock.advance(60_000);
    output = await ok<Output>(api, a.officerSession, DISPOSE, disposal(output, cabinetA, 3, { method: 'DISSOLVING' }), 'disposeForms');
    expect(output).toMatchObject({ status: 'DISPOSED', storedQuantity: 0, disposedQuantity: 5, daysOverdue: 0 });

    const detail = (await gql(api.graphqlUrl, DETAIL, { id: output.id }, { cookie: a.officerSession })).body.data?.['node'] as Record<string, unknown>;
    expect(detail['section']).toEqual({ id: a.section });
    expect(detail['storages']).toEqual([
      expect.objectContaining({ quantity: 0, breakdown: [], storedOn: '2026-06-09', place: { id: cabinetA, name: '書庫A' } }),
      expect.objectContaining({ quantity: 0, breakdown: [], storedOn: '2026-06-10', place: { id: cabinetB, name: '耐火金庫' } }),
    ]);
    expect((detail['moves'] as unknown[]).map((m) => m)).toEqual([
      expect.objectContaining({ kind: 'STORE', quantity: 5, fromPlace: null, toPlace: { id: cabinetA } }),
      expect.objectContaining({ kind: 'MOVE', quantity: 2, fromPlace: { id: cabinetA }, toPlace: { id: cabinetB } }),
    ]);
    expect(detail['disposals']).toEqual([
      expect.objectContaining({ quantity: 2, method: 'SHREDDING', placeQuantityBefore: 2, storedBefore: 5, disposedBefore: 0, performer: '検見川 一郎', witness: '幕張 花子', place: { id: cabinetB } }),
      expect.objectContaining({ quantity: 3, method: 'DISSOLVING', placeQuantityBefore: 3, storedBefore: 3, disposedBefore: 2, place: { id: cabinetA } }),
    ]);

    const rowId = Buffer.from(output.id, 'base64').toString().split(':')[1] as string;
    const events = await api.dataSource.getRepository(AuditEventEntity).find({ where: { sectionId: a.sectionId }, order: { sequence: 'ASC' } });
    const mine = events.filter((e) => e.recordIds.includes(rowId) && e.operation.startsWith('Mutation.')).map((e) => `${e.operation}:${e.outcome}`);
    // Reading the record (its requester and notes are personal data) was audited too.
    expect(events.some((e) => e.recordIds.includes(rowId) && e.operation === 'Query.node')).toBe(true);
    expect(mine).toEqual([
      'Mutation.recordFormOutput:SUCCESS',
      'Mutation.storeForms:SUCCESS',
      'Mutation.moveForms:SUCCESS',
      'Mutation.disposeForms:SUCCESS',
      'Mutation.disposeForms:SUCCESS',
    ]);
  });

  it('refuses, each with its code and article: an incomplete output record (every item named), storing in an unlockable place, moving or disposing of forms never stored, a disposal that does not reconcile (EACH mismatch named), a stale version, disposing or moving disposed forms', async () => {
    const cabinet = await place(api, a, '書庫C');
    const shelf = await place(api, a, 'カウンター下棚', false);
    const other = await place(api, a, '書庫D');

    const incomplete = await refused(api, a.handlerSession, RECORD, outputVariables(a, { outputDate: '2026-06-11', purpose: ' ', quantity: 0 }));
    expect(incomplete).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMS.OUTPUT_DATE_IN_FUTURE' });
    expect(incomplete.params['violations']).toBe('FORMS.OUTPUT_DATE_IN_FUTURE,FORMS.PURPOSE_MISSING,FORMS.QUANTITY_INVALID');
    const keep = await refused(api, a.handlerSession, RECORD, outputVariables(a, { keepUntil: '2026-06-01' }));
    expect(keep).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMS.KEEP_UNTIL_BEFORE_OUTPUT' });

    let output = await record(a);
    expect(await refused(api, a.officerSession, DISPOSE, disposal(output, cabinet, 1))).toMatchObject({ code: 'CONFLICT', reason: 'FORMS.NOT_STORED' });
    expect(await refused(api, a.handlerSession, MOVE, { output: output.id, version: output.version, from: cabinet, to: other, quantity: 1, on: '2026-06-10' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'FORMS.MOVE_NOT_STORED',
    });
    const unlockable = await refused(api, a.handlerSession, STORE, { output: output.id, version: output.version, place: shelf, quantity: 5, on: '2026-06-09' });
    expect(unlockable).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMS.STORAGE_NOT_LOCKABLE' });
    const tooMany = await refused(api, a.handlerSession, STORE, { output: output.id, version: output.version, place: cabinet, quantity: 6, on: '2026-06-09' });
    expect(tooMany).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMS.STORE_EXCEEDS_UNSTORED', params: { actual: 6, expected: 5 } });
    const badBreakdown = await refused(api, a.handlerSession, STORE, { output: output.id, version: output.version, place: cabinet, quantity: 5, breakdown: [{ label: '第1綴', quantity: 4 }], on: '2026-06-09' });
    expect(badBreakdown).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMS.STORAGE_BREAKDOWN_MISMATCH' });

    const none = await refused(api, a.handlerSession, STORE, { output: output.id, version: output.version, place: cabinet, quantity: 0, on: '2026-06-09' });
    expect(none).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMS.COUNT_INVALID' });
    const future = await refused(api, a.handlerSession, STORE, { output: output.id, version: output.version, place: cabinet, quantity: 5, on: '2026-06-11' });
    expect(future).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMS.DATE_IN_FUTURE' });
    output = await store(a.handlerSession, output, cabinet, 5);
    const noMove = await refused(api, a.handlerSession, MOVE, { output: output.id, version: output.version, from: cabinet, to: other, quantity: -1, on: '2026-06-10' });
    expect(noMove).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMS.COUNT_INVALID' });
    const tooFar = await refused(api, a.handlerSession, MOVE, { output: output.id, version: output.version, from: cabinet, to: other, quantity: 6, on: '2026-06-10' });
    expect(tooFar).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMS.MOVE_EXCEEDS_HELD', params: { expected: 5, actual: 6 } });
    const same = await refused(api, a.handlerSession, MOVE, { output: output.id, version: output.version, from: cabinet, to: cabinet, quantity: 1, on: '2026-06-10' });
    expect(same).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMS.MOVE_SAME_PLACE' });
    const stale = await refused(api, a.officerSession, DISPOSE, disposal({ ...output, version: output.version - 1 }, cabinet, 1));
    expect(stale).toMatchObject({ code: 'CONFLICT', reason: 'FORMS.STALE_VERSION', params: { expected: output.version - 1, actual: output.version } });

    // Three mismatches at once: more than the place holds, dated before the output, witnessed by the performer.
    const mismatched = await refused(api, a.officerSession, DISPOSE, disposal(output, cabinet, 6, { on: '2026-06-01', witness: '検見川 一郎' }));
    expect(mismatched.code).toBe('BAD_USER_INPUT');
    expect(String(mismatched.params['violations']).split(',')).toEqual([
      'FORMS.RECONCILE_DISPOSAL_BEFORE_OUTPUT',
      'FORMS.RECONCILE_EXCEEDS_STORED',
      'FORMS.RECONCILE_EXCEEDS_REMAINING',
      'DISPOSAL.FORM_WITNESS_IS_PERFORMER',
    ]);
    expect(String(mismatched.params['details_ja']).split('\n')).toHaveLength(4);
    expect(String(mismatched.params['details_ja'])).toContain('書庫C');
    // From a place that never held it.
    const never = await refused(api, a.officerSession, DISPOSE, disposal(output, other, 1));
    expect(never).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMS.RECONCILE_PLACE_NEVER_HELD' });

    output = await ok<Output>(api, a.officerSession, DISPOSE, disposal(output, cabinet, 5), 'disposeForms');
    expect(output.status).toBe('DISPOSED');
    expect(await refused(api, a.officerSession, DISPOSE, disposal(output, cabinet, 1))).toMatchObject({ code: 'CONFLICT', reason: 'FORMS.ALREADY_DISPOSED' });
    expect(await refused(api, a.handlerSession, MOVE, { output: output.id, version: output.version, from: cabinet, to: other, quantity: 1, on: '2026-06-10' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'FORMS.ALREADY_DISPOSED',
    });

    // A handler may not dispose (the matrix), nor may another section's officer (their record is not found).
    expect((await refused(api, a.handlerSession, DISPOSE, disposal(output, cabinet, 1))).code).toBe('FORBIDDEN');
    expect(await refused(api, b.officerSession, DISPOSE, disposal(output, cabinet, 1))).toMatchObject({ code: 'NOT_FOUND', reason: 'FORMS.OUTPUT_NOT_FOUND' });

    // The refusals were audited (the domain's own, as FAILED).
    const failed = await api.dataSource.getRepository(AuditEventEntity).find({ where: { operation: In(['Mutation.disposeForms', 'Mutation.recordFormOutput', 'Mutation.storeForms']), outcome: 'FAILED' } });
    expect(failed.length).toBeGreaterThanOrEqual(8);
  });

  it('row scope: another section sees none of it (lists, inventory, CSV, node lookups of every ledger type); the auditor sees requester and notes masked', async () => {
    const cabinet = await place(api, a, '書庫E');
    let output = await record(a, { formName: '本人確認情報の提供状況の開示' });
    output = await store(a.handlerSession, output, cabinet, 5);
    const detail = (await gql(api.graphqlUrl, DETAIL, { id: output.id }, { cookie: a.officerSession })).body.data?.['node'] as { storages: { id: string }[]; moves: { id: string }[] };
    const ids = [output.id, cabinet, detail.storages[0]?.id, detail.moves[0]?.id];

    for (const session of [b.officerSession, b.handlerSession]) {
      const list = (await gql(api.graphqlUrl, LIST, {}, { cookie: session })).body.data?.['printedFormOutputs'] as { totalCount: number; edges: { node: { id: string } }[] };
      expect(list.edges.map((e) => e.node.id)).not.toContain(output.id);
      expect(list.totalCount).toBe(list.edges.length);
      const filtered = (await gql(api.graphqlUrl, LIST, { section: a.section }, { cookie: session })).body.data?.['printedFormOutputs'] as { totalCount: number };
      expect(filtered.totalCount).toBe(0);
      const places = (await gql(api.graphqlUrl, PLACES, { section: a.section }, { cookie: session })).body.data?.['storagePlaces'] as { totalCount: number };
      expect(places.totalCount).toBe(0);
      const inventory = (await gql(api.graphqlUrl, INVENTORY, { section: a.section }, { cookie: session })).body.data?.['formInventory'];
      expect(inventory).toEqual({ quantity: 0, truncated: false, places: [] });
      const csv = (await gql(api.graphqlUrl, CSV, { section: a.section }, { cookie: session })).body.data?.['printedFormOutputsCsv'] as { rowCount: number };
      expect(csv.rowCount).toBe(0);
      for (const id of ids) {
        const node = await gql(api.graphqlUrl, `query($id: ID!) { node(id: $id) { id } }`, { id }, { cookie: session });
        expect(node.body.errors).toBeUndefined();
        expect(node.body.data?.['node']).toBeNull();
      }
    }
    // Section A's own handler sees it.
    const own = (await gql(api.graphqlUrl, LIST, { section: a.section }, { cookie: a.handlerSession })).body.data?.['printedFormOutputs'] as { edges: { node: { id: string; requester: string } }[] };
    expect(own.edges.map((e) => e.node.id)).toContain(output.id);
    // The auditor reads city-wide, personal data masked.
    const audited = (await gql(api.graphqlUrl, `query($id: ID!) { node(id: $id) { ... on PrintedFormOutput { formName requester notes } } }`, { id: output.id }, { cookie: auditorSession })).body.data?.['node'];
    expect(audited).toEqual({ formName: '本人確認情報の提供状況の開示', requester: MASK, notes: MASK });
  });

  it('exports the ledger as CSV: BOM, Japanese headers, the same rows and field access as the list (masked stays masked)', async () => {
    const s = await formsSection(api, clock.now(), '試験区CSV課');
    const cabinet = await place(api, s, '書庫');
    const first = await record(s, { formName: '住民票の写し', outputDate: '2026-06-01', requester: '千葉 太郎' });
    await store(s.handlerSession, first, cabinet, 5);
    await record(s, { formName: '転入通知受信一覧表', outputDate: '2026-06-05', requester: '=HYPERLINK("x")', notes: null });

    const csv = (await gql(api.graphqlUrl, CSV, { section: s.section }, { cookie: s.officerSession })).body.data?.['printedFormOutputsCsv'] as Record<string, unknown>;
    expect(csv).toMatchObject({ contentType: 'text/csv; charset=utf-8', rowCount: 2, fileName: 'printed-forms-20260610.csv' });
    const lines = String(csv['content']).split('\r\n');
    expect(lines[0]).toBe('\uFEFF課,帳票の名称,出力年月日,使用目的,申請者,数量,その他必要な事項,保管期間終了日,廃棄期限,状態,保管数量,廃棄数量,廃棄期限超過日数');
    expect(lines[1]).toBe('試験区CSV課,住民票の写し,2026-06-01,広域交付による住民票の写しの交付,千葉 太郎,5,両面印刷,2026-09-30,2026-10-30,保管中,5,0,0');
    expect(lines[2]).toBe(`試験区CSV課,転入通知受信一覧表,2026-06-05,広域交付による住民票の写しの交付,"'=HYPERLINK(""x"")",5,,2026-09-30,2026-10-30,出力のみ,0,0,0`);

    const masked = (await gql(api.graphqlUrl, CSV, { section: s.section }, { cookie: auditorSession })).body.data?.['printedFormOutputsCsv'] as Record<string, unknown>;
    expect(String(masked['content'])).not.toContain('千葉 太郎');
    expect(String(masked['content']).split('\r\n')[1]).toContain(`,${MASK},5,${MASK},`);
    const english = (await gql(api.graphqlUrl, CSV, { section: s.section, language: 'en' }, { cookie: s.officerSession })).body.data?.['printedFormOutputsCsv'] as Record<string, unknown>;
    expect(String(english['content']).split('\r\n')[0]).toBe('\uFEFFSection,Form name,Output date,Purpose,Requester,Quantity,Notes,Keep until,Disposal due,Status,Stored,Disposed,Days overdue');
  });

  it('lists forms kept past their keeping period and the disposal deadline (速やかに), the inventory per place, and filters and pages the ledger', async () => {
    const s = await formsSection(api, clock.now(), '試験区期限課');
    const cabinet = await place(api, s, '書庫1');
    const safe = await place(api, s, '金庫');
    // keepUntil 2026-05-01: due 2026-05-31, overdue by 10 days on 2026-06-10.
    const overdue = await store(s.handlerSession, await record(s, { formName: '住民票コード通知票（控）', outputDate: '2026-03-01', keepUntil: '2026-05-01' }), cabinet, 5);
    // keepUntil 2026-05-11: due 2026-06-10, not yet overdue.
    const due = await store(s.handlerSession, await record(s, { formName: '本人確認情報一覧表', outputDate: '2026-03-01', keepUntil: '2026-05-11' }), safe, 5);
    // Past its period too but fully disposed of: not listed.
    let done = await store(s.handlerSession, await record(s, { formName: '操作履歴一覧', outputDate: '2026-03-01', keepUntil: '2026-04-01', quantity: 2 }), cabinet, 2);
    done = await ok<Output>(api, s.officerSession, DISPOSE, disposal(done, cabinet, 2), 'disposeForms');
    // Never stored and past its period: still undisposed, so listed.
    const unstored = await record(s, { formName: '転入通知受信一覧表', outputDate: '2026-01-05', keepUntil: '2026-02-01', quantity: 1 });

    const list = (await gql(api.graphqlUrl, OVERDUE, { section: s.section }, { cookie: s.officerSession })).body.data?.['printedFormsOverdue'] as {
      totalCount: number;
      edges: { node: Record<string, unknown> }[];
    };
    expect(list.totalCount).toBe(2);
    expect(list.edges.map((e) => e.node)).toEqual([
      { id: unstored.id, formName: '転入通知受信一覧表', keepUntil: '2026-02-01', disposalDueDate: '2026-03-03', daysOverdue: 99, storedQuantity: 0 },
      { id: overdue.id, formName: '住民票コード通知票（控）', keepUntil: '2026-05-01', disposalDueDate: '2026-05-31', daysOverdue: 10, storedQuantity: 5 },
    ]);
    expect(list.edges.map((e) => e.node['id'])).not.toContain(due.id);
    expect(list.edges.map((e) => e.node['id'])).not.toContain(done.id);

    const inventory = (await gql(api.graphqlUrl, INVENTORY, { section: s.section }, { cookie: s.handlerSession })).body.data?.['formInventory'] as {
      quantity: number;
      places: { outputCount: number; quantity: number; place: { id: string; name: string }; storages: { quantity: number; output: { formName: string } }[] }[];
    };
    expect(inventory.quantity).toBe(10);
    expect(inventory.places.map((p) => [p.place.name, p.outputCount, p.quantity, p.storages.map((x) => x.output.formName)])).toEqual([
      ['書庫1', 1, 5, ['住民票コード通知票（控）']],
      ['金庫', 1, 5, ['本人確認情報一覧表']],
    ]);
    const one = (await gql(api.graphqlUrl, INVENTORY, { place: safe }, { cookie: s.officerSession })).body.data?.['formInventory'] as { quantity: number };
    expect(one.quantity).toBe(5);

    // Filters and keyset pages.
    const byStatus = (await gql(api.graphqlUrl, LIST, { section: s.section, status: ['STORED'] }, { cookie: s.officerSession })).body.data?.['printedFormOutputs'] as { totalCount: number };
    expect(byStatus.totalCount).toBe(2);
    const byDate = (await gql(api.graphqlUrl, LIST, { section: s.section, from: '2026-01-01', to: '2026-01-31' }, { cookie: s.officerSession })).body.data?.['printedFormOutputs'] as {
      edges: { node: { id: string } }[];
    };
    expect(byDate.edges.map((e) => e.node.id)).toEqual([unstored.id]);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page = (await gql(api.graphqlUrl, LIST, { section: s.section, first: 1, after, orderBy: 'KEEP_UNTIL' }, { cookie: s.officerSession })).body.data?.['printedFormOutputs'] as {
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([unstored.id, done.id, overdue.id, due.id]);
  });

  it('two concurrent disposals (and two concurrent moves) of the same output: exactly one succeeds, the other is CONFLICT, and the quantities still add up', async () => {
    const cabinet = await place(api, a, '書庫F');
    const safe = await place(api, a, '金庫F');
    let output = await store(a.handlerSession, await record(a, { quantity: 6 }), cabinet, 6);

    const moves = await Promise.all(
      [1, 2].map(() => gql(api.graphqlUrl, MOVE, { output: output.id, version: output.version, from: cabinet, to: safe, quantity: 2, on: '2026-06-10' }, { cookie: a.handlerSession })),
    );
    const movedOk = moves.filter((r) => !r.body.errors);
    expect(movedOk).toHaveLength(1);
    expect(moves.filter((r) => r.body.errors?.[0]?.extensions?.['code'] === 'CONFLICT')).toHaveLength(1);
    output = movedOk[0]?.body.data?.['moveForms'] as Output;

    const disposals = await Promise.all([1, 2].map(() => gql(api.graphqlUrl, DISPOSE, disposal(output, cabinet, 3), { cookie: a.officerSession })));
    const disposedOk = disposals.filter((r) => !r.body.errors);
    expect(disposedOk).toHaveLength(1);
    const conflict = disposals.find((r) => r.body.errors);
    expect(conflict?.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'FORMS.STALE_VERSION' });

    const rowId = Buffer.from(output.id, 'base64').toString().split(':')[1] as string;
    const row = await api.dataSource.getRepository(PrintedFormOutputEntity).findOneByOrFail({ id: rowId });
    const holdings = await api.dataSource.getRepository(FormStorageEntity).findBy({ outputId: rowId });
    const disposed = await api.dataSource.getRepository(FormDisposalEntity).findBy({ outputId: rowId });
    const moved = await api.dataSource.getRepository(FormMoveEntity).findBy({ outputId: rowId, kind: 'MOVE' });
    expect(row).toMatchObject({ quantity: 6, storedQuantity: 3, disposedQuantity: 3, status: 'PARTLY_DISPOSED' });
    expect(holdings.reduce((n, h) => n + h.quantity, 0)).toBe(row.storedQuantity);
    expect(disposed.reduce((n, d) => n + d.quantity, 0)).toBe(row.disposedQuantity);
    expect(moved).toHaveLength(1);
    expect(Object.fromEntries(holdings.map((h) => [h.placeId, h.quantity]))).toEqual({
      [Buffer.from(cabinet, 'base64').toString().split(':')[1] as string]: 1,
      [Buffer.from(safe, 'base64').toString().split(':')[1] as string]: 2,
    });
  });

  it('places: only the security officer registers them; a place holding forms cannot become unlockable', async () => {
    const cabinet = await place(api, a, '書庫G');
    await store(a.handlerSession, await record(a), cabinet, 5);
    const update = `mutation($id: ID!, $version: Int!, $lockable: Boolean) { updateStoragePlace(id: $id, version: $version, lockable: $lockable) { id lockable version } }`;
    expect(await refused(api, a.officerSession, update, { id: cabinet, version: 1, lockable: false })).toMatchObject({ code: 'CONFLICT', reason: 'FORMS.PLACE_HOLDS_FORMS' });
    expect(await refused(api, a.officerSession, update, { id: cabinet, version: 7, lockable: true })).toMatchObject({ code: 'CONFLICT', reason: 'FORMS.STALE_VERSION' });
    expect(await refused(api, b.officerSession, update, { id: cabinet, version: 1, lockable: true })).toMatchObject({ code: 'NOT_FOUND', reason: 'FORMS.PLACE_NOT_FOUND' });
    const created = await gql(api.graphqlUrl, `mutation($s: ID!) { createStoragePlace(sectionId: $s, name: "x", location: "y", lockable: true) { id } }`, { s: a.section }, { cookie: a.handlerSession });
    expect(created.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const otherSection = await refused(api, b.officerSession, `mutation($s: ID!) { createStoragePlace(sectionId: $s, name: "x", location: "y", lockable: true) { id } }`, { s: a.section });
    expect(otherSection).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMS.SECTION_INVALID' });
    expect(toGlobalId('StoragePlace', 'x')).toBeTruthy();
  });
  it('a ward system records outputs of its own section with a forms:write token (recordedBy null), sees only its section, and cannot record with forms:read', async () => {
    const token = async (sectionId: string, scopes: string[]): Promise<string> => {
      const secret = newSecretToken('apiClient');
      await api.dataSource.getRepository(ApiClientEntity).insert(
        ApiClientEntity.create({ name: '試験区住民記録システム連携', sectionId, scopes, tokenHash: hashSecretToken(secret), createdById: a.officer.staffId, createdAt: clock.now() }),
      );
      return secret;
    };
    const writer = await token(a.sectionId, ['forms:write']);
    const recorded = await gql(api.graphqlUrl, RECORD, outputVariables(a, { formName: '住民票の写し（区システム）' }), { bearer: writer });
    expect(recorded.body.errors).toBeUndefined();
    const output = recorded.body.data?.['recordFormOutput'] as Output;
    expect(output).toMatchObject({ status: 'OUTPUT', quantity: 5 });
    const rowId = Buffer.from(output.id, 'base64').toString().split(':')[1] as string;
    const row = await api.dataSource.getRepository(PrintedFormOutputEntity).findOneByOrFail({ id: rowId });
    expect(row.recordedById).toBeNull();
    expect(row.recordedByApiClientId).not.toBeNull();

    const otherWard = await token(b.sectionId, ['forms:write']);
    expect((await gql(api.graphqlUrl, `query($id: ID!) { node(id: $id) { id } }`, { id: output.id }, { bearer: otherWard })).body.data?.['node']).toBeNull();
    expect((await gql(api.graphqlUrl, RECORD, outputVariables(a), { bearer: otherWard })).body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMS.SECTION_INVALID' });
    const reader = await token(a.sectionId, ['forms:read']);
    expect((await gql(api.graphqlUrl, RECORD, outputVariables(a), { bearer: reader })).body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
  it('reads a page of records with their whole history in one statement per relation whether it holds 2 records or 6 (DataLoaders, no N+1)', async () => {
    const HISTORY = `query($section: ID) { printedFormOutputs(sectionId: $section) { edges { node { id
      storages { quantity place { name } } moves { kind fromPlace { name } toPlace { name } } disposals { quantity place { name } } } } } }`;
    const ledgerStatements = async (s: FormsSection): Promise<string[]> => {
      statements.length = 0;
      const response = await gql(api.graphqlUrl, HISTORY, { section: s.section }, { cookie: s.officerSession });
      expect(response.body.errors).toBeUndefined();
      return statements.filter((q) => /printed_form_output|form_storage|form_move|form_disposal|storage_place/.test(q) && !/^\s*(INSERT|UPDATE)/i.test(q));
    };
    const fill = async (s: FormsSection, count: number): Promise<void> => {
      const cabinet = await place(api, s, '書庫');
      const safe = await place(api, s, '金庫');
      for (let i = 0; i < count; i++) {
        let output = await store(s.handlerSession, await record(s, { formName: `帳票${i}` }), cabinet, 5);
        output = await ok<Output>(api, s.handlerSession, MOVE, { output: output.id, version: output.version, from: cabinet, to: safe, quantity: 2, on: '2026-06-10' }, 'moveForms');
        await ok<Output>(api, s.officerSession, DISPOSE, disposal(output, safe, 1), 'disposeForms');
      }
    };
    const few = await formsSection(api, clock.now(), '試験区少数課');
    const many = await formsSection(api, clock.now(), '試験区多数課');
    await fill(few, 2);
    await fill(many, 6);
    // Per table: the list, one batch per history relation for the whole page, and the places in at most one
    // batch per relation that reaches them (DataLoader ticks) — never one per record.
    const perTable = (list: string[]) => {
      const from = (table: string) => list.filter((q) => new RegExp('FROM [`"]?' + table + '[`"]?\\s').test(q)).length;
      return { outputs: from('printed_form_output'), storages: from('form_storage'), moves: from('form_move'), disposals: from('form_disposal'), places: from('storage_place') };
    };
    for (const counted of [perTable(await ledgerStatements(few)), perTable(await ledgerStatements(many))]) {
      expect(counted).toMatchObject({ outputs: 1, storages: 1, moves: 1, disposals: 1 });
      expect(counted.places).toBeGreaterThanOrEqual(1);
      expect(counted.places).toBeLessThanOrEqual(3);
    }
  });
});
