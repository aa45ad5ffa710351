import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { AuditEventEntity, placeAuditLegalHold, verifyAuditChain, type Principal } from '@juki/domain';
import { MASK } from '@juki/policies';
import type { DataSource } from 'typeorm';
import { SILENT_LOGGER } from '../app/logger';
import { withTransaction } from '../database/with-transaction';
import type { ApiContext } from '../graphql/api-context';
import { operationAuthorizationPlugin } from '../graphql/authorization/operation-authorization.plugin';
import { buildApiSchema } from '../graphql/build-api-schema';
import { formatApiError } from '../graphql/format-error';
import { toGlobalId } from '../graphql/relay/global-id';
import { TEST_DATABASES } from '../testing/test-databases';
import { personalDataReadsPlugin } from './personal-data-reads';
import { auditPersonalFieldReads, personalFieldsOf } from './personal-field-reads';
import { openAuditDatabase, resetAuditTrail, staffPrincipal, SYSTEM_OFFICER } from './testing/audit-fixtures';

const NOW = new Date('2025-06-01T03:00:00.000Z');

interface Result {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * 第19条第1項: reads of personal fields (matrix `personal: true`) are audited without the resolver doing
 * anything — here `AuditLegalHold.reason`, personal and masked for the auditor.
 */
describe.each(TEST_DATABASES)('automatic audit of personal-data reads on $name', (database) => {
  let dataSource: DataSource;
  let server: ApolloServer<ApiContext>;
  let holds: string[];

  async function run(principal: Principal, query: string, variables: Record<string, unknown> = {}): Promise<Result> {
    const contextValue = { requestId: randomUUID(), requestedAt: NOW, principal, sourceAddress: '192.0.2.7', dataSource } as Omit<ApiContext, 'identity'> as ApiContext;
    const response = await server.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('incremental response');
    return response.body.singleResult as Result;
  }

  /** The events appended after the legal holds' own, in order. */
  async function readEvents(): Promise<AuditEventEntity[]> {
    const events = await dataSource.getRepository(AuditEventEntity).find({ order: { sequence: 'ASC' } });
    return events.filter((e) => e.operation !== 'Mutation.placeAuditLegalHold');
  }

  beforeAll(async () => {
    dataSource = await openAuditDatabase(database.config());
    server = new ApolloServer<ApiContext>({
      schema: await buildApiSchema(),
      plugins: [operationAuthorizationPlugin(), personalDataReadsPlugin(SILENT_LOGGER)],
      formatError: formatApiError,
    });
    await server.start();
  });
  beforeEach(async () => {
    await resetAuditTrail(dataSource);
    holds = [];
    for (const caseReference of ['kansa-1', 'kansa-2']) {
      const hold = await withTransaction(dataSource, (manager) =>
        placeAuditLegalHold(manager, SYSTEM_OFFICER, { caseReference, reason: '監査委員の指示', coversFrom: null, coversUntil: null, recordType: 'Staff' }, { at: NOW, source: null }),
      );
      holds.push(hold.id);
    }
  });
  afterAll(async () => {
    await server.stop();
    await dataSource.destroy();
  });

  it('wraps exactly the personal fields of the matrix types the schema exposes', async () => {
    expect(personalFieldsOf('AuditLegalHold')).toEqual(['reason']);
    expect(personalFieldsOf('OperatorIdCard')).toEqual([]);
    const fresh = await buildApiSchema();
    // buildApiSchema wrapped them; a second pass wraps nothing more and names what was wrapped.
    const wrapped = auditPersonalFieldReads(fresh);
    expect(wrapped).toContain('AuditLegalHold.reason');
    expect(wrapped.every((f) => personalFieldsOf(f.split('.')[0] as string).includes(f.split('.')[1] as string))).toBe(true);
    expect(auditPersonalFieldReads(fresh)).toBe(wrapped);
  });

  it('a list selecting a personal field appends exactly one event: who, the operation, the type and every row id', async () => {
    const result = await run(SYSTEM_OFFICER, '{ auditLegalHolds(first: 10) { edges { node { caseReference reason } } } }');
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).toContain('監査委員の指示');
    const events = await readEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      operation: 'Query.auditLegalHolds',
      recordType: 'AuditLegalHold',
      actorKind: 'STAFF',
      actorStaffId: SYSTEM_OFFICER.staffId,
      roles: 'SYSTEM_OFFICER',
      sectionId: null,
      source: '192.0.2.7',
      outcome: 'SUCCESS',
    });
    expect(events[0]?.occurredAt.toISOString()).toBe(NOW.toISOString());
    expect(events[0]?.recordIdList()).toEqual([...holds].sort());
    expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true, checked: 3 });
  });

  it('one event per request however many paths read the rows (aliases, fragments, node), under the root field it was read through', async () => {
    const [a, b] = holds as [string, string];
    const result = await run(
      SYSTEM_OFFICER,
      `query($a: ID!, $b: ID!) {
        first: node(id: $a) { ... on AuditLegalHold { reason } }
        again: node(id: $a) { ...Hold }
        other: node(id: $b) { id }
      }
      fragment Hold on AuditLegalHold { why: reason }`,
      { a: toGlobalId('AuditLegalHold', a), b: toGlobalId('AuditLegalHold', b) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ first: { reason: '監査委員の指示' }, again: { why: '監査委員の指示' } });
    const events = await readEvents();
    expect(events.map((e) => [e.operation, e.recordType, e.recordIdList()])).toEqual([['Query.node', 'AuditLegalHold', [a]]]);
  });

  it('appends nothing for a masked read (the auditor), nor for a query that does not select a personal field', async () => {
    const masked = await run(staffPrincipal('AUDITOR'), '{ auditLegalHolds(first: 10) { edges { node { id reason } } } }');
    expect(masked.errors).toBeUndefined();
    expect(JSON.stringify(masked.data)).toContain(MASK);
    expect(JSON.stringify(masked.data)).not.toContain('監査委員');
    const plain = await run(SYSTEM_OFFICER, '{ auditLegalHolds(first: 10) { totalCount edges { node { id caseReference inForce } } } }');
    expect(plain.errors).toBeUndefined();
    expect(await readEvents()).toEqual([]);
  });

  it('a mutation that returns a personal field is audited by its own event only', async () => {
    const placed = await run(SYSTEM_OFFICER, `mutation { placeAuditLegalHold(input: { caseReference: "kansa-3", reason: "再監査", recordType: "Staff" }) { id reason } }`);
    expect(placed.errors).toBeUndefined();
    expect(await readEvents()).toEqual([]);
    const all = await dataSource.getRepository(AuditEventEntity).findBy({ operation: 'Mutation.placeAuditLegalHold' });
    expect(all).toHaveLength(3);
  });
});
