import { randomUUID } from 'node:crypto';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { StaffEntity } from '../staff/staff.entity';

/**
 * A place where a section keeps printed forms: a cabinet, safe or room (第10条第2項 書庫等). Whether it can
 * be locked is recorded once, here; only a lockable place may hold forms (`checkFormStorage`). Registered
 * and changed by the section's security officer.
 */
@Entity({ name: 'storage_place' })
export class StoragePlaceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('IDX_storage_place_section')
  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_storage_place_section' })
  section?: OrganisationUnitEntity;

  /** The label staff know it by, e.g. 市民総合窓口課 書庫A. */
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** Where it is, e.g. 2階 事務室奥. */
  @Column({ type: 'varchar', length: 200 })
  location!: string;

  @Column({ type: 'boolean' })
  lockable!: boolean;

  @Index('IDX_storage_place_created_by')
  @Column({ name: 'created_by_id', type: 'varchar', length: 36 })
  createdById!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_storage_place_created_by' })
  createdBy?: StaffEntity;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @VersionColumn({ type: 'int' })
  version!: number;

  static create(input: {
    readonly sectionId: string;
    readonly name: string;
    readonly location: string;
    readonly lockable: boolean;
    readonly createdById: string;
    readonly createdAt: Date;
  }): StoragePlaceEntity {
    return Object.assign(new StoragePlaceEntity(), {
      id: randomUUID(),
      sectionId: input.sectionId,
      name: input.name,
      location: input.location,
      lockable: input.lockable,
      createdById: input.createdById,
      createdAt: new Date(input.createdAt.getTime()),
      version: 1,
    });
  }
}
