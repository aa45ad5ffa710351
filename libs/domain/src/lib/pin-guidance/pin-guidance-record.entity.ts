import { randomUUID } from 'node:crypto';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { StaffEntity } from '../staff/staff.entity';

export const MAX_CARD_SERIAL = 32;

/**
 * The record of the 第10条の4 guidance at one card issuance: the applicant entered the PIN themselves
 * (第2号) and inserted the card themselves, as the guiding staff member saw. One record per card serial;
 * never updated. It holds no PIN — the PIN never reaches the system except `checkPin`, which stores nothing.
 */
@Entity({ name: 'pin_guidance_record' })
@Index('IDX_pin_guidance_record_section_recorded', ['sectionId', 'recordedAt'])
export class PinGuidanceRecordEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_pin_guidance_record_section' })
  section?: OrganisationUnitEntity;

  @Index('UQ_pin_guidance_record_card_serial', { unique: true })
  @Column({ name: 'card_serial', type: 'varchar', length: MAX_CARD_SERIAL })
  cardSerial!: string;

  @Column({ name: 'applicant_entered_pin', type: 'boolean' })
  applicantEnteredPin!: boolean;

  @Column({ name: 'applicant_inserted_card', type: 'boolean' })
  applicantInsertedCard!: boolean;

  @Index('IDX_pin_guidance_record_guided_by')
  @Column({ name: 'guided_by_id', type: 'varchar', length: 36 })
  guidedById!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'guided_by_id', foreignKeyConstraintName: 'FK_pin_guidance_record_guided_by' })
  guidedBy?: StaffEntity;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 })
  recordedAt!: Date;

  static create(input: {
    readonly sectionId: string;
    readonly cardSerial: string;
    readonly guidedById: string;
    readonly recordedAt: Date;
  }): PinGuidanceRecordEntity {
    return Object.assign(new PinGuidanceRecordEntity(), {
      id: randomUUID(),
      sectionId: input.sectionId,
      cardSerial: input.cardSerial,
      applicantEnteredPin: true,
      applicantInsertedCard: true,
      guidedById: input.guidedById,
      recordedAt: new Date(input.recordedAt.getTime()),
    });
  }
}
