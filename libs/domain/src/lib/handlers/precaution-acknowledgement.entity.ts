import { randomUUID } from 'node:crypto';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffEntity } from '../staff/staff.entity';
import { HandlerDesignationEntity } from './handler-designation.entity';
import { HandlingPrecautionsEntity } from './handling-precautions.entity';

/**
 * 第9条第2項: a handler's acknowledgement of one version of their section's precautions. It keeps exactly
 * what was acknowledged: the (immutable) version row, its number and the SHA-256 of its text. One per person
 * and version (`UQ_precaution_acknowledgement_once`); acknowledging again changes nothing.
 */
@Entity({ name: 'precaution_acknowledgement' })
@Index('UQ_precaution_acknowledgement_once', ['precautionsId', 'staffId'], { unique: true })
export class PrecautionAcknowledgementEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('IDX_precaution_acknowledgement_precautions')
  @Column({ name: 'precautions_id', type: 'varchar', length: 36 })
  precautionsId!: string;

  @ManyToOne(() => HandlingPrecautionsEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'precautions_id', foreignKeyConstraintName: 'FK_precaution_acknowledgement_precautions' })
  precautions?: HandlingPrecautionsEntity;

  @Index('IDX_precaution_acknowledgement_staff')
  @Column({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'FK_precaution_acknowledgement_staff' })
  staff?: StaffEntity;

  /** The designation under which the handler acknowledged. */
  @Index('IDX_precaution_acknowledgement_designation')
  @Column({ name: 'designation_id', type: 'varchar', length: 36 })
  designationId!: string;

  @ManyToOne(() => HandlerDesignationEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'designation_id', foreignKeyConstraintName: 'FK_precaution_acknowledgement_designation' })
  designation?: HandlerDesignationEntity;

  /** The section of the precautions (row scope). */
  @Index('IDX_precaution_acknowledgement_section')
  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @Column({ name: 'document_version', type: 'int' })
  documentVersion!: number;

  /** The content hash of the version acknowledged (equal to the version's own `content_hash`). */
  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash!: string;

  @Column({ name: 'acknowledged_at', type: 'datetime', precision: 3 })
  acknowledgedAt!: Date;

  static record(input: { readonly precautions: HandlingPrecautionsEntity; readonly designation: HandlerDesignationEntity; readonly at: Date }): PrecautionAcknowledgementEntity {
    return Object.assign(new PrecautionAcknowledgementEntity(), {
      id: randomUUID(),
      precautionsId: input.precautions.id,
      staffId: input.designation.staffId,
      designationId: input.designation.id,
      sectionId: input.precautions.sectionId,
      documentVersion: input.precautions.documentVersion,
      contentHash: input.precautions.contentHash,
      acknowledgedAt: new Date(input.at.getTime()),
    });
  }
}
