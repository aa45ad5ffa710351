import { randomUUID } from 'node:crypto';
import { cardReportableAsLost, cardUsableForSignIn, OPERATOR_ID_CARD_STATUSES, type OperatorIdCardStatus } from '@juki/policies';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { DomainError } from '../shared/domain-error';
import { StaffEntity } from '../staff/staff.entity';

/** How a card was lost (第20条第5項). */
export const CARD_LOSS_KINDS = ['LOST', 'STOLEN'] as const;
export type CardLossKind = (typeof CARD_LOSS_KINDS)[number];

/** The card number as shown in messages: only its last four characters. */
export function shownCardNumber(cardNumber: string): string {
  return cardNumber.length <= 4 ? cardNumber : `…${cardNumber.slice(-4)}`;
}

/**
 * An operator ID card lent to one operator (第20条第1項・第2項: the ledger of cards). Sign-in needs the
 * card number AND the password (第19条第1項); only an ACTIVE card opens a session. Transitions are
 * methods that refuse what the article does not allow; a card never changes holder.
 *
 * A loss or theft report (第20条第5項) revokes the card at once: the card is then REVOKED, with
 * `lossKind` and `lostReportedAt` telling that (and how) it was lost. LOST and STOLEN are the states of a
 * card whose loss is recorded but not yet revoked (e.g. reported on paper), which the compliance check
 * `checkOperatorIdCard` flags.
 */
@Entity({ name: 'operator_id_card' })
export class OperatorIdCardEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** The number printed on the card, entered at sign-in. */
  @Index('UQ_operator_id_card_number', { unique: true })
  @Column({ name: 'card_number', type: 'varchar', length: 32 })
  cardNumber!: string;

  @Index('IDX_operator_id_card_holder')
  @Column({ name: 'holder_id', type: 'varchar', length: 36 })
  holderId!: string;

  @ManyToOne(() => StaffEntity, { nullable: false, onDelete: 'NO ACTION', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'holder_id', foreignKeyConstraintName: 'FK_operator_id_card_holder' })
  holder?: StaffEntity;

  @Column({ type: 'simple-enum', enum: OPERATOR_ID_CARD_STATUSES })
  status!: OperatorIdCardStatus;

  @Column({ name: 'issued_at', type: 'datetime', precision: 3 })
  issuedAt!: Date;

  @Column({ name: 'returned_at', type: 'datetime', precision: 3, nullable: true })
  returnedAt!: Date | null;

  /** Indexed for the 第20条第5項 compliance check (migration 1764551000000). */
  @Index('IDX_operator_id_card_lost_reported')
  @Column({ name: 'lost_reported_at', type: 'datetime', precision: 3, nullable: true })
  lostReportedAt!: Date | null;

  @Column({ name: 'loss_kind', type: 'simple-enum', enum: CARD_LOSS_KINDS, nullable: true })
  lossKind!: CardLossKind | null;

  @Column({ name: 'revoked_at', type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @VersionColumn({ type: 'int' })
  version!: number;

  /** 第20条第1項: the system officer lends a card to an operator (ISSUED until first activated). */
  static issue(input: { readonly cardNumber: string; readonly holderId: string; readonly issuedAt: Date; readonly active?: boolean }): OperatorIdCardEntity {
    if (!/^[A-Za-z0-9-]{4,32}$/.test(input.cardNumber)) throw new RangeError('a card number has 4–32 letters, digits or hyphens');
    return Object.assign(new OperatorIdCardEntity(), {
      id: randomUUID(),
      cardNumber: input.cardNumber,
      holderId: input.holderId,
      status: input.active ? 'ACTIVE' : 'ISSUED',
      issuedAt: new Date(input.issuedAt.getTime()),
      returnedAt: null,
      lostReportedAt: null,
      lossKind: null,
      revokedAt: null,
      version: 1,
    });
  }

  get usableForSignIn(): boolean {
    return cardUsableForSignIn(this.status);
  }

  activate(): void {
    if (this.status !== 'ISSUED') throw new RangeError(`a ${this.status} card cannot be activated`);
    this.status = 'ACTIVE';
  }

  /** 第20条第1項: returned on retirement or transfer. */
  markReturned(at: Date): void {
    if (this.status !== 'ISSUED' && this.status !== 'ACTIVE') throw new RangeError(`a ${this.status} card cannot be returned`);
    this.status = 'RETURNED';
    this.returnedAt = new Date(at.getTime());
  }

  /** A loss recorded without revocation yet (LOST/STOLEN; see the class comment). */
  recordLoss(kind: CardLossKind, at: Date): void {
    this.assertReportable();
    this.status = kind;
    this.lossKind = kind;
    this.lostReportedAt = new Date(at.getTime());
  }

  /**
   * 第20条第5項: the card is reported lost or stolen and revoked in the same step. The caller ends all
   * sessions opened with it in the same transaction.
   */
  reportLossAndRevoke(kind: CardLossKind, at: Date): void {
    this.assertReportable();
    this.lossKind = kind;
    this.lostReportedAt = new Date(at.getTime());
    this.status = 'REVOKED';
    this.revokedAt = new Date(at.getTime());
  }

  private assertReportable(): void {
    if (!cardReportableAsLost(this.status)) {
      throw new DomainError('OPERATOR_CARDS.NOT_REPORTABLE', { card: shownCardNumber(this.cardNumber) });
    }
  }
}
