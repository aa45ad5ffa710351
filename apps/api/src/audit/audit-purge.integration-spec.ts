import {
  AuditCheckpointEntity,
  DomainError,
  placeAuditLegalHold,
  purgeAuditEvents,
  releaseAuditLegalHold,
  verifyAuditChain,
  type AuditedRequest,
  type Principal,
  type PurgeAuditEventsInput,
} from '@juki/domain';
import type { DataSource } from 'typeorm';
import { withTransaction } from '../database/with-transaction';
import { TEST_DATABASES } from '../testing/test-databases';
import { appendSamples, openAuditDatabase, resetAuditTrail, rowAt, staffPrincipal, storedRows, SYSTEM_OFFICER } from './testing/audit-fixtures';

const jst = (date: string, time = '12:00'): Date => new Date(`${date}T${time}:00+09:00`);
const NOW = jst('2025-06-01');
const REQUEST: AuditedRequest = { at: NOW, source: '192.0.2.10' };

/** Events 1..3 in 2010, 2011 and 2012; 4 in 2024 (within the 7 years); 5 about an OperatorIdCard in 2013. */
const YEARS = [2010, 2011, 2012, 2024, 2013];

async function appendHistory(dataSource: DataSource): Promise<void> {
  await appendSamples(dataSource, YEARS.length, (n) => ({
    occurredAt: jst(`${YEARS[n - 1]}-03-01`),
    recordType: n === 5 ? 'OperatorIdCard' : 'Staff',
  }));
}

