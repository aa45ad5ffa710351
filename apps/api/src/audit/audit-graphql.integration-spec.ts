import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ANONYMOUS, AuditEventEntity, verifyAuditChain, type Principal } from '@juki/domain';
import { MASK } from '@juki/policies';
import type { DataSource } from 'typeorm';
import { Ctx, Query, Resolver } from 'type-graphql';
import { SILENT_LOGGER } from '../app/logger';
import { API_MODULES } from '../api-modules';
import type { ApiModule } from '../api-module';
import type { ApiContext } from '../graphql/api-context';
import { operationAuthorizationPlugin } from '../graphql/authorization/operation-authorization.plugin';
import { buildApiSchema } from '../graphql/build-api-schema';
import { formatApiError } from '../graphql/format-error';
import { toGlobalId } from '../graphql/relay/global-id';
import { TEST_DATABASES } from '../testing/test-databases';
import { auditAppenderFor } from './audit-appender';
import { personalDataReads, personalDataReadsPlugin } from './personal-data-reads';
import { appendSamples, openAuditDatabase, resetAuditTrail, rowAt, staffPrincipal, storedRows, SYSTEM_OFFICER } from './testing/audit-fixtures';

const SECTION_A = randomUUID();
const SECTION_B = randomUUID();
const NOW = new Date('2025-06-01T03:00:00.000Z');
const jst = (date: string): string => new Date(`${date}T12:00:00+09:00`).toISOString();

/** A test-only query that hands out "personal data" and notes what it read, as record resolvers will. */
@Resolver()
class PersonalDataProbeResolver {
  static ids: string[] = [];

  @Query(() => [String])
  personalDataProbe(@Ctx() context: ApiContext): string[] {
    const [a, b, c] = PersonalDataProbeResolver.ids;
    personalDataReads(context).note('Query.personalDataProbe', 'Staff', SECTION_A, [a as string, b as string]);
    personalDataReads(context).note('Query.personalDataProbe', 'Staff', SECTION_B, c as string);
    personalDataReads(context).note('Query.personalDataProbe', 'Staff', SECTION_A, a as string);
    return ['山田 太郎'];
  }
}
const PROBE_MODULE: ApiModule = { name: 'probe', entities: [], resolvers: [PersonalDataProbeResolver] };

interface Result {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

describe.each(TEST_DATABASES)('the audit GraphQL API on $name', (database) => {
  let dataSource: DataSource;
  let server: ApolloServer<ApiContext>;
  let probeServer: ApolloServer<ApiContext>;

  /** One operation with the request context the HTTP layer builds (principal resolved by identity). */
  async function run(principal: Principal, query: string, variables: Record<string, unknown> = {}, on: ApolloServer<ApiContext> = server): Promise<Result> {
    // The identity part of the context is not used by the audit area.
    const contextValue = { requestId: randomUUID(), requestedAt: NOW, principal, sourceAddress: '192.0.2.44', dataSource } as Omit<ApiContext, 'identity'> as ApiContext;
    const response = await on.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('incremental response');
    return response.body.singleResult as Result;
  }

  const codeOf = (r: Result): unknown => r.errors?.[0]?.extensions?.['code'];
  const reasonOf = (r: Result): unknown => r.errors?.[0]?.extensions?.['reason'];

  beforeAll(async () => {
    dataSource = await openAuditDatabase(database.config());
    server = new ApolloServer<ApiContext>({ schema: await buildApiSchema(), plugins: [operationAuthorizationPlugin()], formatError: formatApiError });
    probeServer = new ApolloServer<ApiContext>({
      schema: await buildApiSchema([...API_MODULES, PROBE_MODULE]),
      plugins: [personalDataReadsPlugin(SILENT_LOGGER)],
      formatError: formatApiError,
    });
    await server.start();
    await probeServer.start();
  });
  beforeEach(async () => {
    await resetAuditTrail(dataSource);
    // 1..3 in section A (3 in 2010), 4..6 in section B; then 7 in A.
    await appendSamples(dataSource, 7, (n) => ({
      sectionId: n <= 3 || n === 7 ? SECTION_A : SECTION_B,
      occurredAt: new Date(n === 3 ? jst('2010-01-01') : n <= 2 ? jst(`200${n}-01-01`) : jst('2025-05-01')),
    }));
  });
  afterAll(async () => {
    await server.stop();
    await probeServer.stop();
    await dataSource.destroy();
  });

  const EVENTS = `query Events($first: Int, $after: String, $last: Int, $operation: String) {
    auditEvents(first: $first, after: $after, last: $last, operation: $operation) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { node { id sequence occurredAt actorKind actorStaffId actorRoles operation recordType recordIds sectionId source outcome hash previousHash } }
    }
  }`;
  type EventsData = { auditEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Record<string, unknown> }[] } };
  const nodes = (r: Result): Record<string, unknown>[] => (r.data as EventsData).auditEvents.edges.map((e) => e.node);

