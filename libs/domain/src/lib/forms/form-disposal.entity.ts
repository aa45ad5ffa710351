import { randomUUID } from 'node:crypto';
import type { DisposalMethod, IsoDate } from '@juki/policies';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { StaffEntity } from '../staff/staff.entity';
import { PrintedFormOutputEntity } from './printed-form-output.entity';
import { StoragePlaceEntity } from './storage-place.entity';

/** The methods a printed form may be disposed of by (第10条第3項: 焼却し、溶解し又は裁断する). */
export const FORM_DISPOSAL_METHODS = ['INCINERATION', 'DISSOLVING', 'SHREDDING'] as const satisfies readonly DisposalMethod[];
export type FormDisposalMethod = (typeof FORM_DISPOSAL_METHODS)[number];

/**
 * One disposal of copies of an output record from one place (第10条第3項), recorded only after it
 * reconciled with the output and storage records. It keeps what the reconciliation saw (the place's
 * quantity, the copies kept and disposed of before it), so that a compliance check can recompute
 * `stored_before + disposed_before = output quantity` in SQL. Never changed once written.
 *
 * It also keeps the output's quantity and output date (`output_quantity`, `output_date`), under a composite
 * foreign key to `printed_form_output (id, quantity, output_date)`: the database itself guarantees they are
 * the output's, and that an output with disposals can no longer change them. The compliance checks of
 * 第10条第3項 compare a disposal with its output on this row alone, without a join per disposal (city-wide,
 * 250,000 disposals: docs/compliance.md "Benchmark").
 */
@Entity({ name: 'form_disposal' })
// The foreign key's columns first (MariaDB needs an index starting with them), then what the 第10条 checks read:
// an output's disposals by a date, summed from the index alone.
@Index('IDX_form_disposal_output_facts', ['outputId', 'outputQuantity', 'outputDate', 'disposedOn', 'recordedAt', 'quantity'])
export class FormDisposalEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'output_id', type: 'varchar', length: 36 })
  outputId!: string;

  /** The output's quantity (第10条第1項第5号), as the foreign key holds it equal to the output's. */
  @Column({ name: 'output_quantity', type: 'int' })
  outputQuantity!: number;

  /** The output's date (第10条第1項第2号), as the foreign key holds it equal to the output's. */
  @Column({ name: 'output_date', type: 'date', utc: true })
  outputDate!: IsoDate;

  @ManyToOne(() => PrintedFormOutputEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn([
    { name: 'output_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_form_disposal_output' },
    { name: 'output_quantity', referencedColumnName: 'quantity', foreignKeyConstraintName: 'FK_form_disposal_output' },
    { name: 'output_date', referencedColumnName: 'outputDate', foreignKeyConstraintName: 'FK_form_disposal_output' },
  ])
  output?: PrintedFormOutputEntity;

  @Index('IDX_form_disposal_section')
  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_form_disposal_section' })
  section?: OrganisationUnitEntity;

  @Index('IDX_form_disposal_place')
  @Column({ name: 'place_id', type: 'varchar', length: 36 })
  placeId!: string;

  @ManyToOne(() => StoragePlaceEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'place_id', foreignKeyConstraintName: 'FK_form_disposal_place' })
  place?: StoragePlaceEntity;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ type: 'simple-enum', enum: FORM_DISPOSAL_METHODS })
  method!: FormDisposalMethod;

  @Column({ name: 'disposed_on', type: 'date', utc: true })
  disposedOn!: IsoDate;

  /** Who disposed of them (a name: staff or a contractor's employee). */
  @Column({ type: 'varchar', length: 100 })
  performer!: string;

  /** Who witnessed it (not the performer). */
  @Column({ type: 'varchar', length: 100 })
  witness!: string;

  /** The place's quantity before this disposal. */
  @Column({ name: 'place_quantity_before', type: 'int' })
  placeQuantityBefore!: number;

  /** Copies of the output kept (all places) before this disposal. */
  @Column({ name: 'stored_before', type: 'int' })
  storedBefore!: number;

  /** Copies of the output disposed of before this disposal. */
  @Column({ name: 'disposed_before', type: 'int' })
  disposedBefore!: number;

  @Index('IDX_form_disposal_recorded_by')
  @Column({ name: 'recorded_by_id', type: 'varchar', length: 36 })
  recordedById!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'FK_form_disposal_recorded_by' })
  recordedBy?: StaffEntity;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 })
  recordedAt!: Date;

  static record(input: Omit<FormDisposalEntity, 'id'>): FormDisposalEntity {
    return Object.assign(new FormDisposalEntity(), { id: randomUUID(), ...input, recordedAt: new Date(input.recordedAt.getTime()) });
  }
}
