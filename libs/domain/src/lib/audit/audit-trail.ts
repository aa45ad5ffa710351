import { randomUUID } from 'node:crypto';
import { checkAuditEventFields, MAX_AUDIT_RECORD_IDS, type Role } from '@juki/policies';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../access/principal';
import { DomainError } from '../shared/domain-error';
import { AuditChainHeadEntity, OPERATION_HISTORY_CHAIN } from './audit-chain-head.entity';
import { AuditEventEntity, type AuditActorKind, type AuditOutcome } from './audit-event.entity';
import { auditEventHash, GENESIS_HASH } from './audit-event.hash';

/** What a caller tells the operation history (第19条第1項). Identifiers only: see `checkAuditEventFields`. */
export interface AuditEventInput {
  readonly principal: Principal;
  /** The roles the principal acted in (`rolesOf(principal, today)`). */
  readonly roles: readonly Role[];
  /** `Query.staff`, `Mutation.signIn`, `System.purgeAuditEvents`. */
  readonly operation: string;
  /** The record type concerned (a matrix type name), or null. */
  readonly recordType: string | null;
  /** Ids (UUIDs or short codes) of the records concerned; never an input the user typed. */
  readonly recordIds: readonly string[];
  /** The section (課) the records belong to, for the security officer's row scope. */
  readonly sectionId: string | null;
  /** The client address (IPv4/IPv6). */
  readonly source: string | null;
  readonly outcome: AuditOutcome;
  readonly occurredAt: Date;
}

/** Rows per INSERT statement (well under SQLite's bound-parameter limit). */
const INSERT_CHUNK = 200;

function actorOf(principal: Principal): { kind: AuditActorKind; staffId: string | null; apiClientId: string | null } {
  switch (principal.kind) {
    case 'ANONYMOUS':
      return { kind: 'ANONYMOUS', staffId: null, apiClientId: null };
    case 'STAFF':
      return { kind: 'STAFF', staffId: principal.staffId, apiClientId: null };
    case 'API_CLIENT':
      return { kind: 'API_CLIENT', staffId: null, apiClientId: principal.apiClientId };
  }
}

/** Refuses (AUDIT.INVALID_EVENT, naming the field, never its value) anything that is not an identifier. */
export function validateAuditEventInput(input: AuditEventInput): void {
  const actor = actorOf(input.principal);
  const verdict = checkAuditEventFields({
    operation: input.operation,
    recordType: input.recordType,
    recordIds: input.recordIds,
    sectionId: input.sectionId,
    source: input.source,
    roles: input.roles,
    actorId: actor.staffId ?? actor.apiClientId,
    occurredAt: input.occurredAt,
  });
  if (!verdict.ok) throw DomainError.fromViolations(verdict.violations);
}

function isMysqlFamily(manager: EntityManager): boolean {
  const type = manager.connection.options.type;
  return type === 'mysql' || type === 'mariadb';
}

/**
 * Locks the head of the chain for the rest of the caller's transaction and returns it. On MariaDB a
 * locking read (which also reads the latest committed head, whatever the isolation level); on SQLite the
 * transaction's later write takes the database's one write lock (another process gets SQLITE_BUSY, which
 * `withTransaction` retries). Call it as late as possible in a transaction: appends queue behind it.
 */
export async function lockAuditChainHead(manager: EntityManager, chain: string = OPERATION_HISTORY_CHAIN): Promise<AuditChainHeadEntity> {
  const read = (): Promise<AuditChainHeadEntity | null> => {
    const query = manager.getRepository(AuditChainHeadEntity).createQueryBuilder('head').where('head.chain = :chain', { chain });
    if (isMysqlFamily(manager)) query.setLock('pessimistic_write');
    return query.getOne();
  };
  const head = await read();
  if (head) return head;
  // The migration creates the head; this only helps a database built some other way (tests).
  await manager.insert(AuditChainHeadEntity, { chain, lastSequence: 0, lastHash: GENESIS_HASH, lastEventId: null });
  const created = await read();
  if (!created) throw new Error(`audit chain head ${chain} could not be created`);
  return created;
}

/**
 * Appends events to the operation history, in order, inside the caller's transaction: a mutation writes
 * its event in the same transaction as its change, so nothing changes without its event and no event
 * describes a change that was rolled back. Each event gets the next sequence and seals its fields and
 * the previous event's hash (SHA-256). Concurrent appends never fork the chain (see AuditChainHeadEntity);
 * the transaction must run through `withTransaction`, which retries the loser of a conflict.
 */