  describe('auditEvents', () => {
    it('pages the whole history for the system officer (keyset, first/after and last), and records the read', async () => {
      const first = await run(SYSTEM_OFFICER, EVENTS, { first: 3 });
      expect(first.errors).toBeUndefined();
      expect(nodes(first).map((n) => n['sequence'])).toEqual([1, 2, 3]);
      expect((first.data as EventsData).auditEvents.totalCount).toBe(7);
      const event = await rowAt(dataSource, 1);
      expect(nodes(first)[0]).toMatchObject({
        id: toGlobalId('AuditEvent', event.id),
        actorKind: 'STAFF',
        actorStaffId: toGlobalId('Staff', SYSTEM_OFFICER.staffId),
        actorRoles: ['SYSTEM_OFFICER'],
        operation: 'Query.staff',
        recordType: 'Staff',
        sectionId: toGlobalId('OrganisationUnit', SECTION_A),
        outcome: 'SUCCESS',
        hash: event.hash,
        previousHash: '0'.repeat(64),
        occurredAt: jst('2001-01-01'),
      });
      const next = await run(SYSTEM_OFFICER, EVENTS, { first: 3, after: (first.data as EventsData).auditEvents.pageInfo.endCursor });
      expect(nodes(next).map((n) => n['sequence'])).toEqual([4, 5, 6]);
      const newest = await run(SYSTEM_OFFICER, EVENTS, { last: 2 });
      // The newest: event 7 and the read event of the first page (the second page's read event comes after it).
      expect(nodes(newest).map((n) => n['operation'])).toEqual(['Query.auditEvents', 'Query.auditEvents']);
      const reads = (await dataSource.getRepository(AuditEventEntity).findBy({ operation: 'Query.auditEvents' })).sort((a, b) => a.sequence - b.sequence);
      expect(reads.map((r) => r.recordIdList().length)).toEqual([3, 3, 2]);
      expect(reads[0]).toMatchObject({ actorStaffId: SYSTEM_OFFICER.staffId, recordType: 'AuditEvent', source: '192.0.2.44', outcome: 'SUCCESS' });
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true, checked: 10 });
    });

    it('shows a security officer only the events of their section — in the SQL, so counts and node agree', async () => {
      const officer = staffPrincipal('SECURITY_OFFICER', SECTION_A);
      const result = await run(officer, EVENTS, { first: 100 });
      expect(result.errors).toBeUndefined();
      expect(nodes(result).map((n) => n['sequence'])).toEqual([1, 2, 3, 7]);
      expect((result.data as EventsData).auditEvents.totalCount).toBe(4);
      const other = await rowAt(dataSource, 4);
      const mine = await rowAt(dataSource, 7);
      const lookup = await run(officer, `query($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { ... on AuditEvent { sequence } } }`, {
        a: toGlobalId('AuditEvent', other.id),
        b: toGlobalId('AuditEvent', mine.id),
      });
      expect(lookup.data).toEqual({ a: null, b: { sequence: 7 } });
    });

