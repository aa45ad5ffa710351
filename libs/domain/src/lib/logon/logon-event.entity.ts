import { randomUUID } from 'node:crypto';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffEntity } from '../staff/staff.entity';

/** What became of one sign-in attempt (第19条の2第2項). */
export const LOGON_OUTCOMES = [
  'SUCCESS',
  /** Unknown card, or a wrong password. */
  'BAD_CREDENTIALS',
  /** The account is locked after consecutive failures (第19条第1項). */
  'LOCKED',
  /** The card is not ACTIVE (issued but not activated, lost, stolen, returned, revoked), or its holder left. */
  'CARD_INACTIVE',
  /** Signed in, but the password expired or was reset: only a password change is allowed (第21条). */
  'PASSWORD_EXPIRED',
  /** Too many failed attempts from the source address: refused without checking. */
  'RATE_LIMITED',
] as const;
export type LogonOutcome = (typeof LOGON_OUTCOMES)[number];

/** Outcomes after which the attempt opened a session. */
export const SIGNED_IN_OUTCOMES: readonly LogonOutcome[] = ['SUCCESS', 'PASSWORD_EXPIRED'];

/** Longest card number kept as entered (longer input is cut; it is not a valid number anyway). */
export const MAX_ENTERED_CARD_NUMBER = 64;
export const MAX_SOURCE_ADDRESS = 45;

/**
 * Logon history (第19条の2第2項: recorded, and reviewed for unauthorised access): every sign-in attempt,
 * successful or not — when, the card number as entered (an identifier, not a secret), whose card it is
 * when known, the outcome and the source address. Never the password.
 */
@Entity({ name: 'logon_event' })
@Index('IDX_logon_event_source_occurred', ['sourceAddress', 'occurredAt'])
@Index('IDX_logon_event_staff_occurred', ['staffId', 'occurredAt'])
export class LogonEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('IDX_logon_event_occurred')
  @Column({ name: 'occurred_at', type: 'datetime', precision: 3 })
  occurredAt!: Date;

  @Column({ name: 'card_number', type: 'varchar', length: MAX_ENTERED_CARD_NUMBER })
  cardNumber!: string;

  @Column({ name: 'staff_id', type: 'varchar', length: 36, nullable: true })
  staffId!: string | null;

  @ManyToOne(() => StaffEntity, { nullable: true, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'FK_logon_event_staff' })
  staff?: StaffEntity | null;

  @Column({ type: 'simple-enum', enum: LOGON_OUTCOMES })
  outcome!: LogonOutcome;

  @Column({ name: 'source_address', type: 'varchar', length: MAX_SOURCE_ADDRESS })
  sourceAddress!: string;

  static record(input: {
    readonly occurredAt: Date;
    readonly cardNumber: string;
    readonly staffId: string | null;
    readonly outcome: LogonOutcome;
    readonly sourceAddress: string;
  }): LogonEventEntity {
    return Object.assign(new LogonEventEntity(), {
      id: randomUUID(),
      occurredAt: new Date(input.occurredAt.getTime()),
      cardNumber: truncateCodePoints(input.cardNumber, MAX_ENTERED_CARD_NUMBER),
      staffId: input.staffId,
      outcome: input.outcome,
      sourceAddress: truncateCodePoints(input.sourceAddress, MAX_SOURCE_ADDRESS),
    });
  }
}

/** The first `max` code points (never half a surrogate pair, which MariaDB's utf8mb4 would refuse). */
export function truncateCodePoints(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max).join('');
}
