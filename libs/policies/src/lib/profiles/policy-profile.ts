import type { ArticleRef } from '../articles/articles';
import type { IsoDate } from '../calendar/calendar-date';
import type { LocalizedText } from '../i18n/localized-text';

/**
 * Kinds of record whose keeping period the profile sets (第19条 and 第24条). Operation history is
 * fixed by 第19条第1項 at seven years; the others are 第24条 decisions of the 市民局長.
 */
export const RECORD_KINDS = [
  'operationHistory',
  'logonHistory',
  'printedFormLedger',
  'residentCardLedger',
  'operatorIdCardLedger',
  'mediaDisposalCertificate',
  'roomEntryLog',
  'handlerLedger',
  'councilRecord',
  'incidentRecord',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface RetentionPeriod {
  readonly years: number;
  /** The article that fixes this period, or 第24条 when it is a parameter set under delegation. */
  readonly basis: ArticleRef;
}

/**
 * A policy profile: every parameter of the rules, in force from `effectiveFrom` (附則: the guidelines
 * were amended several times; 第24条: further details are set by the 市民局長 as configuration).
 */
export interface PolicyProfile {
  readonly id: string;
  readonly effectiveFrom: IsoDate;
  readonly title: LocalizedText;
  /** What put this profile in force, e.g. 附則（平成19年4月1日施行）. */
  readonly basis: string;
  /** Articles that were not yet part of the guidelines under this profile; their rules do not apply. */
  readonly articlesNotInForce: readonly ArticleRef[];
  readonly passwords: {
    /** Shortest password, counted in Unicode code points after NFKC normalisation. */
    readonly minLength: number;
    /** Longest password accepted (at least 64, NIST SP 800-63B-4). */
    readonly maxLength: number;
    /** Lowest acceptable zxcvbn-family score (0–4). */
    readonly minScore: 0 | 1 | 2 | 3 | 4;
    /** Shortest keyboard run, repetition or sequence that makes a password "regular" (規則性). */
    readonly minPatternLength: number;
    readonly expiryDays: number;
    /** Days before expiry in which the user is warned. */
    readonly warningDays: number;
    /** How many previous passwords may not be reused. */
    readonly historyDepth: number;
    /** Consecutive failed sign-ins that lock the account until the system officer unlocks it. */
    readonly maxConsecutiveFailures: number;
    /**
     * Days an account may stay locked before the system officer has reviewed it (and unlocked it or ended
     * it): a lock is a sign that the password may be being guessed (第21条第3項). Compliance check
     * `art21.lockedAccountReview`.
     */
    readonly lockedReviewDays: number;
  };
  readonly pins: {
    /** PINs rejected in addition to the built-in list of common PINs. */
    readonly additionalRejectedPins: readonly string[];
  };
  readonly forms: {
    /** Days after the keeping period ends within which a printed form must be disposed (速やかに). */
    readonly disposalDueDays: number;
  };
  readonly cards: {
    /** Days a resident card may await disposal before it is overdue (できるだけ速やかに). */
    readonly disposalDueDays: number;
  };
  readonly retention: Readonly<Record<RecordKind, RetentionPeriod>>;
  readonly accessReview: {
    /** Days between periodic reviews of user IDs and their permissions (第19条の2第1項第4号). */
    readonly reviewIntervalDays: number;
    /** An ID with no logon for this many days is inactive and must be reviewed. */
    readonly inactiveDays: number;
  };
  readonly operatorCards: {
    /** Days after retirement or transfer within which the ID card must be returned (速やかに). */
    readonly returnDueDays: number;
    /** Hours after a loss or theft report within which the card must be revoked (速やかに). */
    readonly revocationDueHours: number;
  };
  readonly network: {
    /** Days of advance notice of a planned network stop (第17条第3項第2号). */
    readonly plannedStopNoticeDays: number;
  };
  readonly sessions: {
    readonly idleTimeoutMinutes: number;
    readonly absoluteTimeoutHours: number;
  };
}