    it('masks the client address for the auditor (personal data masked, 第6条第3項第3号)', async () => {
      const result = await run(staffPrincipal('AUDITOR'), EVENTS, { first: 2 });
      expect(result.errors).toBeUndefined();
      for (const node of nodes(result)) expect(node['source']).toBe(MASK);
      const officer = await run(SYSTEM_OFFICER, EVENTS, { first: 1 });
      expect(nodes(officer)[0]?.['source']).toBe('192.0.2.1');
    });

    it('is refused to a handler (FORBIDDEN) and to an anonymous caller (UNAUTHENTICATED), with nothing read', async () => {
      const handler = await run(staffPrincipal('HANDLER', SECTION_A), EVENTS, { first: 1 });
      expect(codeOf(handler)).toBe('FORBIDDEN');
      expect(handler.data ?? null).toBeNull();
      expect(codeOf(await run(ANONYMOUS, EVENTS, { first: 1 }))).toBe('UNAUTHENTICATED');
      expect((await storedRows(dataSource)).length).toBe(7);
    });

    it('refuses a page larger than 100 (BAD_USER_INPUT)', async () => {
      const result = await run(SYSTEM_OFFICER, EVENTS, { first: 101 });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    });
  });

  describe('verifyAuditChain', () => {
    const VERIFY = `query($anchors: [AuditChainAnchorInput!]) {
      verifyAuditChain(anchors: $anchors) { ok checked checkpointSequence verifiedThroughSequence verifiedThroughHash firstBrokenAt { sequence eventId reason } }
    }`;

    it('reports an unbroken chain, then the first broken link after tampering (and records each verification)', async () => {
      const ok = await run(staffPrincipal('AUDITOR'), VERIFY);
      expect(ok.data).toEqual({
        verifyAuditChain: { ok: true, checked: 7, checkpointSequence: null, verifiedThroughSequence: 7, verifiedThroughHash: (await rowAt(dataSource, 7)).hash, firstBrokenAt: null },
      });
      const tampered = await rowAt(dataSource, 5);
      await dataSource.query("UPDATE audit_event SET record_type = 'OperatorIdCard' WHERE sequence = 5");
      const broken = await run(SYSTEM_OFFICER, VERIFY);
      expect(broken.data).toMatchObject({
        verifyAuditChain: { ok: false, checked: 4, firstBrokenAt: { sequence: 5, eventId: toGlobalId('AuditEvent', tampered.id), reason: 'HASH_MISMATCH' } },
      });
      const recorded = await dataSource.getRepository(AuditEventEntity).findBy({ operation: 'Query.verifyAuditChain' });
      expect(recorded.map((e) => e.outcome).sort()).toEqual(['FAILED', 'SUCCESS']);
    });

    it('checks anchors, and refuses malformed ones with AUDIT.ANCHOR_INVALID', async () => {
      const anchored = await run(SYSTEM_OFFICER, VERIFY, { anchors: [{ sequence: 2, hash: 'f'.repeat(64) }] });
      expect(anchored.data).toMatchObject({ verifyAuditChain: { ok: false, firstBrokenAt: { sequence: 2, reason: 'ANCHOR_MISMATCH' } } });
      const bad = await run(SYSTEM_OFFICER, VERIFY, { anchors: [{ sequence: 2, hash: "' OR 1=1 --" }] });
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      expect(reasonOf(bad)).toBe('AUDIT.ANCHOR_INVALID');
    });

    it('is for city-wide readers only', async () => {
      expect(codeOf(await run(staffPrincipal('SECURITY_OFFICER', SECTION_A), VERIFY))).toBe('FORBIDDEN');
      expect(codeOf(await run(staffPrincipal('HANDLER', SECTION_A), VERIFY))).toBe('FORBIDDEN');
    });
  });

  describe('purgeAuditEvents', () => {
    const PURGE = `mutation($before: DateTimeISO!, $maxEvents: Int) {
      purgeAuditEvents(before: $before, maxEvents: $maxEvents) { purgedCount stoppedBy firstKeptSequence eventId checkpoint { id sequence hash purgedCount createdByStaffId } }
    }`;

    it('purges past retention for the system officer, and the rest still verifies', async () => {
      const lastPurged = await rowAt(dataSource, 3);
      const result = await run(SYSTEM_OFFICER, PURGE, { before: jst('2015-01-01') });
      expect(result.errors).toBeUndefined();
      expect(result.data).toMatchObject({
        purgeAuditEvents: { purgedCount: 3, stoppedBy: 'BEFORE', firstKeptSequence: 4, checkpoint: { sequence: 3, hash: lastPurged.hash, purgedCount: 3, createdByStaffId: toGlobalId('Staff', SYSTEM_OFFICER.staffId) } },
      });
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true, checkpoint: { sequence: 3 } });
    });

    it('refuses a purge inside the 7 years with FORBIDDEN / RETENTION.PERIOD_NOT_ENDED and the catalogue text; the refusal is recorded', async () => {
      const result = await run(SYSTEM_OFFICER, PURGE, { before: jst('2020-01-01') });
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'RETENTION.PERIOD_NOT_ENDED',
        article: '第19条第1項',
        message: { ja: expect.stringContaining('7年') as unknown, en: expect.stringContaining('7 years') as unknown },
      });
      expect((await storedRows(dataSource)).map((r) => r.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      const [refusal] = await dataSource.getRepository(AuditEventEntity).findBy({ operation: 'Mutation.purgeAuditEvents' });
      expect(refusal).toMatchObject({ outcome: 'DENIED', actorStaffId: SYSTEM_OFFICER.staffId });
    });

    it('is refused to everyone but the system officer before anything runs', async () => {
      for (const principal of [staffPrincipal('AUDITOR'), staffPrincipal('SYSTEM_ADMINISTRATOR')]) {
        expect(codeOf(await run(principal, PURGE, { before: jst('2015-01-01') }))).toBe('FORBIDDEN');
      }
      expect((await storedRows(dataSource)).length).toBe(7);
    });

    it('refuses maxEvents out of range with AUDIT.PURGE_LIMIT_INVALID', async () => {
      const result = await run(SYSTEM_OFFICER, PURGE, { before: jst('2015-01-01'), maxEvents: 0 });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(reasonOf(result)).toBe('AUDIT.PURGE_LIMIT_INVALID');
    });
  });

  describe('legal holds', () => {
    const PLACE = `mutation($input: PlaceAuditLegalHoldInput!) { placeAuditLegalHold(input: $input) { id caseReference reason coversFrom coversUntil recordType inForce version placedByStaffId } }`;
    const RELEASE = `mutation($input: ReleaseAuditLegalHoldInput!) { releaseAuditLegalHold(input: $input) { id inForce version releasedAt } }`;
    const HOLDS = `query { auditLegalHolds(first: 10) { totalCount edges { node { id caseReference reason inForce } } } }`;

    it('are placed, listed (reason masked for the auditor), kept by a purge, and released with the version seen', async () => {
      const placed = await run(SYSTEM_OFFICER, PLACE, { input: { caseReference: 'kansa-2025-3', reason: '監査のため', coversFrom: jst('2001-06-01'), coversUntil: jst('2003-01-01') } });
      expect(placed.errors).toBeUndefined();
      const hold = (placed.data as { placeAuditLegalHold: { id: string; version: number } }).placeAuditLegalHold;
      expect(hold).toMatchObject({ caseReference: 'kansa-2025-3', inForce: true, version: 1, placedByStaffId: toGlobalId('Staff', SYSTEM_OFFICER.staffId) });

      const listed = await run(staffPrincipal('AUDITOR'), HOLDS);
      expect(listed.data).toEqual({ auditLegalHolds: { totalCount: 1, edges: [{ node: { id: hold.id, caseReference: 'kansa-2025-3', reason: MASK, inForce: true } }] } });

      const purged = await run(SYSTEM_OFFICER, `mutation { purgeAuditEvents(before: "${jst('2015-01-01')}") { purgedCount stoppedBy } }`);
      expect(purged.data).toEqual({ purgeAuditEvents: { purgedCount: 1, stoppedBy: 'LEGAL_HOLD' } });

      const stale = await run(SYSTEM_OFFICER, RELEASE, { input: { id: hold.id, version: 5 } });
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(reasonOf(stale)).toBe('AUDIT.LEGAL_HOLD_STALE');
      const released = await run(SYSTEM_OFFICER, RELEASE, { input: { id: hold.id, version: 1 } });
      expect(released.data).toMatchObject({ releaseAuditLegalHold: { id: hold.id, inForce: false, version: 2 } });
      const missing = await run(SYSTEM_OFFICER, RELEASE, { input: { id: toGlobalId('AuditLegalHold', randomUUID()), version: 1 } });
      expect(codeOf(missing)).toBe('NOT_FOUND');
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true });
    });

    it('refuse a hold that covers nothing (BAD_USER_INPUT) and anyone but the system officer (FORBIDDEN)', async () => {
      const empty = await run(SYSTEM_OFFICER, PLACE, { input: { caseReference: 'x-1', reason: 'r' } });
      expect(codeOf(empty)).toBe('BAD_USER_INPUT');
      expect(reasonOf(empty)).toBe('AUDIT.LEGAL_HOLD_SCOPE_REQUIRED');
      expect(codeOf(await run(staffPrincipal('AUDITOR'), PLACE, { input: { caseReference: 'x-1', reason: 'r', recordType: 'Staff' } }))).toBe('FORBIDDEN');
    });
  });

  it('offers no way to edit or delete events: the only audit mutations are the purge and the legal holds', async () => {
    const schema = await buildApiSchema();
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).filter((name) => /audit/i.test(name));
    expect(mutations.sort()).toEqual(['placeAuditLegalHold', 'purgeAuditEvents', 'releaseAuditLegalHold']);
  });

  describe('personal-data reads (one event per request, record type and section)', () => {
    it('appends the reads of a request when it completes, ids de-duplicated', async () => {
      PersonalDataProbeResolver.ids = [randomUUID(), randomUUID(), randomUUID()];
      const [a, b, c] = PersonalDataProbeResolver.ids as [string, string, string];
      const result = await run(staffPrincipal('SYSTEM_OFFICER'), '{ personalDataProbe }', {}, probeServer);
      expect(result.data).toEqual({ personalDataProbe: ['山田 太郎'] });
      const events = await dataSource.getRepository(AuditEventEntity).findBy({ operation: 'Query.personalDataProbe' });
      expect(events.map((e) => [e.sectionId, e.recordIdList()]).sort()).toEqual(
        [
          [SECTION_A, [a, b].sort()],
          [SECTION_B, [c]],
        ].sort(),
      );
      expect(events.every((e) => e.recordType === 'Staff' && e.source === '192.0.2.44')).toBe(true);
    });

    it('withholds the data when its read event cannot be written (fail closed)', async () => {
      PersonalDataProbeResolver.ids = ['a-password-like-Passw0rd!', randomUUID(), randomUUID()];
      const result = await run(staffPrincipal('SYSTEM_OFFICER'), '{ personalDataProbe }', {}, probeServer);
      expect(result.data ?? null).toBeNull();
      expect(codeOf(result)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(result)).not.toContain('山田');
      expect(JSON.stringify(await dataSource.query('SELECT * FROM audit_event'))).not.toContain('Passw0rd');
    });
  });

  it('group-commits concurrent read events: far fewer transactions than requests, one unbroken chain', async () => {
    const appender = auditAppenderFor(dataSource);
    const before = appender.stats;
    const requests = 200;
    await Promise.all(
      Array.from({ length: requests }, (_, i) =>
        appender.append([
          { principal: SYSTEM_OFFICER, roles: ['SYSTEM_OFFICER'], operation: 'Query.staff', recordType: 'Staff', recordIds: [randomUUID()], sectionId: SECTION_A, source: null, outcome: 'SUCCESS', occurredAt: new Date(NOW.getTime() + i) },
        ]),
      ),
    );
    const after = appender.stats;
    expect(after.events - before.events).toBe(requests);
    expect(after.flushes - before.flushes).toBeLessThan(requests / 4);
    expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true, checked: 7 + requests });
  });
});
