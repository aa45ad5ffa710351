import { randomUUID } from 'node:crypto';
import { addDays, HANDLER_PERMISSIONS, normaliseHandlerPermissions, type HandlerPermission, type IsoDate } from '@juki/policies';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { DomainError } from '../shared/domain-error';
import { RoleAssignmentEntity } from '../staff/role-assignment.entity';
import { StaffEntity } from '../staff/staff.entity';

/** The value of `active_slot` while a designation is in force (NULL once revoked). */
export const ACTIVE_SLOT = 'ACTIVE';

export interface NewHandlerDesignation {
  readonly staff: Pick<StaffEntity, 'id' | 'sectionId' | 'title'>;
  readonly permissions: readonly HandlerPermission[];
  readonly designatedById: string;
  readonly designatedAt: Date;
  readonly designatedOn: IsoDate;
}

/**
 * 第8条: the security officer of a section designates a member of that section as a handler of identity
 * information (本人確認情報取扱者); 第12条第7号: one row of the handler ledger (取扱者管理台帳: unit, title,
 * name, permissions). Dated and attributed both ways (designated / revoked: on, at, by).
 *
 * **Relation to the HANDLER role.** A designation owns one `RoleAssignment` (HANDLER, its section,
 * `effectiveFrom = designatedOn`, `appliedBy` = the designating officer): authorization (the permission
 * matrix, row filters, sessions) follows the designation without a second source of truth. A revocation
 * ends that role the day before `revokedOn` (`effectiveTo`), i.e. from the very request that revokes it.
 *
 * At most one designation of a person per section is in force: `active_slot` is `ACTIVE` while in force and
 * NULL once revoked, and `(staff_id, section_id, active_slot)` is unique (NULLs are distinct on both databases).
 */
@Entity({ name: 'handler_designation' })
@Index('UQ_handler_designation_active', ['staffId', 'sectionId', 'activeSlot'], { unique: true })
export class HandlerDesignationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('IDX_handler_designation_staff')
  @Column({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'FK_handler_designation_staff' })
  staff?: StaffEntity;

  /** 所属: the section (課) the person handles identity information for. */
  @Index('IDX_handler_designation_section')
  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_handler_designation_section' })
  section?: OrganisationUnitEntity;

  /** The HANDLER role this designation grants. */
  @Index('UQ_handler_designation_role_assignment', { unique: true })
  @Column({ name: 'role_assignment_id', type: 'varchar', length: 36 })
  roleAssignmentId!: string;

  @ManyToOne(() => RoleAssignmentEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'role_assignment_id', foreignKeyConstraintName: 'FK_handler_designation_role_assignment' })
  roleAssignment?: RoleAssignmentEntity;

  /** 職: the person's title when designated (the ledger keeps what was true then). */
  @Column({ type: 'varchar', length: 100 })
  title!: string;

  /** 権限 (第12条第7号), in the order of HANDLER_PERMISSIONS, as a JSON array. */
  @Column({ type: 'simple-json' })
  permissions!: HandlerPermission[];

  @Column({ name: 'designated_on', type: 'date', utc: true })
  designatedOn!: IsoDate;

  @Column({ name: 'designated_at', type: 'datetime', precision: 3 })
  designatedAt!: Date;

  @Index('IDX_handler_designation_designated_by')
  @Column({ name: 'designated_by_id', type: 'varchar', length: 36 })
  designatedById!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'designated_by_id', foreignKeyConstraintName: 'FK_handler_designation_designated_by' })
  designatedBy?: StaffEntity;

  /** The first day the designation no longer applies; null while in force. */
  @Column({ name: 'revoked_on', type: 'date', utc: true, nullable: true })
  revokedOn!: IsoDate | null;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Index('IDX_handler_designation_revoked_by')
  @Column({ name: 'revoked_by_id', type: 'varchar', length: 36, nullable: true })
  revokedById!: string | null;

  @ManyToOne(() => StaffEntity, { nullable: true, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'revoked_by_id', foreignKeyConstraintName: 'FK_handler_designation_revoked_by' })
  revokedBy?: StaffEntity | null;

  /** `ACTIVE` while in force, NULL once revoked: the unique key that allows one designation in force. */
  @Column({ name: 'active_slot', type: 'varchar', length: 8, nullable: true })
  activeSlot!: string | null;

  @VersionColumn({ type: 'int' })
  version!: number;

  /** A new designation and the HANDLER role assignment it grants (both to insert, role first). */
  static designate(input: NewHandlerDesignation): { designation: HandlerDesignationEntity; role: RoleAssignmentEntity } {
    if (input.permissions.length === 0 || input.permissions.some((p) => !HANDLER_PERMISSIONS.includes(p))) {
      throw new RangeError('a designation needs permissions from HANDLER_PERMISSIONS (checkHandlerPermissions first)');
    }
    const role = RoleAssignmentEntity.create({
      staffId: input.staff.id,
      role: 'HANDLER',
      sectionId: input.staff.sectionId,
      effectiveFrom: input.designatedOn,
      appliedById: input.designatedById,
    });
    const designation = Object.assign(new HandlerDesignationEntity(), {
      id: randomUUID(),
      staffId: input.staff.id,
      sectionId: input.staff.sectionId,
      roleAssignmentId: role.id,
      title: input.staff.title,
      permissions: normaliseHandlerPermissions(input.permissions),
      designatedOn: input.designatedOn,
      designatedAt: new Date(input.designatedAt.getTime()),
      designatedById: input.designatedById,
      revokedOn: null,
      revokedAt: null,
      revokedById: null,
      activeSlot: ACTIVE_SLOT,
      version: 1,
    });
    return { designation, role };
  }

  get inForce(): boolean {
    return this.revokedAt === null;
  }

  /**
   * Revokes the designation from `on` (the role's last day becomes the day before). Refuses a designation
   * already revoked, and a stale version (the caller read an older state): `CONFLICT`, never overwrite.
   * Returns the changed columns (for an UPDATE guarded by the version read).
   */
  revoke(input: { readonly byId: string; readonly at: Date; readonly on: IsoDate; readonly expectedVersion: number }): Partial<HandlerDesignationEntity> {
    if (this.version !== input.expectedVersion) {
      throw new DomainError('HANDLERS.STALE_VERSION', { expected: input.expectedVersion, actual: this.version });
    }
    if (!this.inForce) throw new DomainError('HANDLERS.ALREADY_REVOKED');
    const change = { revokedOn: input.on, revokedAt: new Date(input.at.getTime()), revokedById: input.byId, activeSlot: null, version: this.version + 1 };
    Object.assign(this, change);
    return change;
  }

  /** The role's last day once revoked on `on`: the day before (a same-day revocation leaves an empty period). */
  static roleEndFor(revokedOn: IsoDate): IsoDate {
    return addDays(revokedOn, -1);
  }
}
