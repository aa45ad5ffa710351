import { randomUUID } from 'node:crypto';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BIGINT_AS_NUMBER } from '../audit/bigint.transformer';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { StaffEntity } from '../staff/staff.entity';

/**
 * What a notification is about. 第10条の2第2項: the loss (CARD_LOST) or theft (CARD_STOLEN) of a resident
 * card is reported to the system officer at once; a stock-take that finds a difference from the derived
 * counts (STOCK_DIFFERENCE, 第10条の2第1項) reaches the officers the same way.
 */
export const NOTIFICATION_KINDS = ['CARD_LOST', 'CARD_STOLEN', 'STOCK_DIFFERENCE'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const MAX_NOTIFICATION_SUBJECT = 500;
export const MAX_NOTIFICATION_RECORD_TYPE = 64;

/**
 * A notification to the officers (第10条の2第2項): written in the transaction of the change it reports
 * (see `notify`), never updated or deleted. `sequence` is strictly increasing in commit order (the
 * writer holds the lock of `notification_sequence` until its commit), so every API process can poll
 * `sequence > last seen` and deliver each notification exactly once to its subscribers.
 * Who has read it is kept per person in `notification_read` (NotificationReadEntity).
 */
@Entity({ name: 'notification' })
@Index('IDX_notification_section_sequence', ['sectionId', 'sequence'])
export class NotificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('UQ_notification_sequence', { unique: true })
  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  sequence!: number;

  @Column({ type: 'simple-enum', enum: NOTIFICATION_KINDS })
  kind!: NotificationKind;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  /** The section the reported record belongs to; null for a city-wide notification. */
  @Column({ name: 'section_id', type: 'varchar', length: 36, nullable: true })
  sectionId!: string | null;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: true, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_notification_section' })
  section?: OrganisationUnitEntity | null;

  @Column({ name: 'subject_ja', type: 'varchar', length: MAX_NOTIFICATION_SUBJECT })
  subjectJa!: string;

  @Column({ name: 'subject_en', type: 'varchar', length: MAX_NOTIFICATION_SUBJECT })
  subjectEn!: string;

  /** The matrix type of the reported record (e.g. `ResidentCard`) and its id. */
  @Column({ name: 'record_type', type: 'varchar', length: MAX_NOTIFICATION_RECORD_TYPE })
  recordType!: string;

  @Column({ name: 'record_id', type: 'varchar', length: 36 })
  recordId!: string;
}

/**
 * The allocator of notification sequences: one row, locked by every `notify` until its transaction
 * commits, so a later sequence is never visible before an earlier one (pollers never skip a row).
 */
@Entity({ name: 'notification_sequence' })
export class NotificationSequenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  name!: string;

  @Column({ name: 'last_sequence', type: 'bigint', transformer: BIGINT_AS_NUMBER })
  lastSequence!: number;
}

export const NOTIFICATION_SEQUENCE = 'notification';

/**
 * A read receipt: a notification is read per person (one officer reading it does not mark it read for
 * another officer who has not seen it). Keyed by (notification, staff); written once.
 */
@Entity({ name: 'notification_read' })
export class NotificationReadEntity {
  @PrimaryColumn({ name: 'notification_id', type: 'varchar', length: 36 })
  notificationId!: string;

  @ManyToOne(() => NotificationEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'notification_id', foreignKeyConstraintName: 'FK_notification_read_notification' })
  notification?: NotificationEntity;

  @Index('IDX_notification_read_staff')
  @PrimaryColumn({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'FK_notification_read_staff' })
  staff?: StaffEntity;

  @Column({ name: 'read_at', type: 'datetime', precision: 3 })
  readAt!: Date;

  static of(notificationId: string, staffId: string, readAt: Date): NotificationReadEntity {
    return Object.assign(new NotificationReadEntity(), { notificationId, staffId, readAt: new Date(readAt.getTime()) });
  }
}

export function newNotificationId(): string {
  return randomUUID();
}
