import { evaluatePasswordLifecycle, lockedAfterFailures, type PasswordLifecycleStatus, type PolicyProfile } from '@juki/policies';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { StaffEntity } from '../staff/staff.entity';

/**
 * The password of one member of staff (第21条): an argon2id hash (PHC string, never the password), when
 * it was last changed (第21条第1項: expiry), whether it must be changed before anything else (a reset),
 * and the lockout state of 第19条第1項 (consecutive failures, locked until the system officer unlocks).
 */
@Entity({ name: 'credential' })
export class CredentialEntity {
  @PrimaryColumn({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'FK_credential_staff' })
  staff?: StaffEntity;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ name: 'changed_at', type: 'datetime', precision: 3 })
  changedAt!: Date;

  @Column({ name: 'must_change', type: 'boolean' })
  mustChange!: boolean;

  /** Consecutive failed authentications since the last success or unlock. */
  @Column({ name: 'failed_count', type: 'int' })
  failedCount!: number;

  /** Indexed for the 第21条第3項 compliance check (migration 1764551000000). */
  @Index('IDX_credential_locked')
  @Column({ name: 'locked_at', type: 'datetime', precision: 3, nullable: true })
  lockedAt!: Date | null;

  @VersionColumn({ type: 'int' })
  version!: number;

  static create(input: { readonly staffId: string; readonly passwordHash: string; readonly changedAt: Date; readonly mustChange?: boolean }): CredentialEntity {
    return Object.assign(new CredentialEntity(), {
      staffId: input.staffId,
      passwordHash: input.passwordHash,
      changedAt: new Date(input.changedAt.getTime()),
      mustChange: input.mustChange ?? false,
      failedCount: 0,
      lockedAt: null,
      version: 1,
    });
  }

  get locked(): boolean {
    return this.lockedAt !== null;
  }

  /** 第21条第1項・第4項: expired, or reset and not yet changed. */
  lifecycle(now: Date, profile: PolicyProfile): PasswordLifecycleStatus {
    return evaluatePasswordLifecycle({ changedAt: this.changedAt, now, mustChange: this.mustChange }, profile);
  }

  passwordChangeRequired(now: Date, profile: PolicyProfile): boolean {
    const status = this.lifecycle(now, profile);
    return status.expired || status.mustChange;
  }

  /** Whether `failures` consecutive failures lock this account (第19条第1項). */
  static locksAfter(failures: number, profile: PolicyProfile): boolean {
    return lockedAfterFailures(failures, profile);
  }
}
