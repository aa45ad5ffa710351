import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BIGINT_AS_NUMBER } from './bigint.transformer';

export const AUDIT_ACTOR_KINDS = ['ANONYMOUS', 'STAFF', 'API_CLIENT'] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];

export const AUDIT_OUTCOMES = ['SUCCESS', 'DENIED', 'FAILED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * One event of the operation history (第19条第1項: recorded and kept 7 years): who (actor and roles),
 * when, from where, which operation on which records, with what outcome — identifiers only.
 * Events are hash-chained: `hash` seals every field and `previousHash`, which is the hash of the event
 * with the sequence before. Nothing updates or deletes a row, except the purge past retention.
 */
@Entity({ name: 'audit_event' })
@Index('IDX_audit_event_section_sequence', ['sectionId', 'sequence'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** 1, 2, 3… without gaps, in the order the events were appended (commit order of the chain). */
  @Index('UQ_audit_event_sequence', { unique: true })
  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  sequence!: number;

  @Index('IDX_audit_event_occurred_at')
  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  occurredAt!: Date;

  @Column({ name: 'actor_kind', type: 'simple-enum', enum: AUDIT_ACTOR_KINDS })
  actorKind!: AuditActorKind;

  @Column({ name: 'actor_staff_id', type: 'varchar', length: 36, nullable: true })
  actorStaffId!: string | null;

  @Column({ name: 'actor_api_client_id', type: 'varchar', length: 36, nullable: true })
  actorApiClientId!: string | null;

  /** The roles the actor acted in, sorted, comma-separated (`SECURITY_OFFICER,HANDLER`); '' for none. */
  @Column({ type: 'varchar', length: 255 })
  roles!: string;

  /** `Query.staff`, `Mutation.signIn`, `System.purgeAuditEvents`. */
  @Column({ type: 'varchar', length: 100 })
  operation!: string;

  @Column({ name: 'record_type', type: 'varchar', length: 64, nullable: true })
  recordType!: string | null;

  /** The ids of the records concerned, as the JSON array text that the hash seals. */
  @Column({ name: 'record_ids', type: 'text' })
  recordIds!: string;

  @Column({ name: 'section_id', type: 'varchar', length: 36, nullable: true })
  sectionId!: string | null;

  /** The client address. */
  @Column({ type: 'varchar', length: 45, nullable: true })
  source!: string | null;

  @Column({ type: 'simple-enum', enum: AUDIT_OUTCOMES })
  outcome!: AuditOutcome;

  @Index('UQ_audit_event_previous_hash', { unique: true })
  @Column({ name: 'previous_hash', type: 'varchar', length: 64 })
  previousHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;

  /** The record ids as a list (an empty list when the stored text is not a JSON array of strings). */
  recordIdList(): readonly string[] {
    try {
      const parsed: unknown = JSON.parse(this.recordIds);
      return Array.isArray(parsed) && parsed.every((v) => typeof v === 'string') ? parsed : [];
    } catch {
      return [];
    }
  }

  roleList(): readonly string[] {
    return this.roles === '' ? [] : this.roles.split(',');
  }
}
