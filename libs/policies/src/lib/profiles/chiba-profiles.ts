import type { PolicyProfile, RecordKind, RetentionPeriod } from './policy-profile';

const SEVEN_YEARS_ART19: RetentionPeriod = { years: 7, basis: '第19条第1項' };
const delegated = (years: number): RetentionPeriod => ({ years, basis: '第24条' });

const RETENTION: Readonly<Record<RecordKind, RetentionPeriod>> = {
  operationHistory: SEVEN_YEARS_ART19,
  logonHistory: delegated(7),
  printedFormLedger: delegated(5),
  residentCardLedger: delegated(5),
  operatorIdCardLedger: delegated(7),
  mediaDisposalCertificate: delegated(7),
  roomEntryLog: delegated(7),
  handlerLedger: delegated(7),
  councilRecord: delegated(10),
  incidentRecord: delegated(10),
};

/** The parameters Chiba City applies today (第24条: set by the 市民局長 as configuration). */
const CURRENT: Omit<PolicyProfile, 'id' | 'effectiveFrom' | 'title' | 'basis' | 'articlesNotInForce'> = {
  passwords: {
    minLength: 12,
    maxLength: 128,
    minScore: 3,
    minPatternLength: 4,
    expiryDays: 90,
    warningDays: 14,
    historyDepth: 5,
    maxConsecutiveFailures: 5,
    lockedReviewDays: 7,
  },
  pins: { additionalRejectedPins: [] },
  forms: { disposalDueDays: 30 },
  cards: { disposalDueDays: 30 },
  retention: RETENTION,
  accessReview: { reviewIntervalDays: 180, inactiveDays: 90 },
  operatorCards: { returnDueDays: 7, revocationDueHours: 24 },
  network: { plannedStopNoticeDays: 14 },
  sessions: { idleTimeoutMinutes: 30, absoluteTimeoutHours: 10 },
};

/**
 * The parameters assumed before the current 第24条 decision. The guidelines' text fixes no numbers
 * other than the seven years of 第19条; these earlier values (8-character passwords, 180-day expiry,
 * no estimator score) reproduce common Japanese local-government practice of the 2000s so that reports
 * "as of" an earlier date evaluate under the rules of that date. Replace them with the city's records.
 */
const LEGACY: typeof CURRENT = {
  ...CURRENT,
  passwords: {
    ...CURRENT.passwords,
    minLength: 8,
    maxLength: 64,
    minScore: 0,
    expiryDays: 180,
    warningDays: 7,
    historyDepth: 3,
  },
  accessReview: { reviewIntervalDays: 365, inactiveDays: 180 },
};

/** 第4章 (resident cards) took effect with card issuance on 平成15年8月25日. */
const CARD_ARTICLES = ['第10条の2', '第10条の3', '第10条の4'] as const;

/**
 * Chiba City's profiles, oldest first: one per 附則 date, and the current 第24条 parameters.
 */
export const CHIBA_PROFILES: readonly PolicyProfile[] = [
  {
    id: 'chiba-h14-08-05',
    effectiveFrom: '2002-08-05',
    title: { ja: '制定（平成14年8月5日施行）', en: 'Enacted (in force 5 Aug 2002)' },
    basis: '附則（平成14年8月5日施行）',
    articlesNotInForce: CARD_ARTICLES,
    ...LEGACY,
  },
  {
    id: 'chiba-h14-12-12',
    effectiveFrom: '2002-12-12',
    title: { ja: '改正（平成14年12月12日施行）', en: 'Amended (in force 12 Dec 2002)' },
    basis: '附則（平成14年12月12日施行）',
    articlesNotInForce: CARD_ARTICLES,
    ...LEGACY,
  },
  {
    id: 'chiba-h15-08-25',
    effectiveFrom: '2003-08-25',
    title: { ja: '改正（平成15年8月25日施行）', en: 'Amended (in force 25 Aug 2003)' },
    basis: '附則（平成15年8月25日施行）',
    articlesNotInForce: [],
    ...LEGACY,
  },
  {
    id: 'chiba-h17-04-01',
    effectiveFrom: '2005-04-01',
    title: { ja: '改正（平成17年4月1日施行）', en: 'Amended (in force 1 Apr 2005)' },
    basis: '附則（平成17年4月1日施行）',
    articlesNotInForce: [],
    ...LEGACY,
  },
  {
    id: 'chiba-h18-04-01',
    effectiveFrom: '2006-04-01',
    title: { ja: '改正（平成18年4月1日施行）', en: 'Amended (in force 1 Apr 2006)' },
    basis: '附則（平成18年4月1日施行）',
    articlesNotInForce: [],
    ...LEGACY,
  },
  {
    id: 'chiba-h19-04-01',
    effectiveFrom: '2007-04-01',
    title: { ja: '改正（平成19年4月1日施行）', en: 'Amended (in force 1 Apr 2007)' },
    basis: '附則（平成19年4月1日施行）',
    articlesNotInForce: [],
    ...LEGACY,
  },
  {
    id: 'chiba-r08-04-01',
    effectiveFrom: '2026-04-01',
    title: { ja: '市民局長決定（令和8年4月1日適用）', en: 'Director decision (applies from 1 Apr 2026)' },
    basis: '第24条（市民局長決定）',
    articlesNotInForce: [],
    ...CURRENT,
  },
];
