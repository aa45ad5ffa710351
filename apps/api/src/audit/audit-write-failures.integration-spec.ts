import { randomUUID } from 'node:crypto';
import { DomainError, runAuditedMutation, type AuditWriteFailure, type IdentityEnvironment, type IdentityRequest } from '@juki/domain';
import type { DataSource } from 'typeorm';
import type { Logger } from '../app/logger';
import { withTransaction } from '../database/with-transaction';
import type { ApiContext } from '../graphql/api-context';
import { chibaProfileAt, IdentityRuntime } from '../identity/identity-runtime';
import { TEST_DATABASES } from '../testing/test-databases';
import { recordRefusal } from './audit-refusals';
import { openAuditDatabase, resetAuditTrail, SYSTEM_OFFICER } from './testing/audit-fixtures';

const NOW = new Date('2025-06-01T03:00:00.000Z');

/**
 * 第19条第1項: what happens when the operation history cannot be written (here: the database refuses every
 * INSERT into audit_event, through a trigger). A change never commits without its event; a refusal is
 * still answered, and the unwritten event is logged with the request id — never swallowed.
 */
describe.each(TEST_DATABASES)('audit write failures on $name', (database) => {
  let dataSource: DataSource;
  let failures: AuditWriteFailure[];
  let env: IdentityEnvironment;

  const request = (requestId: string): IdentityRequest => ({ principal: SYSTEM_OFFICER, now: NOW, source: '192.0.2.9', requestId });

  async function breakAuditStore(): Promise<void> {
    if (database.name === 'sqlite') {
      await dataSource.query(`CREATE TRIGGER audit_store_down BEFORE INSERT ON audit_event BEGIN SELECT RAISE(ABORT, 'audit store down'); END`);
    } else {
      await dataSource.query(`CREATE TRIGGER audit_store_down BEFORE INSERT ON audit_event FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit store down'`);
    }
  }

  const instances = async (id: string): Promise<number> => ((await dataSource.query('SELECT id FROM app_instance WHERE id = ?', [id])) as unknown[]).length;
  const events = async (): Promise<number> => Number(((await dataSource.query('SELECT COUNT(*) AS n FROM audit_event')) as { n: number | string }[])[0]?.n);

  /** A mutation that writes one row (an app_instance record) and names it in its event. */
  const writeRow = (id: string) => async (manager: Parameters<Parameters<typeof withTransaction>[1]>[0]) => {
    await manager.query('INSERT INTO app_instance (id, hostname, pid, version, started_at, database_kind) VALUES (?, ?, ?, ?, ?, ?)', [
      id,
      'test-host',
      1,
      'test',
      '2025-06-01 03:00:00.000',
      'sqlite',
    ]);
    return { result: id, change: { recordType: 'AppInstance', recordIds: [id], sectionId: null } };
  };

  beforeAll(async () => {
    dataSource = await openAuditDatabase(database.config());
  });
  beforeEach(async () => {
    await dataSource.query('DROP TRIGGER IF EXISTS audit_store_down');
    await resetAuditTrail(dataSource);
    failures = [];
    env = {
      transaction: (work) => withTransaction(dataSource, (manager) => work(manager)),
      reader: dataSource.manager,
      profileAt: chibaProfileAt,
      onAuditWriteFailure: (failure) => failures.push(failure),
    };
  });
  afterAll(async () => {
    await dataSource.query('DROP TRIGGER IF EXISTS audit_store_down');
    await dataSource.destroy();
  });

  it('a mutation commits with its event when the history can be written (the control)', async () => {
    const id = randomUUID();
    await expect(runAuditedMutation(env, request('req-ok'), 'Mutation.testWrite', { recordType: 'AppInstance', recordIds: [], sectionId: null }, writeRow(id))).resolves.toBe(id);
    expect(await instances(id)).toBe(1);
    expect(await events()).toBe(1);
    expect(failures).toEqual([]);
  });

  it('a mutation whose event cannot be written fails and changes nothing; the unwritten FAILED event is reported with the request id', async () => {
    await breakAuditStore();
    const id = randomUUID();
    await expect(runAuditedMutation(env, request('req-1'), 'Mutation.testWrite', { recordType: 'AppInstance', recordIds: [], sectionId: null }, writeRow(id))).rejects.toThrow(
      /audit store down/,
    );
    expect(await instances(id)).toBe(0);
    expect(await events()).toBe(0);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ operation: 'Mutation.testWrite', outcome: 'FAILED', requestId: 'req-1' });
    expect(String(failures[0]?.error)).toMatch(/audit store down/);
  });

  it('a refusal is still answered with its own error when its event cannot be written, and the failure is reported', async () => {
    await breakAuditStore();
    const refusal = new DomainError('PERMISSIONS.FORBIDDEN');
    await expect(
      runAuditedMutation(env, request('req-2'), 'Mutation.testWrite', { recordType: 'AppInstance', recordIds: [], sectionId: null }, () => Promise.reject(refusal)),
    ).rejects.toBe(refusal);
    expect(failures).toEqual([expect.objectContaining({ operation: 'Mutation.testWrite', outcome: 'DENIED', requestId: 'req-2' })]);
  });

  it('the audit area: recordRefusal never throws, and logs audit.refusal_not_written with the request id through the identity runtime', async () => {
    await breakAuditStore();
    const lines: { message: string; fields: Record<string, unknown> }[] = [];
    const logger: Logger = { info: () => undefined, warn: () => undefined, error: (message, fields = {}) => lines.push({ message, fields: { ...fields } }) };
    const runtime = new IdentityRuntime(dataSource, { logger });
    const context = {
      requestId: 'req-3',
      requestedAt: NOW,
      principal: SYSTEM_OFFICER,
      sourceAddress: '192.0.2.9',
      dataSource,
      identity: { runtime },
    } as unknown as ApiContext;
    await expect(recordRefusal(context, 'Mutation.placeAuditLegalHold', 'AuditLegalHold', [], new DomainError('PERMISSIONS.FORBIDDEN'))).resolves.toBeUndefined();
    expect(lines).toEqual([
      { message: 'audit.refusal_not_written', fields: expect.objectContaining({ requestId: 'req-3', operation: 'Mutation.placeAuditLegalHold', outcome: 'DENIED' }) as unknown },
    ]);
  });
});
