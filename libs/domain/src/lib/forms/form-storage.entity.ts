import { randomUUID } from 'node:crypto';
import type { IsoDate } from '@juki/policies';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import type { BreakdownLine } from './form-breakdown';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { StaffEntity } from '../staff/staff.entity';
import { PrintedFormOutputEntity } from './printed-form-output.entity';
import { StoragePlaceEntity } from './storage-place.entity';

/**
 * What is kept now of one output record in one place (第10条第2項: 保管する数量、内訳): one row per
 * (output, place), its quantity going up as copies are stored or moved in and down as they are moved out or
 * disposed of (a row at 0 stays: the place did hold it). Every change is also a `form_move` or
 * `form_disposal` row, so the history is complete.
 */
@Entity({ name: 'form_storage' })
@Index('UQ_form_storage_output_place', ['outputId', 'placeId'], { unique: true })
export class FormStorageEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'output_id', type: 'varchar', length: 36 })
  outputId!: string;

  @ManyToOne(() => PrintedFormOutputEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'output_id', foreignKeyConstraintName: 'FK_form_storage_output' })
  output?: PrintedFormOutputEntity;

  /** The output's section (for the row filter in SQL). */
  @Index('IDX_form_storage_section')
  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_form_storage_section' })
  section?: OrganisationUnitEntity;

  @Index('IDX_form_storage_place')
  @Column({ name: 'place_id', type: 'varchar', length: 36 })
  placeId!: string;

  @ManyToOne(() => StoragePlaceEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'place_id', foreignKeyConstraintName: 'FK_form_storage_place' })
  place?: StoragePlaceEntity;

  @Column({ type: 'int' })
  quantity!: number;

  /** 内訳: lines adding up to `quantity` (empty when none was given). */
  @Column({ type: 'simple-json' })
  breakdown!: BreakdownLine[];

  /** When copies were first put in this place. */
  @Column({ name: 'stored_on', type: 'date', utc: true })
  storedOn!: IsoDate;

  @Index('IDX_form_storage_recorded_by')
  @Column({ name: 'recorded_by_id', type: 'varchar', length: 36 })
  recordedById!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'FK_form_storage_recorded_by' })
  recordedBy?: StaffEntity;

  @Column({ name: 'recorded_at', type: 'datetime', precision: 3 })
  recordedAt!: Date;

  @VersionColumn({ type: 'int' })
  version!: number;

  static open(input: {
    readonly outputId: string;
    readonly sectionId: string;
    readonly placeId: string;
    readonly storedOn: IsoDate;
    readonly recordedById: string;
    readonly recordedAt: Date;
  }): FormStorageEntity {
    return Object.assign(new FormStorageEntity(), {
      id: randomUUID(),
      ...input,
      quantity: 0,
      breakdown: [],
      recordedAt: new Date(input.recordedAt.getTime()),
      version: 1,
    });
  }
}
