import { addDays, daysBetween, type IsoDate } from '../calendar/calendar-date';
import { OK, result, violation, type RuleResult, type Violation } from '../core/violation';
import { checkDisposal, type DisposalMethod } from '../disposal/disposal-method.rule';
import type { StoragePlace } from '../forms/form-storage.rule';
import { isBlank, isDate, requireToday, shown } from '../forms/record-fields.util';
import type { LocalizedText } from '../i18n/localized-text';
import type { PolicyProfile } from '../profiles/policy-profile';
import { articleInForce, DEFAULT_PROFILE } from '../profiles/profile-history';

/**
 * The reasons 第10条の3 allows a resident card to be disposed of: issuance failure (カード発行失敗), which
 * the article defines as a failure to write the initial data to the card or to print its face, the
 * application being cancelled (カード交付申請取消), or the card being abolished (カード廃止).
 */
export const CARD_DISPOSAL_REASONS = [
  'INITIAL_DATA_WRITE_FAILURE',
  'FACE_PRINT_FAILURE',
  'APPLICATION_CANCELLED',
  'CARD_ABOLISHED',
] as const;
export type CardDisposalReason = (typeof CARD_DISPOSAL_REASONS)[number];

export const CARD_DISPOSAL_REASON_LABELS: Readonly<Record<CardDisposalReason, LocalizedText>> = {
  INITIAL_DATA_WRITE_FAILURE: {
    ja: 'カード発行失敗（初期データの書込みの失敗）',
    en: 'issuance failure (initial data could not be written)',
  },
  FACE_PRINT_FAILURE: { ja: 'カード発行失敗（券面印刷の失敗）', en: 'issuance failure (face print failed)' },
  APPLICATION_CANCELLED: { ja: 'カード交付申請取消', en: 'application cancelled' },
  CARD_ABOLISHED: { ja: 'カード廃止', en: 'card abolished' },
};

export function isCardDisposalReason(value: unknown): value is CardDisposalReason {
  return typeof value === 'string' && (CARD_DISPOSAL_REASONS as readonly string[]).includes(value);
}

/** カード発行失敗: the two reasons the article groups under issuance failure. */
export function isIssuanceFailure(reason: CardDisposalReason): boolean {
  return reason === 'INITIAL_DATA_WRITE_FAILURE' || reason === 'FACE_PRINT_FAILURE';
}

export const CARD_DISPOSAL_RULE_ID = 'art10-3.cardDisposal';
export const CARD_AWAITING_DISPOSAL_RULE_ID = 'art10-3.cardAwaitingDisposal';

/**
 * The last day a card that became due for disposal on `awaitingSince` may still await it:
 * `awaitingSince + cards.disposalDueDays` (第10条の3第1号 できるだけ速やかに; the days set under 第24条).
 */
export function cardDisposalDueDate(awaitingSince: IsoDate, profile: PolicyProfile = DEFAULT_PROFILE): IsoDate {
  return addDays(awaitingSince, profile.cards.disposalDueDays);
}

/** Days past the due date on `today`; 0 while the card is not overdue. */
export function cardDisposalDaysOverdue(
  awaitingSince: IsoDate,
  today: IsoDate,
  profile: PolicyProfile = DEFAULT_PROFILE,
): number {
  return Math.max(0, daysBetween(awaitingSince, today) - profile.cards.disposalDueDays);
}

/**
 * Whether a card awaiting disposal since `awaitingSince` is overdue on `today`: more than
 * `cards.disposalDueDays` days have passed (第10条の3第1号). With 30 days, a card awaiting since
 * 2026-04-01 is due by 2026-05-01 and overdue from 2026-05-02. False when 第10条の3 is not in force
 * under the profile.
 */
export function isCardDisposalOverdue(
  awaitingSince: IsoDate,
  today: IsoDate,
  profile: PolicyProfile = DEFAULT_PROFILE,
): boolean {
  if (!articleInForce(profile, '第10条の3')) return false;
  return cardDisposalDaysOverdue(awaitingSince, today, profile) > 0;
}

/** A resident card waiting to be disposed of, and where it is kept meanwhile. */
export interface CardAwaitingDisposal {
  /** The day the card became due for disposal (the failure, cancellation or abolition). */
  readonly awaitingSince: IsoDate;
  readonly place: StoragePlace;
}

/**
 * 第10条の3第1号・第2号 for a card not yet disposed of: it is overdue when it has waited more than
 * `cards.disposalDueDays` days (the violation gives the due date and the days overdue), and it must be
 * kept under strict custody meanwhile, which at least means a lockable place.
 */
