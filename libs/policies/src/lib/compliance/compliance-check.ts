import { findArticle, type ArticleRef } from '../articles/articles';
import type { IsoDate } from '../calendar/calendar-date';
import type { LocalizedText, MessageParams } from '../i18n/localized-text';
import { localize, type MessageCode } from '../i18n/message-catalogue';
import type { PolicyProfile } from '../profiles/policy-profile';
import { articleInForce } from '../profiles/profile-history';

/**
 * Compliance checks (第6条第3項第2号: the security council checks that the measures are observed): one
 * check per rule of the guidelines that the stored records can decide, evaluated against the records as
 * they stood on a date, under the policy profile in force on that date (附則).
 *
 * This layer holds each check's definition (its article, what "compliant" means, the profile parameters it
 * reads) and the pure verdict from aggregate facts (counts) to a status. The queries that produce the facts
 * live in `@juki/domain` (`libs/domain/src/lib/compliance/`), one file per check, beside this one.
 */
export const COMPLIANCE_STATUSES = ['COMPLIANT', 'VIOLATION', 'NOT_EVALUABLE'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/**
 * Which callers can evaluate a check: `SECTION` checks count records that belong to a section (a security
 * officer sees their own section's); `CITY` checks are about one city-wide record (the audit chain) and
 * are evaluable only for a caller who reads city-wide.
 */
export const COMPLIANCE_COVERAGES = ['SECTION', 'CITY'] as const;
export type ComplianceCoverage = (typeof COMPLIANCE_COVERAGES)[number];

export interface ComplianceCheckDefinition {
  /** Stable id, `art<article>.<name>`, e.g. `art20.lostCardRevoked`. */
  readonly id: string;
  readonly article: ArticleRef;
  readonly title: LocalizedText;
  /** What "compliant" means, in terms of the records. */
  readonly compliant: LocalizedText;
  /** The profile parameters the check reads (dotted paths into PolicyProfile). */
  readonly parameters: readonly string[];
  readonly coverage: ComplianceCoverage;
  /** The reason shown with VIOLATION; takes `{count}`. */
  readonly violationCode: MessageCode;
  /** The message describing one offending record (ids and a short description). */
  readonly offenderCode: MessageCode;
  /** Whether a check with nothing to look at (no record at all) is NOT_EVALUABLE rather than COMPLIANT. */
  readonly emptyIsNotEvaluable: boolean;
}

/** What a check's query found, as counts: never the records themselves. */
export interface ComplianceFacts {
  /** Records that break the rule (as of the date, within the caller's rows). */
  readonly offenders: number;
  /** Records the rule looked at (as of the date, within the caller's rows). */
  readonly population: number;
}

/** Where and for whom the check is evaluated. */
export interface ComplianceSetting {
  readonly asOf: IsoDate;
  /** The profile in force on `asOf`; undefined before the guidelines were first in force. */
  readonly profile: PolicyProfile | undefined;
  /** Whether the caller reads the records city-wide (CITY checks need it). */
  readonly cityWide: boolean;
}

export interface ComplianceReason {
  readonly code: MessageCode;
  readonly params: MessageParams;
  readonly message: LocalizedText;
}

export interface ComplianceVerdict {
  readonly checkId: string;
  readonly article: ArticleRef;
  readonly status: ComplianceStatus;
  /** Offending records: 0 unless VIOLATION. */
  readonly count: number;
  /** Why NOT_EVALUABLE, or the summary of a VIOLATION; null when COMPLIANT. */
  readonly reason: ComplianceReason | null;
}

function reason(code: MessageCode, params: MessageParams = {}): ComplianceReason {
  return { code, params, message: localize(code, params) };
}

/**
 * Why a check cannot be evaluated at all in this setting, decided before any query runs: the guidelines
 * (or the check's article) were not in force on the date under the profile of that date, or the check is
 * city-wide and the caller reads only some sections. Null when it can be evaluated.
 */
export function complianceNotEvaluable(check: ComplianceCheckDefinition, setting: ComplianceSetting): ComplianceReason | null {
  if (!setting.profile) return reason('COMPLIANCE.GUIDELINES_NOT_IN_FORCE', { date: setting.asOf });
  if (!articleInForce(setting.profile, check.article)) {
    return reason('COMPLIANCE.ARTICLE_NOT_IN_FORCE', { article: check.article, date: setting.asOf, profile: setting.profile.title.ja });
  }
  if (check.coverage === 'CITY' && !setting.cityWide) return reason('COMPLIANCE.CITY_WIDE_ONLY', { article: check.article });
  return null;
}

function requireCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a count (a non-negative integer)`);
}

/**
 * The verdict of a check from its facts. NOT_EVALUABLE (count 0) when `complianceNotEvaluable` says so or
 * when a check that needs records found none; VIOLATION when any record offends (count = offenders);
 * COMPLIANT otherwise. `facts` may be null when the query was not run because the check is not evaluable.
 */
export function complianceVerdict(check: ComplianceCheckDefinition, facts: ComplianceFacts | null, setting: ComplianceSetting): ComplianceVerdict {
  const base = { checkId: check.id, article: check.article };
  const notEvaluable = complianceNotEvaluable(check, setting);
  if (notEvaluable) return { ...base, status: 'NOT_EVALUABLE', count: 0, reason: notEvaluable };
  if (!facts) throw new RangeError(`check ${check.id} is evaluable on ${setting.asOf}: its facts are required`);
  requireCount(facts.offenders, 'offenders');
  requireCount(facts.population, 'population');
  if (facts.offenders > facts.population) throw new RangeError('offenders cannot outnumber the records looked at');
  if (facts.population === 0 && check.emptyIsNotEvaluable) {
    return { ...base, status: 'NOT_EVALUABLE', count: 0, reason: reason('COMPLIANCE.NO_DATA', { article: check.article, date: setting.asOf }) };
  }
  if (facts.offenders > 0) return { ...base, status: 'VIOLATION', count: facts.offenders, reason: reason(check.violationCode, { count: facts.offenders }) };
  return { ...base, status: 'COMPLIANT', count: 0, reason: null };
}

/** The chapter (章) of the guidelines a check's article is in (from the article index), for grouping a report. */
export function complianceChapter(article: ArticleRef): string {
  return findArticle(article)?.chapter ?? '附則';
}
