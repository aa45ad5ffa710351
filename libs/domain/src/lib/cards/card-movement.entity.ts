import { randomUUID } from 'node:crypto';
import { CARD_DISPOSAL_REASONS, type CardDisposalReason } from '@juki/policies';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { StoragePlaceEntity } from '../forms/storage-place.entity';
import { StaffEntity } from '../staff/staff.entity';
import { CARD_MOVEMENT_KINDS, RESIDENT_CARD_STATES, type CardMovementKind, type CardMovementStep, type ResidentCardState } from './resident-card-lifecycle';
import { ResidentCardEntity } from './resident-card.entity';

/**
 * One movement (受払) of one resident card (第10条の2第1項): received, printed, issued, spoiled, moved to
 * disposal, transferred, disposed of, reported lost or stolen — from (state, place) to (state, place).
 * Append-only. The stock is derived from these rows alone:
 *   count(section, place, state) = #movements to (place, state) − #movements from (place, state).
 */
@Entity({ name: 'card_movement' })
@Index('IDX_card_movement_section_occurred', ['sectionId', 'occurredAt'])
@Index('IDX_card_movement_to_state', ['toState', 'occurredAt'])
export class CardMovementEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('IDX_card_movement_card')
  @Column({ name: 'card_id', type: 'varchar', length: 36 })
  cardId!: string;

  @ManyToOne(() => ResidentCardEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'card_id', foreignKeyConstraintName: 'FK_card_movement_card' })
  card?: ResidentCardEntity;

  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_card_movement_section' })
  section?: OrganisationUnitEntity;

  @Column({ type: 'simple-enum', enum: CARD_MOVEMENT_KINDS })
  kind!: CardMovementKind;

  @Column({ name: 'from_state', type: 'simple-enum', enum: RESIDENT_CARD_STATES, nullable: true })
  fromState!: ResidentCardState | null;

  @Column({ name: 'to_state', type: 'simple-enum', enum: RESIDENT_CARD_STATES })
  toState!: ResidentCardState;

  @Index('IDX_card_movement_from_place')
  @Column({ name: 'from_place_id', type: 'varchar', length: 36, nullable: true })
  fromPlaceId!: string | null;

  @ManyToOne(() => StoragePlaceEntity, { nullable: true, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'from_place_id', foreignKeyConstraintName: 'FK_card_movement_from_place' })
  fromPlace?: StoragePlaceEntity | null;

  @Index('IDX_card_movement_to_place')
  @Column({ name: 'to_place_id', type: 'varchar', length: 36 })
  toPlaceId!: string;

  @ManyToOne(() => StoragePlaceEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'to_place_id', foreignKeyConstraintName: 'FK_card_movement_to_place' })
  toPlace?: StoragePlaceEntity;

  /** SPOILED / MOVED_TO_DISPOSAL: the reason of 第10条の3. */
  @Column({ name: 'disposal_reason', type: 'simple-enum', enum: CARD_DISPOSAL_REASONS, nullable: true })
  disposalReason!: CardDisposalReason | null;

  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  occurredAt!: Date;

  @Index('IDX_card_movement_recorded_by')
  @Column({ name: 'recorded_by_id', type: 'varchar', length: 36 })
  recordedById!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'FK_card_movement_recorded_by' })
  recordedBy?: StaffEntity;

  static record(card: { readonly id: string; readonly sectionId: string }, step: CardMovementStep, recordedById: string, occurredAt: Date): CardMovementEntity {
    return Object.assign(new CardMovementEntity(), {
      id: randomUUID(),
      cardId: card.id,
      sectionId: card.sectionId,
      kind: step.kind,
      fromState: step.fromState,
      toState: step.toState,
      fromPlaceId: step.fromPlaceId,
      toPlaceId: step.toPlaceId,
      disposalReason: step.reason,
      occurredAt: new Date(occurredAt.getTime()),
      recordedById,
    });
  }
}
