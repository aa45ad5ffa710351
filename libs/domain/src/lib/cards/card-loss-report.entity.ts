import { randomUUID } from 'node:crypto';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { StoragePlaceEntity } from '../forms/storage-place.entity';
import { StaffEntity } from '../staff/staff.entity';
import { ResidentCardEntity } from './resident-card.entity';

export const RESIDENT_CARD_LOSS_KINDS = ['LOST', 'STOLEN'] as const;
export type ResidentCardLossKind = (typeof RESIDENT_CARD_LOSS_KINDS)[number];

/**
 * The report of a lost or stolen resident card (第10条の2第2項: 直ちに情報システム責任者に報告): made at
 * once, in the same transaction as the card's change of state and the notification to the system officer
 * (`notificationId`). One report per card (a card is reported once: it is then LOST or STOLEN for good).
 */
@Entity({ name: 'card_loss_report' })
@Index('IDX_card_loss_report_section_reported', ['sectionId', 'reportedAt'])
export class CardLossReportEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('UQ_card_loss_report_card', { unique: true })
  @Column({ name: 'card_id', type: 'varchar', length: 36 })
  cardId!: string;

  @ManyToOne(() => ResidentCardEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'card_id', foreignKeyConstraintName: 'FK_card_loss_report_card' })
  card?: ResidentCardEntity;

  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_card_loss_report_section' })
  section?: OrganisationUnitEntity;

  /** Where the card was kept when it went missing. */
  @Index('IDX_card_loss_report_place')
  @Column({ name: 'place_id', type: 'varchar', length: 36 })
  placeId!: string;

  @ManyToOne(() => StoragePlaceEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'place_id', foreignKeyConstraintName: 'FK_card_loss_report_place' })
  place?: StoragePlaceEntity;

  @Column({ type: 'simple-enum', enum: RESIDENT_CARD_LOSS_KINDS })
  kind!: ResidentCardLossKind;

  @Column({ name: 'discovered_at', type: 'datetime', precision: 3 })
  discoveredAt!: Date;

  /** What happened, as the reporter describes it. */
  @Column({ type: 'varchar', length: 1000 })
  circumstances!: string;

  @Index('IDX_card_loss_report_reported_by')
  @Column({ name: 'reported_by_id', type: 'varchar', length: 36 })
  reportedById!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'reported_by_id', foreignKeyConstraintName: 'FK_card_loss_report_reported_by' })
  reportedBy?: StaffEntity;

  @Column({ name: 'reported_at', type: 'datetime', precision: 3 })
  reportedAt!: Date;

  /** The notification to the system officer written with the report. */
  @Column({ name: 'notification_id', type: 'varchar', length: 36 })
  notificationId!: string;

  static report(input: Omit<CardLossReportEntity, 'id' | 'card' | 'section' | 'reportedBy'>): CardLossReportEntity {
    return Object.assign(new CardLossReportEntity(), { ...input, id: randomUUID() });
  }
}
