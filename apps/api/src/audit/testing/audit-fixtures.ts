import { randomUUID } from 'node:crypto';
import { appendAuditEvent, GENESIS_HASH, type AuditEventInput, type Principal } from '@juki/domain';
import type { Role } from '@juki/policies';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../database/database-config';
import { migrateToLatest } from '../../database/migrate';
import { withTransaction } from '../../database/with-transaction';
import { openEmptyDatabase } from '../../testing/test-databases';

/** A migrated, empty database for an audit suite. */
export async function openAuditDatabase(config: DatabaseConfig): Promise<DataSource> {
  const dataSource = await openEmptyDatabase(config);
  await migrateToLatest(dataSource);
  return dataSource;
}

/** Empties the operation history and resets its chain to the genesis head. */
export async function resetAuditTrail(dataSource: DataSource): Promise<void> {
  await dataSource.query('DELETE FROM audit_event');
  await dataSource.query('DELETE FROM audit_checkpoint');
  await dataSource.query('DELETE FROM audit_legal_hold');
  await dataSource.query('UPDATE audit_chain_head SET last_sequence = 0, last_hash = ?, last_event_id = NULL', [GENESIS_HASH]);
}

export function staffPrincipal(role: Role, sectionId?: string, staffId: string = randomUUID()): Principal & { kind: 'STAFF' } {
  return {
    kind: 'STAFF',
    staffId,
    sessionId: randomUUID(),
    grants: [{ role, effectiveFrom: '2000-01-01', ...(sectionId ? { sectionId } : {}) }],
    passwordChangeRequired: false,
  };
}

export const SYSTEM_OFFICER = staffPrincipal('SYSTEM_OFFICER', undefined, '0b6a3c1e-5d0f-4d6e-9a43-1f0e1b2c3d4e');

/** A plausible event, every optional field filled (so that tampering with any column changes something). */
export function sampleEvent(n: number, overrides: Partial<AuditEventInput> = {}): AuditEventInput {
  return {
    principal: SYSTEM_OFFICER,
    roles: ['SYSTEM_OFFICER'],
    operation: n % 2 === 0 ? 'Mutation.updateStaff' : 'Query.staff',
    recordType: 'Staff',
    recordIds: [randomUUID(), randomUUID()],
    sectionId: 'chuo-shimin',
    source: n % 3 === 0 ? '::1' : `192.0.2.${n % 250}`,
    outcome: 'SUCCESS',
    occurredAt: new Date(Date.UTC(2025, 0, 1, 0, 0, n, 123)),
    ...overrides,
  };
}

/** Appends events one transaction each, in order. */
export async function appendSamples(dataSource: DataSource, count: number, overrides: (n: number) => Partial<AuditEventInput> = () => ({})): Promise<void> {
  for (let n = 1; n <= count; n++) {
    await withTransaction(dataSource, (m) => appendAuditEvent(m, sampleEvent(n, overrides(n))));
  }
}

export interface StoredAuditRow {
  readonly id: string;
  readonly sequence: number;
  readonly hash: string;
  readonly previous_hash: string;
}

/** The stored rows, as SQL sees them, in sequence order. */
export async function storedRows(dataSource: DataSource): Promise<StoredAuditRow[]> {
  const rows = (await dataSource.query('SELECT id, sequence, hash, previous_hash FROM audit_event ORDER BY sequence')) as StoredAuditRow[];
  return rows.map((r) => ({ ...r, sequence: Number(r.sequence) }));
}

export async function rowAt(dataSource: DataSource, sequence: number): Promise<StoredAuditRow> {
  const row = (await storedRows(dataSource)).find((r) => r.sequence === sequence);
  if (!row) throw new Error(`no audit event ${sequence}`);
  return row;
}
