import { ORGANISATION_UNIT_KINDS, type OrganisationUnitData, type OrganisationUnitKind } from '@juki/policies';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';

/**
 * A unit of the organisation (第2条第2項): a bureau, department, ward office, or a section (課) such as a
 * division, ward-office section or citizen centre. Section-scoped roles and records point at it.
 */
@Entity({ name: 'organisation_unit' })
export class OrganisationUnitEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Stable code, e.g. `chuo-shimin-madoguchi`. */
  @Index('UQ_organisation_unit_code', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'simple-enum', enum: ORGANISATION_UNIT_KINDS })
  kind!: OrganisationUnitKind;

  @Index('IDX_organisation_unit_parent')
  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: true, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_organisation_unit_parent' })
  parent?: OrganisationUnitEntity | null;

  @Column({ name: 'uses_juki_net', type: 'boolean' })
  usesJukiNet!: boolean;

  @VersionColumn({ type: 'int' })
  version!: number;

  /** The shape the organisation rules of @juki/policies validate. */
  toData(codeOfParent: string | null): OrganisationUnitData {
    return { code: this.code, name: this.name, kind: this.kind, parentCode: codeOfParent, usesJukiNet: this.usesJukiNet };
  }
}
