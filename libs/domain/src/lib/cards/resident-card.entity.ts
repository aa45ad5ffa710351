import { randomUUID } from 'node:crypto';
import { CARD_DISPOSAL_REASONS, type CardDisposalReason, type IsoDate } from '@juki/policies';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StoragePlaceEntity } from '../forms/storage-place.entity';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { RESIDENT_CARD_STATES, type CardMovementStep, type ResidentCardState } from './resident-card-lifecycle';

/**
 * One resident card (住民基本台帳カード) of a section's stock, by its number (第10条の2第1項): where it is and
 * in which state of its life cycle (`resident-card-lifecycle.ts`). The row is the state machine's position
 * only; the stock per place and state is derived from `card_movement`, never from here, and every change
 * of this row comes with exactly one movement in the same transaction. Editable: `version` guards every
 * change (a stale one is a conflict).
 */
@Entity({ name: 'resident_card' })
/** For the 第10条の3第1号 compliance check: cards awaiting disposal since (migration 1764551000000). */
@Index('IDX_resident_card_state', ['state', 'awaitingDisposalSince'])
export class ResidentCardEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** The number of the card (its manufacturing / card number), unique in the city. */
  @Index('UQ_resident_card_serial', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  serial!: string;

  @Index('IDX_resident_card_section_state')
  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_resident_card_section' })
  section?: OrganisationUnitEntity;

  /** The storage place (`storage_place`, shared with the printed forms) where the card is kept. */
  @Index('IDX_resident_card_place')
  @Column({ name: 'place_id', type: 'varchar', length: 36 })
  placeId!: string;

  @ManyToOne(() => StoragePlaceEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'place_id', foreignKeyConstraintName: 'FK_resident_card_place' })
  place?: StoragePlaceEntity;

  @Column({ type: 'simple-enum', enum: RESIDENT_CARD_STATES })
  state!: ResidentCardState;

  /** 第10条の3: why the card is to be disposed of (set when it starts awaiting disposal). */
  @Column({ name: 'disposal_reason', type: 'simple-enum', enum: CARD_DISPOSAL_REASONS, nullable: true })
  disposalReason!: CardDisposalReason | null;

  /** 第10条の3第1号: the day (Japan) it started awaiting disposal, for the overdue list. */
  @Index('IDX_resident_card_awaiting_since')
  @Column({ name: 'awaiting_disposal_since', type: 'date', nullable: true })
  awaitingDisposalSince!: IsoDate | null;

  @Column({ name: 'received_at', type: 'datetime', precision: 3 })
  receivedAt!: Date;

  @Column({ type: 'int' })
  version!: number;

  static receive(input: { readonly serial: string; readonly sectionId: string; readonly placeId: string; readonly receivedAt: Date }): ResidentCardEntity {
    return Object.assign(new ResidentCardEntity(), {
      id: randomUUID(),
      serial: input.serial,
      sectionId: input.sectionId,
      placeId: input.placeId,
      state: 'BLANK' as const,
      disposalReason: null,
      awaitingDisposalSince: null,
      receivedAt: new Date(input.receivedAt.getTime()),
      version: 1,
    });
  }

  /** The row after `step` (a step from the state machine): the new state, place, and the disposal facts. */
  moved(step: CardMovementStep, today: IsoDate): Pick<ResidentCardEntity, 'state' | 'placeId' | 'disposalReason' | 'awaitingDisposalSince' | 'version'> {
    const awaiting = step.toState === 'AWAITING_DISPOSAL' && step.fromState !== 'AWAITING_DISPOSAL';
    return {
      state: step.toState,
      placeId: step.toPlaceId,
      disposalReason: step.reason ?? this.disposalReason,
      awaitingDisposalSince: awaiting ? today : this.awaitingDisposalSince,
      version: this.version + 1,
    };
  }
}
