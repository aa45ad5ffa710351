import { randomUUID } from 'node:crypto';
import { appendAuditEvent, auditEventHash, AuditEventEntity, DomainError, verifyAuditChain, type AuditEventInput } from '@juki/domain';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../database/create-data-source';
import type { DatabaseConfig } from '../database/database-config';
import { withTransaction, type RetryEvent } from '../database/with-transaction';
import { apiEntities } from '../api-modules';
import { TEST_DATABASES } from '../testing/test-databases';
import { appendSamples, openAuditDatabase, resetAuditTrail, rowAt, sampleEvent, storedRows, SYSTEM_OFFICER } from './testing/audit-fixtures';

/** Every column of audit_event, as SQL sees it. */
const COLUMNS = [
  'id',
  'sequence',
  'occurred_at',
  'actor_kind',
  'actor_staff_id',
  'actor_api_client_id',
  'roles',
  'operation',
  'record_type',
  'record_ids',
  'section_id',
  'source',
  'outcome',
  'previous_hash',
  'hash',
] as const;

type Row = Record<(typeof COLUMNS)[number], unknown>;

async function fullRow(dataSource: DataSource, sequence: number): Promise<Row> {
  const [row] = (await dataSource.query(`SELECT ${COLUMNS.join(', ')} FROM audit_event WHERE sequence = ?`, [sequence])) as Row[];
  if (!row) throw new Error(`no event ${sequence}`);
  return row;
}

async function setColumns(dataSource: DataSource, sequence: number, values: Partial<Row>): Promise<void> {
  const names = Object.keys(values);
  await dataSource.query(`UPDATE audit_event SET ${names.map((n) => `${n} = ?`).join(', ')} WHERE sequence = ?`, [
    ...names.map((n) => values[n as keyof Row]),
    sequence,
  ]);
}

/** The entity as TypeORM reads it (to compute a forged hash as an attacker who knows the format would). */
async function entityAt(dataSource: DataSource, sequence: number): Promise<AuditEventEntity> {
  return dataSource.getRepository(AuditEventEntity).findOneByOrFail({ sequence });
}

