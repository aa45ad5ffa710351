import { randomUUID } from 'node:crypto';
import { ROLE_DESCRIPTIONS, ROLES, type IsoDate, type Role, type RoleGrant } from '@juki/policies';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';
import { StaffEntity } from './staff.entity';

/** The roles a person can hold (INTEGRATION belongs to API clients, never to a person). */
export const STAFF_ROLES = ROLES.filter((r): r is Exclude<Role, 'INTEGRATION'> => r !== 'INTEGRATION');

export interface NewRoleAssignment {
  readonly staffId: string;
  readonly role: Role;
  readonly sectionId?: string | null;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo?: IsoDate | null;
  readonly appliedById?: string | null;
  readonly approvedById?: string | null;
}

/**
 * A role held by a member of staff over a period of dates (第3条〜第8条): for a section (課) when the role
 * is section-scoped, city-wide otherwise. 第19条第2項: an operator is approved by the system officer on a
 * security officer's application — `appliedBy` and `approvedBy` record who.
 */
@Entity({ name: 'role_assignment' })
export class RoleAssignmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('IDX_role_assignment_staff')
  @Column({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'FK_role_assignment_staff' })
  staff?: StaffEntity;

  @Column({ type: 'simple-enum', enum: ROLES })
  role!: Role;

  /** The section the role is held for; null for a city-wide role. */
  @Index('IDX_role_assignment_section')
  @Column({ name: 'section_id', type: 'varchar', length: 36, nullable: true })
  sectionId!: string | null;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: true, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_role_assignment_section' })
  section?: OrganisationUnitEntity | null;

  @Column({ name: 'effective_from', type: 'date', utc: true })
  effectiveFrom!: IsoDate;

  /** The last day the role applies; null while open-ended. */
  @Column({ name: 'effective_to', type: 'date', utc: true, nullable: true })
  effectiveTo!: IsoDate | null;

  /** The security officer who applied (第19条第2項), when the role was applied for. */
  @Index('IDX_role_assignment_applied_by')
  @Column({ name: 'applied_by_id', type: 'varchar', length: 36, nullable: true })
  appliedById!: string | null;

  @ManyToOne(() => StaffEntity, { nullable: true, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'applied_by_id', foreignKeyConstraintName: 'FK_role_assignment_applied_by' })
  appliedBy?: StaffEntity | null;

  /** The system officer who approved (第19条第2項). */
  @Index('IDX_role_assignment_approved_by')
  @Column({ name: 'approved_by_id', type: 'varchar', length: 36, nullable: true })
  approvedById!: string | null;

  @ManyToOne(() => StaffEntity, { nullable: true, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'approved_by_id', foreignKeyConstraintName: 'FK_role_assignment_approved_by' })
  approvedBy?: StaffEntity | null;

  @VersionColumn({ type: 'int' })
  version!: number;

  /** Refuses a role a person cannot hold, a section-scoped role without a section and a reversed period. */
  static create(input: NewRoleAssignment): RoleAssignmentEntity {
    if (input.role === 'INTEGRATION') throw new RangeError('INTEGRATION is the role of an API client, not of a person');
    const scoped = ROLE_DESCRIPTIONS[input.role].sectionScoped;
    if (scoped && !input.sectionId) throw new RangeError(`${input.role} is held for a section: sectionId is required`);
    if (input.effectiveTo && input.effectiveTo < input.effectiveFrom) throw new RangeError('effectiveTo is before effectiveFrom');
    return Object.assign(new RoleAssignmentEntity(), {
      id: randomUUID(),
      staffId: input.staffId,
      role: input.role,
      sectionId: input.sectionId ?? null,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo ?? null,
      appliedById: input.appliedById ?? null,
      approvedById: input.approvedById ?? null,
      version: 1,
    });
  }

  toGrant(): RoleGrant {
    return {
      role: this.role,
      ...(this.sectionId ? { sectionId: this.sectionId } : {}),
      effectiveFrom: this.effectiveFrom,
      ...(this.effectiveTo ? { effectiveTo: this.effectiveTo } : {}),
    };
  }
}
