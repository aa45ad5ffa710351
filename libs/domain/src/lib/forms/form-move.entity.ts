import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@juki/policies';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { BreakdownLine } from './form-breakdown';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { StaffEntity } from '../staff/staff.entity';
import { PrintedFormOutputEntity } from './printed-form-output.entity';
import { StoragePlaceEntity } from './storage-place.entity';

/** STORE: copies put in a place (from the output); MOVE: copies moved from one place to another. */
export const FORM_MOVE_KINDS = ['STORE', 'MOVE'] as const;
export type FormMoveKind = (typeof FORM_MOVE_KINDS)[number];

/** One storage movement of copies of an output record (第10条第2項), never changed once written. */
@Entity({ name: 'form_move' })
@Index('IDX_form_move_output', ['outputId', 'recordedAt'])
export class FormMoveEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'output_id', type: 'varchar', length: 36 })
  outputId!: string;

  @ManyToOne(() => PrintedFormOutputEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'output_id', foreignKeyConstraintName: 'FK_form_move_output' })
  output?: PrintedFormOutputEntity;

  @Index('IDX_form_move_section')
  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_form_move_section' })
  section?: OrganisationUnitEntity;

  @Column({ type: 'simple-enum', enum: FORM_MOVE_KINDS })
  kind!: FormMoveKind;

  /** null for STORE. */
  @Index('IDX_form_move_from_place')
  @Column({ name: 'from_place_id', type: 'varchar', length: 36, nullable: true })
  fromPlaceId!: string | null;

  @ManyToOne(() => StoragePlaceEntity, { nullable: true, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'from_place_id', foreignKeyConstraintName: 'FK_form_move_from_place' })
  fromPlace?: StoragePlaceEntity | null;

  @Index('IDX_form_move_to_place')
  @Column({ name: 'to_place_id', type: 'varchar', length: 36 })
  toPlaceId!: string;

  @ManyToOne(() => StoragePlaceEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'to_place_id', foreignKeyConstraintName: 'FK_form_move_to_place' })
  toPlace?: StoragePlaceEntity;

  @Column({ type: 'int' })
  quantity!: number;

  /** 内訳 of the copies stored or moved. */
  @Column({ type: 'simple-json' })
  breakdown!: BreakdownLine[];

  @Column({ name: 'moved_on', type: 'date', utc: true })
  movedOn!: IsoDate;

  @Index('IDX_form_move_recorded_by')
  @Column({ name: 'recorded_by_id', type: 'varchar', length: 36 })
  recordedById!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'FK_form_move_recorded_by' })
  recordedBy?: StaffEntity;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 })
  recordedAt!: Date;

  static record(input: Omit<FormMoveEntity, 'id'>): FormMoveEntity {
    return Object.assign(new FormMoveEntity(), { id: randomUUID(), ...input, recordedAt: new Date(input.recordedAt.getTime()) });
  }
}
