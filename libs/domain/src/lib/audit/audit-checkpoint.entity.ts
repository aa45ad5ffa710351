import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AUDIT_ACTOR_KINDS, type AuditActorKind } from './audit-event.entity';
import { BIGINT_AS_NUMBER } from './bigint.transformer';

/**
 * Left behind by a purge of the operation history (第19条第1項, past its 7 years): the sequence and
 * hash of the LAST purged event, so that verification of what remains starts from here — the first
 * remaining event must have sequence + 1 and `previousHash` = this hash. The purge event that created
 * it names it in its record ids, so the checkpoint itself sits in the chain.
 */
@Entity({ name: 'audit_checkpoint' })
export class AuditCheckpointEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  chain!: string;

  /** The sequence of the last purged event. */
  @Index('UQ_audit_checkpoint_sequence', { unique: true })
  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  sequence!: number;

  /** The hash of the last purged event. */
  @Column({ type: 'varchar', length: 64 })
  hash!: string;

  @Column({ name: 'purged_count', type: 'int' })
  purgedCount!: number;

  /** The `before` the purge was asked for. */
  @Column({ name: 'purged_before', type: 'datetime', precision: 3 })
  purgedBefore!: Date;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'created_by_kind', type: 'simple-enum', enum: AUDIT_ACTOR_KINDS })
  createdByKind!: AuditActorKind;

  @Column({ name: 'created_by_staff_id', type: 'varchar', length: 36, nullable: true })
  createdByStaffId!: string | null;
}
