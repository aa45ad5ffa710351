import { legalHoldCovers } from '@juki/policies';
import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

/**
 * A legal hold (保全措置) on the operation history: while it is in force (placed, not released), no
 * event it covers is purged, even past the 7 years of 第19条第1項. It covers events that occurred in
 * [coversFrom, coversUntil) (either end open) and/or of one record type. Placed and released by the
 * system officer; both are audited.
 */
@Entity({ name: 'audit_legal_hold' })
@Index('IDX_audit_legal_hold_released_at', ['releasedAt'])
export class AuditLegalHoldEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** The case it serves (a short code, e.g. `2025-kansa-003`). */
  @Column({ name: 'case_reference', type: 'varchar', length: 64 })
  caseReference!: string;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ name: 'covers_from', type: 'datetime', precision: 3, nullable: true })
  coversFrom!: Date | null;

  @Column({ name: 'covers_until', type: 'datetime', precision: 3, nullable: true })
  coversUntil!: Date | null;

  @Column({ name: 'record_type', type: 'varchar', length: 64, nullable: true })
  recordType!: string | null;

  @Column({ name: 'placed_at', type: 'datetime', precision: 3 })
  placedAt!: Date;

  @Column({ name: 'placed_by_staff_id', type: 'varchar', length: 36, nullable: true })
  placedByStaffId!: string | null;

  @Column({ name: 'released_at', type: 'datetime', precision: 3, nullable: true })
  releasedAt!: Date | null;

  @Column({ name: 'released_by_staff_id', type: 'varchar', length: 36, nullable: true })
  releasedByStaffId!: string | null;

  @VersionColumn({ type: 'int' })
  version!: number;

  get inForce(): boolean {
    return this.releasedAt === null;
  }

  /** Whether this hold, while in force, keeps an event of `recordType` that occurred at `occurredAt`. */
  covers(occurredAt: Date, recordType: string | null): boolean {
    return this.inForce && legalHoldCovers(this, occurredAt, recordType);
  }
}