describe.each(TEST_DATABASES)('purging the operation history on $name', (database) => {
  let dataSource: DataSource;

  const purge = (input: PurgeAuditEventsInput, principal: Principal = SYSTEM_OFFICER, request = REQUEST) =>
    withTransaction(dataSource, (m) => purgeAuditEvents(m, principal, input, request));

  beforeAll(async () => {
    dataSource = await openAuditDatabase(database.config());
  });
  beforeEach(async () => {
    await resetAuditTrail(dataSource);
    await appendHistory(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('removes only events past retention, leaves a checkpoint, audits itself, and the rest still verifies', async () => {
    const lastPurged = await rowAt(dataSource, 3);
    const result = await purge({ before: jst('2018-01-01') });
    expect(result).toMatchObject({ purgedCount: 3, stoppedBy: 'BEFORE', firstKeptSequence: 4 });
    expect(result.checkpoint).toMatchObject({ sequence: 3, hash: lastPurged.hash, purgedCount: 3, createdByStaffId: SYSTEM_OFFICER.staffId });
    expect((await storedRows(dataSource)).map((r) => r.sequence)).toEqual([4, 5, 6]);
    expect(result.event).toMatchObject({
      sequence: 6,
      operation: 'Mutation.purgeAuditEvents',
      recordType: 'AuditCheckpoint',
      recordIds: JSON.stringify([result.checkpoint?.id]),
      actorStaffId: SYSTEM_OFFICER.staffId,
      outcome: 'SUCCESS',
    });
    expect(await verifyAuditChain(dataSource.manager)).toEqual({
      ok: true,
      checked: 3,
      checkpoint: { sequence: 3, hash: lastPurged.hash },
      verifiedThrough: { sequence: 6, hash: result.event.hash },
    });
  });

  it('stops at the first event still within retention (what goes is a prefix: the chain stays whole)', async () => {
    // 2013 is past retention but comes after 2024 in the chain: it waits until 2024 can go too.
    const result = await purge({ before: jst('2018-05-01') });
    expect(result).toMatchObject({ purgedCount: 3, stoppedBy: 'BEFORE', firstKeptSequence: 4 });
    expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true });
  });

  it('refuses a `before` inside the keeping period with RETENTION.PERIOD_NOT_ENDED, and deletes nothing', async () => {
    const attempt = purge({ before: jst('2019-01-01', '00:00') });
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ code: 'RETENTION.PERIOD_NOT_ENDED', article: '第19条第1項', params: { years: 7, until: '2025-12-31' } });
    expect((await storedRows(dataSource)).map((r) => r.sequence)).toEqual([1, 2, 3, 4, 5]);
    expect(await dataSource.getRepository(AuditCheckpointEntity).count()).toBe(0);
  });

  it('counts the boundary as 第19条 and the Civil Code do: on 2025-06-01 (JST) events of 2018-05-31 may go, of 2018-06-01 not', async () => {
    await expect(purge({ before: jst('2018-06-01', '00:00') })).resolves.toMatchObject({ purgedCount: 3 });
    await expect(purge({ before: jst('2018-06-01', '00:01') })).rejects.toMatchObject({ code: 'RETENTION.PERIOD_NOT_ENDED' });
  });

  it('never purges under a legal hold (time range), and purges once it is released', async () => {
    const hold = await withTransaction(dataSource, (m) =>
      placeAuditLegalHold(m, SYSTEM_OFFICER, { caseReference: 'kansa-2025-003', reason: '監査のため保全', coversFrom: jst('2011-01-01'), coversUntil: jst('2012-01-01'), recordType: null }, REQUEST),
    );
    const held = await purge({ before: jst('2018-01-01') });
    expect(held).toMatchObject({ purgedCount: 1, stoppedBy: 'LEGAL_HOLD', firstKeptSequence: 2 });
    expect((await storedRows(dataSource))[0]?.sequence).toBe(2);
    expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true, checkpoint: { sequence: 1 } });

    await withTransaction(dataSource, (m) => releaseAuditLegalHold(m, SYSTEM_OFFICER, { id: hold.id, expectedVersion: hold.version }, REQUEST));
    const released = await purge({ before: jst('2018-01-01') });
    expect(released).toMatchObject({ purgedCount: 2, stoppedBy: 'BEFORE', firstKeptSequence: 4 });
    expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true, checkpoint: { sequence: 3 } });
    expect(await dataSource.getRepository(AuditCheckpointEntity).count()).toBe(2);
  });

  it('never purges under a legal hold by record type, whenever the event occurred', async () => {
    await resetAuditTrail(dataSource);
    await appendSamples(dataSource, 4, (n) => ({ occurredAt: jst(`201${n}-03-01`), recordType: n === 3 ? 'OperatorIdCard' : 'Staff' }));
    await withTransaction(dataSource, (m) =>
      placeAuditLegalHold(m, SYSTEM_OFFICER, { caseReference: 'card-theft-7', reason: 'IDカード盗難の調査', coversFrom: null, coversUntil: null, recordType: 'OperatorIdCard' }, REQUEST),
    );
    expect(await purge({ before: jst('2018-01-01') })).toMatchObject({ purgedCount: 2, stoppedBy: 'LEGAL_HOLD', firstKeptSequence: 3 });
  });

  it('reads no more of the history than it can use: small pages first, never past the limit + 1', async () => {
    const limits: number[] = [];
    const logger = dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      const match = /FROM [`"]?audit_event[`"]? [`"]?e[`"]?.* LIMIT (\d+)/s.exec(query);
      if (match) limits.push(Number(match[1]));
      return logQuery(query, parameters, runner);
    };
    try {
      // Stops at once (event 1 is held by nothing, but 2009 is before everything: BEFORE at event 1).
      expect(await purge({ before: jst('2009-01-01') })).toMatchObject({ purgedCount: 0, stoppedBy: 'BEFORE' });
      expect(limits[0]).toBe(32);
      limits.length = 0;
      expect(await purge({ before: jst('2018-01-01'), maxEvents: 2 })).toMatchObject({ purgedCount: 2, stoppedBy: 'LIMIT' });
      // The walk reads the 2 events it may purge and the one that says why it stops, no more.
      expect(limits[0]).toBe(3);
    } finally {
      logger.logQuery = logQuery;
    }
  });

  it('purges at most `maxEvents` at a time', async () => {
    expect(await purge({ before: jst('2018-01-01'), maxEvents: 2 })).toMatchObject({ purgedCount: 2, stoppedBy: 'LIMIT', firstKeptSequence: 3 });
    expect(await purge({ before: jst('2018-01-01'), maxEvents: 2 })).toMatchObject({ purgedCount: 1, stoppedBy: 'BEFORE', firstKeptSequence: 4 });
    expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true, checkpoint: { sequence: 3 } });
  });

  it('purges everything when everything is past retention: the purge event continues the checkpoint', async () => {
    const result = await purge({ before: jst('2030-01-01') }, SYSTEM_OFFICER, { at: jst('2040-01-01'), source: null });
    expect(result).toMatchObject({ purgedCount: 6 - 1, stoppedBy: 'END', firstKeptSequence: 6 });
    expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true, checked: 1, checkpoint: { sequence: 5 } });
  });

  it('is for the system officer only (PERMISSIONS.FORBIDDEN, nothing deleted)', async () => {
    for (const principal of [staffPrincipal('AUDITOR'), staffPrincipal('SYSTEM_ADMINISTRATOR'), staffPrincipal('SECURITY_OFFICER', 'chuo-shimin')]) {
      await expect(purge({ before: jst('2018-01-01') }, principal)).rejects.toMatchObject({ code: 'PERMISSIONS.FORBIDDEN' });
    }
    await expect(purge({ before: jst('2018-01-01') }, { kind: 'ANONYMOUS' })).rejects.toMatchObject({ code: 'PERMISSIONS.FORBIDDEN' });
    expect((await storedRows(dataSource)).length).toBe(5);
  });

  it('refuses to purge a tampered history (AUDIT.CHAIN_BROKEN at the first broken link)', async () => {
    await dataSource.query("UPDATE audit_event SET outcome = 'DENIED' WHERE sequence = 2");
    await expect(purge({ before: jst('2018-01-01') })).rejects.toMatchObject({ code: 'AUDIT.CHAIN_BROKEN', params: { sequence: 2, reason: 'HASH_MISMATCH' } });
    expect((await storedRows(dataSource)).length).toBe(5);
  });

  it('detects events deleted after a purge against its checkpoint (CHECKPOINT_MISMATCH)', async () => {
    await purge({ before: jst('2018-01-01') });
    await dataSource.query('DELETE FROM audit_event WHERE sequence = 4');
    const second = await rowAt(dataSource, 5);
    expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: false, checked: 0, firstBrokenAt: { sequence: 5, id: second.id, reason: 'CHECKPOINT_MISMATCH' } });
  });

  it('detects a forged checkpoint (its hash is not the one the next event sealed)', async () => {
    await purge({ before: jst('2018-01-01') });
    await dataSource.query("UPDATE audit_checkpoint SET hash = 'c0ffee'");
    expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: false, firstBrokenAt: { sequence: 4, reason: 'CHECKPOINT_MISMATCH' } });
  });

  describe('legal holds', () => {
    const place = (input: Partial<Parameters<typeof placeAuditLegalHold>[2]>, principal: Principal = SYSTEM_OFFICER) =>
      withTransaction(dataSource, (m) =>
        placeAuditLegalHold(m, principal, { caseReference: 'case-1', reason: '保全', coversFrom: null, coversUntil: null, recordType: 'Staff', ...input }, REQUEST),
      );

    it('are placed and released by the system officer only, each audited in the same transaction', async () => {
      await expect(place({}, staffPrincipal('AUDITOR'))).rejects.toMatchObject({ code: 'PERMISSIONS.FORBIDDEN' });
      const hold = await place({});
      await expect(
        withTransaction(dataSource, (m) => releaseAuditLegalHold(m, staffPrincipal('SYSTEM_ADMINISTRATOR'), { id: hold.id, expectedVersion: 1 }, REQUEST)),
      ).rejects.toMatchObject({ code: 'PERMISSIONS.FORBIDDEN' });
      const released = await withTransaction(dataSource, (m) => releaseAuditLegalHold(m, SYSTEM_OFFICER, { id: hold.id, expectedVersion: 1 }, REQUEST));
      expect(released).toMatchObject({ releasedByStaffId: SYSTEM_OFFICER.staffId, version: 2 });
      const events = (await dataSource.query('SELECT operation, record_type AS t, record_ids AS ids FROM audit_event WHERE sequence > 5 ORDER BY sequence')) as {
        operation: string;
        t: string;
        ids: string;
      }[];
      expect(events).toEqual([
        { operation: 'Mutation.placeAuditLegalHold', t: 'AuditLegalHold', ids: JSON.stringify([hold.id]) },
        { operation: 'Mutation.releaseAuditLegalHold', t: 'AuditLegalHold', ids: JSON.stringify([hold.id]) },
      ]);
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true, checked: 7 });
    });

    it('must cover something, in a valid range, with a case reference', async () => {
      await expect(place({ recordType: null })).rejects.toMatchObject({ code: 'AUDIT.LEGAL_HOLD_SCOPE_REQUIRED' });
      await expect(place({ coversFrom: jst('2012-01-01'), coversUntil: jst('2011-01-01') })).rejects.toMatchObject({ code: 'AUDIT.LEGAL_HOLD_RANGE_INVALID' });
      await expect(place({ caseReference: 'DROP TABLE audit_event;' })).rejects.toMatchObject({ code: 'AUDIT.LEGAL_HOLD_REFERENCE_INVALID' });
      await expect(place({ reason: '   ' })).rejects.toMatchObject({ code: 'AUDIT.LEGAL_HOLD_REFERENCE_INVALID' });
    });

    it('refuse a stale or repeated release (never overwrite)', async () => {
      const hold = await place({});
      await expect(withTransaction(dataSource, (m) => releaseAuditLegalHold(m, SYSTEM_OFFICER, { id: hold.id, expectedVersion: 7 }, REQUEST))).rejects.toMatchObject({
        code: 'AUDIT.LEGAL_HOLD_STALE',
      });
      await withTransaction(dataSource, (m) => releaseAuditLegalHold(m, SYSTEM_OFFICER, { id: hold.id, expectedVersion: 1 }, REQUEST));
      await expect(withTransaction(dataSource, (m) => releaseAuditLegalHold(m, SYSTEM_OFFICER, { id: hold.id, expectedVersion: 2 }, REQUEST))).rejects.toMatchObject({
        code: 'AUDIT.LEGAL_HOLD_ALREADY_RELEASED',
      });
      await expect(
        withTransaction(dataSource, (m) => releaseAuditLegalHold(m, SYSTEM_OFFICER, { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1 }, REQUEST)),
      ).rejects.toMatchObject({ code: 'AUDIT.LEGAL_HOLD_NOT_FOUND' });
    });

    it('placed concurrently with a purge: either the purge sees it or it is placed after (never a held event deleted)', async () => {
      const results = await Promise.all([
        purge({ before: jst('2018-01-01') }),
        place({ recordType: null, coversFrom: jst('2010-01-01'), coversUntil: jst('2010-12-31') }),
      ]);
      const [purged] = results;
      const remaining = (await storedRows(dataSource)).map((r) => r.sequence);
      if (purged.purgedCount === 0) expect(remaining[0]).toBe(1);
      else expect(purged.purgedCount).toBe(3);
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true });
    });
  });
});