export function checkCardAwaitingDisposal(
  card: CardAwaitingDisposal,
  today: IsoDate,
  profile: PolicyProfile = DEFAULT_PROFILE,
): RuleResult {
  requireToday(today);
  if (!articleInForce(profile, '第10条の3')) return OK;
  const id = CARD_AWAITING_DISPOSAL_RULE_ID;
  const found: Violation[] = [];
  if (!isDate(card.awaitingSince)) {
    found.push(violation(id, 'CARDS.DISPOSAL_DATE_INVALID', { date: shown(card.awaitingSince) }));
  } else {
    const daysOverdue = cardDisposalDaysOverdue(card.awaitingSince, today, profile);
    if (daysOverdue > 0) {
      found.push(
        violation(id, 'CARDS.DISPOSAL_OVERDUE', {
          awaitingSince: card.awaitingSince,
          dueDate: cardDisposalDueDate(card.awaitingSince, profile),
          daysOverdue,
        }),
      );
    }
  }
  if (card.place.lockable !== true) {
    found.push(violation(id, 'CARDS.AWAITING_DISPOSAL_NOT_SECURED', { place: card.place.name }));
  }
  return result(found);
}

/** A resident card disposal as recorded (第10条の3). */
export interface CardDisposalInput {
  readonly reason: CardDisposalReason;
  /** The day the card became due for disposal. */
  readonly awaitingSince: IsoDate;
  readonly disposedOn: IsoDate;
  /** The recording date, passed in (rules never read the clock). */
  readonly today: IsoDate;
  readonly method: DisposalMethod;
  readonly methodDescription?: string;
  readonly icChipPhysicallyDestroyed: boolean;
  readonly performedBy: string;
  readonly witnessedBy?: string;
}

/**
 * 第10条の3 for a disposed card, every violation at once:
 * - 柱書: the reason is recorded and is one of {@link CARD_DISPOSAL_REASONS} (a disposal without a reason,
 *   or with any other, is a violation);
 * - 第1号: the card was disposed of within `cards.disposalDueDays` days of becoming due, and not before;
 * - 第3号: the method and the IC chip's physical destruction, with performer and witness
 *   ({@link checkDisposal} for a resident card).
 * No violations when 第10条の3 is not in force under the profile.
 */
export function checkCardDisposal(input: CardDisposalInput, profile: PolicyProfile = DEFAULT_PROFILE): RuleResult {
  requireToday(input.today);
  if (!articleInForce(profile, '第10条の3')) return OK;
  const id = CARD_DISPOSAL_RULE_ID;
  const found: Violation[] = [];

  if (isBlank(input.reason)) {
    found.push(violation(id, 'CARDS.DISPOSAL_REASON_MISSING'));
  } else if (!isCardDisposalReason(input.reason)) {
    found.push(violation(id, 'CARDS.DISPOSAL_REASON_UNKNOWN', { reason: shown(input.reason) }));
  }

  if (!isDate(input.awaitingSince)) {
    found.push(violation(id, 'CARDS.DISPOSAL_DATE_INVALID', { date: shown(input.awaitingSince) }));
  } else if (isDate(input.disposedOn)) {
    const days = daysBetween(input.awaitingSince, input.disposedOn);
    const dueDays = profile.cards.disposalDueDays;
    if (days < 0) {
      found.push(
        violation(id, 'CARDS.DISPOSAL_BEFORE_AWAITING', {
          disposedOn: input.disposedOn,
          awaitingSince: input.awaitingSince,
        }),
      );
    } else if (days > dueDays) {
      found.push(
        violation(id, 'CARDS.DISPOSED_LATE', {
          awaitingSince: input.awaitingSince,
          days,
          dueDays,
          daysOverdue: days - dueDays,
        }),
      );
    }
  }

  const method = checkDisposal(
    {
      medium: 'RESIDENT_CARD',
      method: input.method,
      ...(input.methodDescription !== undefined ? { methodDescription: input.methodDescription } : {}),
      disposedOn: input.disposedOn,
      today: input.today,
      performedBy: input.performedBy,
      ...(input.witnessedBy !== undefined ? { witnessedBy: input.witnessedBy } : {}),
      icChipPhysicallyDestroyed: input.icChipPhysicallyDestroyed,
    },
    profile,
  );
  return result([...found, ...method.violations]);
}
