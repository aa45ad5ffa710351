import { randomUUID } from 'node:crypto';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OperatorIdCardEntity } from '../operator-cards/operator-id-card.entity';
import { StaffEntity } from '../staff/staff.entity';

/** Why a session ended. */
export const SESSION_END_REASONS = [
  'SIGNED_OUT',
  'IDLE_TIMEOUT',
  'ABSOLUTE_TIMEOUT',
  /** 第20条第5項: its card was reported lost or stolen (or otherwise stopped being ACTIVE). */
  'CARD_REVOKED',
  /** The holder retired or moved. */
  'STAFF_INACTIVE',
  /** Consecutive failures (a wrong current password) locked the account. */
  'ACCOUNT_LOCKED',
  /** The password was changed in another session. */
  'PASSWORD_CHANGED',
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/**
 * A signed-in session of an operator (第19条第1項), opened with one operator ID card. The token itself
 * is never stored: only its SHA-256 (`tokenHash`), so a copy of the table opens no session.
 */
@Entity({ name: 'session' })
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Lower-case hex SHA-256 of the bearer token. */
  @Index('UQ_session_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;

  @Index('IDX_session_staff')
  @Column({ name: 'staff_id', type: 'varchar', length: 36 })
  staffId!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'FK_session_staff' })
  staff?: StaffEntity;

  /** The card the session was opened with: reporting it lost ends the session (第20条第5項). */
  @Index('IDX_session_card')
  @Column({ name: 'card_id', type: 'varchar', length: 36 })
  cardId!: string;

  @ManyToOne(() => OperatorIdCardEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'card_id', foreignKeyConstraintName: 'FK_session_card' })
  card?: OperatorIdCardEntity;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  /** The last request made with the session (written at most once a minute). */
  @Column({ name: 'last_seen_at', type: 'datetime', precision: 3 })
  lastSeenAt!: Date;

  @Column({ name: 'ended_at', type: 'datetime', precision: 3, nullable: true })
  endedAt!: Date | null;

  @Column({ name: 'end_reason', type: 'simple-enum', enum: SESSION_END_REASONS, nullable: true })
  endReason!: SessionEndReason | null;

  static open(input: { readonly tokenHash: string; readonly staffId: string; readonly cardId: string; readonly at: Date }): SessionEntity {
    return Object.assign(new SessionEntity(), {
      id: randomUUID(),
      tokenHash: input.tokenHash,
      staffId: input.staffId,
      cardId: input.cardId,
      createdAt: new Date(input.at.getTime()),
      lastSeenAt: new Date(input.at.getTime()),
      endedAt: null,
      endReason: null,
    });
  }
}
