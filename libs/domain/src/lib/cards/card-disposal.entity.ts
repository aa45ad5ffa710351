import { randomUUID } from 'node:crypto';
import { CARD_DISPOSAL_REASONS, DISPOSAL_METHODS, type CardDisposalReason, type DisposalMethod, type IsoDate } from '@juki/policies';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { StoragePlaceEntity } from '../forms/storage-place.entity';
import { StaffEntity } from '../staff/staff.entity';
import { ResidentCardEntity } from './resident-card.entity';

/**
 * The disposal of one resident card (第10条の3): its reason (issuance failure — initial-data write or face
 * print —, application cancelled, card abolished), the method (焼却、溶解、裁断等), the IC chip physically
 * destroyed (always true: a disposal without it is refused, 第10条の3第3号), performer, witness and date.
 * One per card (a card is disposed of once). `daysLate` > 0 when it waited longer than the profile's
 * `cards.disposalDueDays` (第10条の3第1号): recorded, not refused.
 */
@Entity({ name: 'card_disposal' })
@Index('IDX_card_disposal_section_disposed', ['sectionId', 'disposedOn'])
@Index('IDX_card_disposal_disposed_on', ['disposedOn'])
export class CardDisposalEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('UQ_card_disposal_card', { unique: true })
  @Column({ name: 'card_id', type: 'varchar', length: 36 })
  cardId!: string;

  @ManyToOne(() => ResidentCardEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'card_id', foreignKeyConstraintName: 'FK_card_disposal_card' })
  card?: ResidentCardEntity;

  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_card_disposal_section' })
  section?: OrganisationUnitEntity;

  @Index('IDX_card_disposal_place')
  @Column({ name: 'place_id', type: 'varchar', length: 36 })
  placeId!: string;

  @ManyToOne(() => StoragePlaceEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'place_id', foreignKeyConstraintName: 'FK_card_disposal_place' })
  place?: StoragePlaceEntity;

  @Column({ type: 'simple-enum', enum: CARD_DISPOSAL_REASONS })
  reason!: CardDisposalReason;

  @Column({ type: 'simple-enum', enum: DISPOSAL_METHODS })
  method!: DisposalMethod;

  @Column({ name: 'method_description', type: 'varchar', length: 200, nullable: true })
  methodDescription!: string | null;

  @Column({ name: 'ic_chip_destroyed', type: 'boolean' })
  icChipDestroyed!: boolean;

  @Column({ type: 'varchar', length: 100 })
  performer!: string;

  @Column({ type: 'varchar', length: 100 })
  witness!: string;

  @Column({ name: 'awaiting_since', type: 'date' })
  awaitingSince!: IsoDate;

  @Column({ name: 'disposed_on', type: 'date' })
  disposedOn!: IsoDate;

  @Column({ name: 'days_late', type: 'int' })
  daysLate!: number;

  @Index('IDX_card_disposal_recorded_by')
  @Column({ name: 'recorded_by_id', type: 'varchar', length: 36 })
  recordedById!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'FK_card_disposal_recorded_by' })
  recordedBy?: StaffEntity;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 })
  recordedAt!: Date;

  static record(input: Omit<CardDisposalEntity, 'id' | 'card' | 'section' | 'recordedBy'>): CardDisposalEntity {
    return Object.assign(new CardDisposalEntity(), { ...input, id: randomUUID() });
  }
}
