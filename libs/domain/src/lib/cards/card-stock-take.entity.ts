import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@juki/policies';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { StoragePlaceEntity } from '../forms/storage-place.entity';
import { StaffEntity } from '../staff/staff.entity';
import { RESIDENT_CARD_STATES, type ResidentCardState } from './resident-card-lifecycle';

/**
 * One line of a stock-take (棚卸し, 第10条の2第1項): the cards of one state counted in one place on a day,
 * against the number derived from the movements at that moment (`derived`, computed in the same
 * transaction, never typed in) and their `difference` (counted − derived; 0 = no difference). Append-only.
 */
@Entity({ name: 'card_stock_take' })
@Index('IDX_card_stock_take_place_state', ['placeId', 'state', 'recordedAt'])
export class CardStockTakeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('IDX_card_stock_take_section')
  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_card_stock_take_section' })
  section?: OrganisationUnitEntity;

  @Column({ name: 'place_id', type: 'varchar', length: 36 })
  placeId!: string;

  @ManyToOne(() => StoragePlaceEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'place_id', foreignKeyConstraintName: 'FK_card_stock_take_place' })
  place?: StoragePlaceEntity;

  @Column({ type: 'simple-enum', enum: RESIDENT_CARD_STATES })
  state!: ResidentCardState;

  @Column({ name: 'counted_on', type: 'date' })
  countedOn!: IsoDate;

  @Column({ type: 'int' })
  counted!: number;

  @Column({ type: 'int' })
  derived!: number;

  @Column({ type: 'int' })
  difference!: number;

  @Index('IDX_card_stock_take_recorded_by')
  @Column({ name: 'recorded_by_id', type: 'varchar', length: 36 })
  recordedById!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'FK_card_stock_take_recorded_by' })
  recordedBy?: StaffEntity;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 })
  recordedAt!: Date;

  static record(input: Omit<CardStockTakeEntity, 'id' | 'difference' | 'section' | 'recordedBy'>): CardStockTakeEntity {
    return Object.assign(new CardStockTakeEntity(), { ...input, id: randomUUID(), difference: input.counted - input.derived, recordedAt: new Date(input.recordedAt.getTime()) });
  }
}
