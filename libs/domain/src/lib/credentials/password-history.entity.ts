import { randomUUID } from 'node:crypto';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffEntity } from '../staff/staff.entity';

/**
 * A password a member of staff used before (第21条第4項: a change to a recent password is no change):
 * its argon2id hash only. The newest `passwords.historyDepth` rows per person are checked.
 */
@Entity({ name: 'password_history' })
@Index('IDX_password_history_staff_created', ['staffId', 'createdAt'])
export class PasswordHistoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'FK_password_history_staff' })
  staff?: StaffEntity;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  /** When this password was set. */
  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  static record(staffId: string, passwordHash: string, createdAt: Date): PasswordHistoryEntity {
    return Object.assign(new PasswordHistoryEntity(), { id: randomUUID(), staffId, passwordHash, createdAt: new Date(createdAt.getTime()) });
  }
}