export async function appendAuditEvents(manager: EntityManager, inputs: readonly AuditEventInput[]): Promise<AuditEventEntity[]> {
  if (inputs.length === 0) return [];
  for (const input of inputs) validateAuditEventInput(input);
  const head = await lockAuditChainHead(manager);
  let sequence = head.lastSequence;
  let previousHash = head.lastHash;
  const events = inputs.map((input) => {
    const actor = actorOf(input.principal);
    const event = Object.assign(new AuditEventEntity(), {
      id: randomUUID(),
      sequence: ++sequence,
      occurredAt: new Date(input.occurredAt.getTime()),
      actorKind: actor.kind,
      actorStaffId: actor.staffId,
      actorApiClientId: actor.apiClientId,
      roles: [...new Set(input.roles)].sort().join(','),
      operation: input.operation,
      recordType: input.recordType,
      recordIds: JSON.stringify(input.recordIds),
      sectionId: input.sectionId,
      source: input.source,
      outcome: input.outcome,
      previousHash,
      hash: '',
    });
    event.hash = auditEventHash(event);
    previousHash = event.hash;
    return event;
  });
  for (let i = 0; i < events.length; i += INSERT_CHUNK) {
    await manager.insert(AuditEventEntity, events.slice(i, i + INSERT_CHUNK));
  }
  const last = events[events.length - 1] as AuditEventEntity;
  await manager.update(AuditChainHeadEntity, { chain: head.chain }, { lastSequence: last.sequence, lastHash: last.hash, lastEventId: last.id });
  return events;
}

/** Appends one event to the operation history in the caller's transaction (see `appendAuditEvents`). */
export async function appendAuditEvent(manager: EntityManager, input: AuditEventInput): Promise<AuditEventEntity> {
  const [event] = await appendAuditEvents(manager, [input]);
  return event as AuditEventEntity;
}

/** A read of personal data: the records of one type (and section) that one request read. */
export interface PersonalDataReadInput {
  readonly principal: Principal;
  readonly roles: readonly Role[];
  /** The root field that read them, `Query.printedFormOutputs`. */
  readonly operation: string;
  readonly recordType: string;
  readonly recordIds: Iterable<string>;
  readonly sectionId: string | null;
  readonly source: string | null;
  readonly occurredAt: Date;
}

/** The events for reads: one per read, its ids de-duplicated and sorted (split only beyond 1,000 ids). */
export function personalDataReadEvents(reads: readonly PersonalDataReadInput[]): AuditEventInput[] {
  return reads.flatMap((read) => {
    const ids = [...new Set(read.recordIds)].sort();
    if (ids.length === 0) return [];
    const chunks: string[][] = [];
    for (let i = 0; i < ids.length; i += MAX_AUDIT_RECORD_IDS) chunks.push(ids.slice(i, i + MAX_AUDIT_RECORD_IDS));
    return chunks.map((recordIds) => ({
      principal: read.principal,
      roles: read.roles,
      operation: read.operation,
      recordType: read.recordType,
      recordIds,
      sectionId: read.sectionId,
      source: read.source,
      outcome: 'SUCCESS' as const,
      occurredAt: read.occurredAt,
    }));
  });
}

/**
 * 第19条第1項 "every read of personal data appends an audit event": appends the read events of a request
 * (one per record type and section, with every id read) in the given transaction. Run it in its own
 * short transaction after the data has been read — or hand the reads to the API's batching recorder,
 * which appends the reads of many concurrent requests in one transaction.
 */
export async function recordPersonalDataRead(
  manager: EntityManager,
  reads: PersonalDataReadInput | readonly PersonalDataReadInput[],
): Promise<AuditEventEntity[]> {
  return appendAuditEvents(manager, personalDataReadEvents(Array.isArray(reads) ? reads : [reads as PersonalDataReadInput]));
}

/**
 * The personal-data reads of ONE request, collected while its resolvers run: `note()` is cheap (a map
 * insert), so a resolver may call it per object; `toReads()` gives one read per operation, record type
 * and section, to append once the request is done.
 */
export class PersonalDataReadLog {
  private readonly reads = new Map<string, { operation: string; recordType: string; sectionId: string | null; ids: Set<string> }>();

  note(operation: string, recordType: string, sectionId: string | null, ids: string | Iterable<string>): void {
    const key = `${operation}\u0000${recordType}\u0000${sectionId ?? ''}`;
    let entry = this.reads.get(key);
    if (!entry) {
      entry = { operation, recordType, sectionId, ids: new Set() };
      this.reads.set(key, entry);
    }
    if (typeof ids === 'string') entry.ids.add(ids);
    else for (const id of ids) entry.ids.add(id);
  }

  get isEmpty(): boolean {
    return this.reads.size === 0;
  }

  toReads(who: Pick<PersonalDataReadInput, 'principal' | 'roles' | 'source' | 'occurredAt'>): PersonalDataReadInput[] {
    return [...this.reads.values()].map((r) => ({ ...who, operation: r.operation, recordType: r.recordType, sectionId: r.sectionId, recordIds: r.ids }));
  }
}