describe.each(TEST_DATABASES)('the audit chain on $name', (database) => {
  let config: DatabaseConfig;
  let dataSource: DataSource;

  beforeAll(async () => {
    config = database.config();
    dataSource = await openAuditDatabase(config);
  });
  beforeEach(async () => {
    await resetAuditTrail(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('verifies an empty chain and a chain of appended events', async () => {
    expect(await verifyAuditChain(dataSource.manager)).toEqual({ ok: true, checked: 0, checkpoint: null, verifiedThrough: null });
    await appendSamples(dataSource, 7);
    const rows = await storedRows(dataSource);
    expect(rows.map((r) => r.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows[0]?.previous_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.previous_hash).toBe(rows[i - 1]?.hash);
    const result = await verifyAuditChain(dataSource.manager, { pageSize: 3 });
    expect(result).toEqual({ ok: true, checked: 7, checkpoint: null, verifiedThrough: { sequence: 7, hash: rows[6]?.hash } });
  });

  it('keeps every field as appended (round trip through the database, milliseconds and all)', async () => {
    const input = sampleEvent(1, { occurredAt: new Date('2025-03-31T15:04:05.678Z'), roles: ['SYSTEM_OFFICER', 'AUDITOR'] });
    const appended = await withTransaction(dataSource, (m) => appendAuditEvent(m, input));
    const stored = await entityAt(dataSource, 1);
    expect(stored.occurredAt.toISOString()).toBe('2025-03-31T15:04:05.678Z');
    expect(stored.roleList()).toEqual(['AUDITOR', 'SYSTEM_OFFICER']);
    expect(stored.recordIdList()).toEqual(input.recordIds);
    expect(auditEventHash(stored)).toBe(appended.hash);
  });

  it('writes the event in the caller’s transaction: rolled back with it', async () => {
    await appendSamples(dataSource, 2);
    await expect(
      withTransaction(dataSource, async (m) => {
        await appendAuditEvent(m, sampleEvent(3));
        throw new Error('the mutation failed');
      }),
    ).rejects.toThrow('the mutation failed');
    expect((await storedRows(dataSource)).length).toBe(2);
    await appendSamples(dataSource, 1);
    expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true, checked: 3 });
  });

  describe('detects tampering with SQL at the right link', () => {
    const MODIFIED: [string, (row: Row) => unknown][] = [
      ['id', () => randomUUID()],
      ['occurred_at', () => '2025-01-01 00:00:03.124'],
      ['actor_kind', () => 'API_CLIENT'],
      ['actor_staff_id', () => randomUUID()],
      ['actor_api_client_id', () => randomUUID()],
      ['roles', () => 'AUDITOR'],
      ['operation', () => 'Query.auditEvents'],
      ['record_type', () => 'OperatorIdCard'],
      ['record_ids', (row) => String(row.record_ids).replace(/^\["/, '["0')],
      ['section_id', () => 'mihama-shimin'],
      ['source', () => '203.0.113.9'],
      ['outcome', () => 'DENIED'],
      ['previous_hash', () => 'f'.repeat(64)],
      ['hash', () => 'e'.repeat(64)],
    ];

    it('covers every column of audit_event', () => {
      expect([...MODIFIED.map(([c]) => c), 'sequence'].sort()).toEqual([...COLUMNS].sort());
    });

    it.each(MODIFIED)('a modified %s → HASH_MISMATCH at that event', async (column, value) => {
      await appendSamples(dataSource, 5);
      const before = await fullRow(dataSource, 3);
      const changed = value(before);
      expect(changed).not.toEqual(before[column as keyof Row]);
      await setColumns(dataSource, 3, { [column]: changed });
      const id = column === 'id' ? changed : before.id;
      const result = await verifyAuditChain(dataSource.manager, { pageSize: 2 });
      expect(result).toMatchObject({ ok: false, checked: 2, firstBrokenAt: { sequence: 3, id, reason: 'HASH_MISMATCH' } });
    });

    it('a modified sequence → SEQUENCE_GAP at the event after it', async () => {
      await appendSamples(dataSource, 5);
      const next = await rowAt(dataSource, 4);
      await setColumns(dataSource, 3, { sequence: 1000 });
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: false, checked: 2, firstBrokenAt: { sequence: 4, id: next.id, reason: 'SEQUENCE_GAP' } });
    });

    it('a modified event re-sealed with a recomputed hash → PREVIOUS_HASH_MISMATCH at the next event', async () => {
      await appendSamples(dataSource, 5);
      const forged = Object.assign(await entityAt(dataSource, 3), { outcome: 'DENIED' as const });
      await setColumns(dataSource, 3, { outcome: 'DENIED', hash: auditEventHash(forged) });
      const next = await rowAt(dataSource, 4);
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: false, checked: 3, firstBrokenAt: { sequence: 4, id: next.id, reason: 'PREVIOUS_HASH_MISMATCH' } });
    });

    it('a deleted event in the middle → SEQUENCE_GAP at the event after it', async () => {
      await appendSamples(dataSource, 5);
      const next = await rowAt(dataSource, 4);
      await dataSource.query('DELETE FROM audit_event WHERE sequence = 3');
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: false, checked: 2, firstBrokenAt: { sequence: 4, id: next.id, reason: 'SEQUENCE_GAP' } });
    });

    it('a deleted first event → SEQUENCE_GAP at the new first event', async () => {
      await appendSamples(dataSource, 5);
      const second = await rowAt(dataSource, 2);
      await dataSource.query('DELETE FROM audit_event WHERE sequence = 1');
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: false, checked: 0, firstBrokenAt: { sequence: 2, id: second.id, reason: 'SEQUENCE_GAP' } });
    });

    it('a deleted last event (or several) → HEAD_MISMATCH where the head says the chain ends', async () => {
      await appendSamples(dataSource, 5);
      const last = await rowAt(dataSource, 5);
      await dataSource.query('DELETE FROM audit_event WHERE sequence >= 4');
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: false, checked: 3, firstBrokenAt: { sequence: 5, id: last.id, reason: 'HEAD_MISMATCH' } });
    });

    it('every event deleted → HEAD_MISMATCH', async () => {
      await appendSamples(dataSource, 3);
      await dataSource.query('DELETE FROM audit_event');
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: false, checked: 0, firstBrokenAt: { sequence: 3, reason: 'HEAD_MISMATCH' } });
    });

    it('two events reordered (their contents swapped, sequence numbers kept) → HASH_MISMATCH at the first of them', async () => {
      await appendSamples(dataSource, 5);
      const second = await fullRow(dataSource, 2);
      const third = await fullRow(dataSource, 3);
      const { sequence: _s2, ...contentOf2 } = second;
      const { sequence: _s3, ...contentOf3 } = third;
      // Unique id and previous_hash: move one out of the way first.
      await setColumns(dataSource, 3, { id: randomUUID(), previous_hash: 'x' });
      await setColumns(dataSource, 2, contentOf3);
      await setColumns(dataSource, 3, contentOf2);
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: false, checked: 1, firstBrokenAt: { sequence: 2, id: third.id, reason: 'HASH_MISMATCH' } });
    });

    it('two events reordered by swapping their sequence numbers → HASH_MISMATCH at the first of them', async () => {
      await appendSamples(dataSource, 5);
      const third = await rowAt(dataSource, 3);
      await setColumns(dataSource, 2, { sequence: 1002 });
      await setColumns(dataSource, 3, { sequence: 2 });
      await setColumns(dataSource, 1002, { sequence: 3 });
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: false, checked: 1, firstBrokenAt: { sequence: 2, id: third.id, reason: 'HASH_MISMATCH' } });
    });

    async function insertRow(row: Row): Promise<void> {
      await dataSource.query(`INSERT INTO audit_event (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`, COLUMNS.map((c) => row[c]));
    }

    /** A well-formed event sealed as the API would, following `previous` — what an attacker who read the code could write. */
    async function forgedAfter(sequence: number, previousHash: string): Promise<Row> {
      const template = await entityAt(dataSource, 1);
      const forged = Object.assign(new AuditEventEntity(), template, { id: randomUUID(), sequence, previousHash, operation: 'Query.ruleCatalogue' });
      forged.hash = auditEventHash(forged);
      const base = await fullRow(dataSource, 1);
      return { ...base, id: forged.id, sequence, operation: forged.operation, previous_hash: previousHash, hash: forged.hash };
    }

    it('an event inserted at the end, correctly sealed, but without the head → HEAD_MISMATCH at it', async () => {
      await appendSamples(dataSource, 5);
      const row = await forgedAfter(6, (await rowAt(dataSource, 5)).hash);
      await insertRow(row);
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: false, checked: 5, firstBrokenAt: { sequence: 6, id: row.id, reason: 'HEAD_MISMATCH' } });
    });

    it('an event inserted in the middle (later ones renumbered), correctly sealed → HASH_MISMATCH at the event after it', async () => {
      await appendSamples(dataSource, 5);
      const movedThird = await rowAt(dataSource, 3);
      for (const s of [5, 4, 3]) await setColumns(dataSource, s, { sequence: s + 1 });
      const forged = await forgedAfter(3, (await rowAt(dataSource, 2)).hash);
      // UNIQUE(previous_hash): the database refuses two events after the same one, so the attacker relinks.
      await expect(insertRow(forged)).rejects.toThrow();
      await setColumns(dataSource, 4, { previous_hash: forged.hash });
      await insertRow(forged);
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: false, checked: 3, firstBrokenAt: { sequence: 4, id: movedThird.id, reason: 'HASH_MISMATCH' } });
    });

    it('an event inserted in the middle with a made-up hash → HASH_MISMATCH at it', async () => {
      await appendSamples(dataSource, 5);
      for (const s of [5, 4, 3]) await setColumns(dataSource, s, { sequence: s + 1 });
      const row = { ...(await forgedAfter(3, (await rowAt(dataSource, 2)).hash)), hash: 'a'.repeat(64) };
      await setColumns(dataSource, 4, { previous_hash: row.hash });
      await insertRow(row);
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: false, checked: 2, firstBrokenAt: { sequence: 3, id: row.id, reason: 'HASH_MISMATCH' } });
    });

    it('an event inserted before the first → SEQUENCE_GAP at it', async () => {
      await appendSamples(dataSource, 3);
      const row = await forgedAfter(0, '0'.repeat(64));
      await setColumns(dataSource, 1, { previous_hash: 'moved' });
      await setColumns(dataSource, 1, { previous_hash: '0'.repeat(64) });
      await insertRow({ ...row, previous_hash: 'b'.repeat(64) });
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: false, checked: 0, firstBrokenAt: { sequence: 0, id: row.id, reason: 'SEQUENCE_GAP' } });
    });

    it('the whole chain rewritten and re-sealed, head included → only an anchor written down earlier reveals it', async () => {
      await appendSamples(dataSource, 4);
      const honest = await verifyAuditChain(dataSource.manager);
      const anchor = honest.verifiedThrough;
      expect(anchor).toEqual({ sequence: 4, hash: (await rowAt(dataSource, 4)).hash });
      // Rewrite event 2 and re-seal 2..4 and the head.
      let previous = (await rowAt(dataSource, 1)).hash;
      for (const s of [2, 3, 4]) {
        const event = Object.assign(await entityAt(dataSource, s), { previousHash: previous }, s === 2 ? { outcome: 'FAILED' as const } : {});
        event.hash = auditEventHash(event);
        await setColumns(dataSource, s, { previous_hash: 'tmp' + s });
        await setColumns(dataSource, s, { outcome: event.outcome, previous_hash: event.previousHash, hash: event.hash });
        previous = event.hash;
      }
      await dataSource.query('UPDATE audit_chain_head SET last_hash = ?', [previous]);
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true, checked: 4 });
      expect(await verifyAuditChain(dataSource.manager, { anchors: [anchor as { sequence: number; hash: string }] })).toMatchObject({
        ok: false,
        firstBrokenAt: { sequence: 4, reason: 'ANCHOR_MISMATCH' },
      });
    });
  });

  describe('refuses what is not an identifier (no secret reaches the trail)', () => {
    const SECRETS: [string, Partial<AuditEventInput>][] = [
      ['a password as a record id', { recordIds: ['Tr0ub4dor&3'] }],
      ['a PIN as a record id', { recordIds: ['4821'] }],
      ['a bearer token as a record id', { recordIds: ['jks_9fQ2xLr7TzVb0KmN4pWc8sYh1uEa6dGo3iJk5lMn'] }],
      ['a hex session token as a section', { sectionId: 'a3f9c2d17e5b4a6c8d0e1f2a3b4c5d6e' }],
      ['free text as the operation', { operation: 'Mutation.signIn password=hunter2' }],
      ['a password as the source', { source: 'hunter2!' }],
      ['a password as the record type', { recordType: 'Password: hunter2' }],
    ];

    it.each(SECRETS)('%s → AUDIT.INVALID_EVENT naming the field, never the value; nothing written', async (_name, overrides) => {
      const attempt = withTransaction(dataSource, (m) => appendAuditEvent(m, sampleEvent(1, overrides)));
      await expect(attempt).rejects.toBeInstanceOf(DomainError);
      const error = (await attempt.catch((e: unknown) => e)) as DomainError;
      expect(error.code).toBe('AUDIT.INVALID_EVENT');
      const secret = Object.values(overrides).flat()[0] as string;
      expect(JSON.stringify({ message: error.message, text: error.text, params: error.params, violations: error.violations })).not.toContain(secret);
      expect(await storedRows(dataSource)).toEqual([]);
      const everything = JSON.stringify(await dataSource.query('SELECT * FROM audit_event'));
      expect(everything).not.toContain(secret);
    });

    it('a sign-in-like append with the typed card number and password is refused; a proper one holds ids only', async () => {
      const password = 'S3cret-Passw0rd!';
      await expect(
        withTransaction(dataSource, (m) =>
          appendAuditEvent(m, { ...sampleEvent(1), principal: { kind: 'ANONYMOUS' }, roles: [], operation: 'Mutation.signIn', recordType: 'OperatorIdCard', recordIds: [password] }),
        ),
      ).rejects.toMatchObject({ code: 'AUDIT.INVALID_EVENT' });
      const cardId = randomUUID();
      await withTransaction(dataSource, (m) =>
        appendAuditEvent(m, { ...sampleEvent(1), principal: { kind: 'ANONYMOUS' }, roles: [], operation: 'Mutation.signIn', recordType: 'OperatorIdCard', recordIds: [cardId], outcome: 'FAILED' }),
      );
      const everything = JSON.stringify(await dataSource.query('SELECT * FROM audit_event'));
      expect(everything).toContain(cardId);
      expect(everything).not.toContain(password);
      expect(everything).not.toContain('Passw0rd');
    });
  });

  describe('concurrent appends', () => {
    /** Separate DataSources = separate API processes (each with its own pool, on SQLite its own connection). */
    async function processes(count: number): Promise<DataSource[]> {
      const list = Array.from({ length: count }, () => createDataSource(config, { entities: apiEntities() }));
      await Promise.all(list.map((d) => d.initialize()));
      return list;
    }

    it('never fork the chain: many transactions from several processes end in one unbroken chain without gaps', async () => {
      const others = await processes(3);
      const retries: RetryEvent[] = [];
      const perProcess = database.name === 'mariadb' ? 40 : 15;
      try {
        await Promise.all(
          [dataSource, ...others].flatMap((ds, p) =>
            Array.from({ length: perProcess }, (_, i) =>
              withTransaction(
                ds,
                async (m) => {
                  // Some work before the append, as a mutation would do.
                  await m.query('SELECT COUNT(*) AS n FROM audit_chain_head');
                  await new Promise((r) => setTimeout(r, (i * 7 + p) % 5));
                  return appendAuditEvent(m, sampleEvent(p * 1000 + i, { recordIds: [`p${p}-e${i}`] }));
                },
                { maxAttempts: 50, baseDelayMs: 5, maxDelayMs: 100, onRetry: (e) => retries.push(e) },
              ),
            ),
          ),
        );
      } finally {
        await Promise.all(others.map((d) => d.destroy()));
      }
      const total = perProcess * 4;
      const rows = await storedRows(dataSource);
      expect(rows.map((r) => r.sequence)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      expect(await verifyAuditChain(dataSource.manager, { pageSize: 17 })).toMatchObject({ ok: true, checked: total });
      const ids = (await dataSource.getRepository(AuditEventEntity).find()).flatMap((e) => e.recordIdList());
      expect(new Set(ids).size).toBe(total);
      // Every retry was a transient conflict (SQLite: another process held the write lock).
      for (const r of retries) expect(['deadlock', 'lock-wait-timeout', 'sqlite-busy']).toContain(r.reason);
    });

    it('makes a second append wait for (or, on a conflict, retry after) the first, then build on it', async () => {
      await appendSamples(dataSource, 1);
      const [a, b] = await processes(2);
      const runner = (a as DataSource).createQueryRunner();
      const retries: RetryEvent[] = [];
      try {
        await runner.startTransaction();
        const first = await appendAuditEvent(runner.manager, sampleEvent(2));
        let settled = false;
        const second = withTransaction(b as DataSource, (m) => appendAuditEvent(m, sampleEvent(3)), {
          maxAttempts: 50,
          baseDelayMs: 5,
          maxDelayMs: 50,
          onRetry: (e) => retries.push(e),
        }).finally(() => {
          settled = true;
        });
        await new Promise((r) => setTimeout(r, 300));
        expect(settled).toBe(false);
        await runner.commitTransaction();
        const event = await second;
        expect(first.sequence).toBe(2);
        expect(event.sequence).toBe(3);
        expect(event.previousHash).toBe(first.hash);
        if (database.name === 'sqlite') expect(retries.map((r) => r.reason)).toContain('sqlite-busy');
      } finally {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await runner.release();
        await Promise.all([a, b].map((d) => (d as DataSource).destroy()));
      }
      expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true, checked: 3 });
    });
  });

  it('refuses an unmigrated chain head gracefully by creating it (databases built without migrations)', async () => {
    await dataSource.query('DELETE FROM audit_chain_head');
    await withTransaction(dataSource, (m) => appendAuditEvent(m, sampleEvent(1, { principal: SYSTEM_OFFICER })));
    expect(await verifyAuditChain(dataSource.manager)).toMatchObject({ ok: true, checked: 1 });
  });
});
