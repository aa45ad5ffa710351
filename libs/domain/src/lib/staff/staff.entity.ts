import { randomUUID } from 'node:crypto';
import type { EmploymentStatus, IsoDate, PasswordContext } from '@juki/policies';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { OrganisationUnitEntity } from '../organisation/organisation-unit.entity';

/** 第20条第1項: an operator who retires or moves is no longer an operator. */
export const EMPLOYMENT_STATUSES = ['ACTIVE', 'RETIRED', 'TRANSFERRED'] as const satisfies readonly EmploymentStatus[];

export interface NewStaff {
  readonly employeeNumber: string;
  readonly name: string;
  readonly nameKana: string;
  readonly nameRomaji?: string | null;
  readonly sectionId: string;
  readonly title: string;
  readonly birthDate: IsoDate;
  readonly employmentStatus?: EmploymentStatus;
  readonly employmentStatusSince?: IsoDate | null;
}

/**
 * A member of staff (第2章, 第19条第2項): who may hold roles and operator ID cards. The birth date is
 * held only for the password check of 第21条第2項 and never leaves the domain (no GraphQL field).
 */
@Entity({ name: 'staff' })
/** For the 第20条第1項 compliance check: leavers by status and date (migration 1764551000000). */
@Index('IDX_staff_employment_status', ['employmentStatus', 'employmentStatusSince'])
export class StaffEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** 職員番号: the person's user ID (第19条の2第1項第1号). */
  @Index('UQ_staff_employee_number', { unique: true })
  @Column({ name: 'employee_number', type: 'varchar', length: 32 })
  employeeNumber!: string;

  /** 氏名, family name first, e.g. `千葉 一郎`. */
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** 氏名（かな）, e.g. `ちば いちろう`. */
  @Column({ name: 'name_kana', type: 'varchar', length: 100 })
  nameKana!: string;

  /** The name in romaji (`chiba ichiro`), for the password check only. */
  @Column({ name: 'name_romaji', type: 'varchar', length: 100, nullable: true })
  nameRomaji!: string | null;

  /** The section (課) the person works in. */
  @Index('IDX_staff_section')
  @Column({ name: 'section_id', type: 'varchar', length: 36 })
  sectionId!: string;

  @ManyToOne(() => OrganisationUnitEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'section_id', foreignKeyConstraintName: 'FK_staff_section' })
  section?: OrganisationUnitEntity;

  /** 職名, e.g. `区政課長`. */
  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Column({ name: 'employment_status', type: 'simple-enum', enum: EMPLOYMENT_STATUSES })
  employmentStatus!: EmploymentStatus;

  /** Since when the employment status holds (the retirement or transfer date). */
  @Column({ name: 'employment_status_since', type: 'date', utc: true, nullable: true })
  employmentStatusSince!: IsoDate | null;

  /** Never exposed: used only to refuse passwords that contain it (第21条第2項). */
  @Column({ name: 'birth_date', type: 'date', utc: true })
  birthDate!: IsoDate;

  @VersionColumn({ type: 'int' })
  version!: number;

  static create(input: NewStaff): StaffEntity {
    return Object.assign(new StaffEntity(), {
      id: randomUUID(),
      employeeNumber: input.employeeNumber,
      name: input.name,
      nameKana: input.nameKana,
      nameRomaji: input.nameRomaji ?? null,
      sectionId: input.sectionId,
      title: input.title,
      employmentStatus: input.employmentStatus ?? 'ACTIVE',
      employmentStatusSince: input.employmentStatusSince ?? null,
      birthDate: input.birthDate,
      version: 1,
    });
  }

  /** Still an operator: neither retired nor transferred away (第20条第1項). */
  get employed(): boolean {
    return this.employmentStatus === 'ACTIVE';
  }

  /** What the password-strength rule must keep out of this person's password (第21条第2項). */
  passwordContext(cardNumber: string | undefined, today: IsoDate): PasswordContext {
    const names = [this.name, this.nameKana, ...(this.nameRomaji ? [this.nameRomaji] : [])];
    return { userId: this.employeeNumber, ...(cardNumber ? { idCardNumber: cardNumber } : {}), names, birthDate: this.birthDate, today };
  }
}
