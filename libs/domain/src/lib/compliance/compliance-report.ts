import {
  CHIBA_PROFILE_HISTORY,
  COMPLIANCE_CHECKS,
  complianceChapter,
  complianceNotEvaluable,
  complianceVerdict,
  jstDate,
  type ComplianceCheckDefinition,
  type ComplianceVerdict,
  type IsoDate,
  type PolicyProfile,
  type ProfileHistory,
} from '@juki/policies';
import type { EntityManager } from 'typeorm';
import { COMPLIANCE_QUERIES } from './compliance-queries';
import { endOfJstDay, type ComplianceOffender, type OffenderPageRequest, type RowScopeSql } from './compliance-query';

export interface ComplianceReportOptions {
  /** The date evaluated (records as they stood at its end, in Japan; the profile in force on it). */
  readonly asOf: IsoDate;
  /** The current instant (from the caller's clock: rules and queries never read it themselves). */
  readonly now: Date;
  readonly scope: RowScopeSql;
  /** Whether the caller reads city-wide (CITY checks are NOT_EVALUABLE otherwise). */
  readonly cityWide: boolean;
  /** Offenders per check (0–100). */
  readonly offenders: OffenderPageRequest;
  /** Only these checks (by id); every check by default. */
  readonly checkIds?: readonly string[];
  readonly profiles?: ProfileHistory;
}

export interface ComplianceCheckResult {
  readonly check: ComplianceCheckDefinition;
  /** The chapter (章) of the guidelines the check's article is in. */
  readonly chapter: string;
  readonly verdict: ComplianceVerdict;
  /** A page of offending records (empty unless VIOLATION), after `offenders.after`. */
  readonly offenders: readonly ComplianceOffender[];
  readonly hasMoreOffenders: boolean;
}

export interface ComplianceReport {
  readonly asOf: IsoDate;
  /** The instant the records were read as of. */
  readonly at: Date;
  /** The profile in force on `asOf`; null before the guidelines were first in force. */
  readonly profile: PolicyProfile | null;
  readonly checks: readonly ComplianceCheckResult[];
}

/** How many checks of a report run at once (a share of the API's pool, which serves other requests too). */
const REPORT_CONCURRENCY = 3;

/**
 * Evaluates the compliance checks (第6条第3項第2号) as of a date: each check's query (aggregate SQL under
 * the caller's row scope, never every row in memory) gives its facts and a page of offenders, the pure
 * verdict of @juki/policies gives the status. A check that cannot be evaluated (guidelines or article not
 * in force on the date under its profile, city-wide check for a section-scoped caller) runs no query.
 * Read-only; runs outside any transaction, on the caller's manager.
 */
export async function evaluateComplianceReport(manager: EntityManager, options: ComplianceReportOptions): Promise<ComplianceReport> {
  const profiles = options.profiles ?? CHIBA_PROFILE_HISTORY;
  const profile = profiles.inForceOn(options.asOf);
  const end = endOfJstDay(options.asOf);
  const current = end.getTime() > options.now.getTime();
  // `at` is an exclusive bound (what happened before it counts): the first instant after now, or after the date.
  const at = current ? new Date(options.now.getTime() + 1) : end;
  const setting = { asOf: options.asOf, profile, cityWide: options.cityWide };
  const wanted = options.checkIds ? new Set(options.checkIds) : null;
  const evaluate = async (check: (typeof COMPLIANCE_CHECKS)[number]): Promise<ComplianceCheckResult> => {
    const chapter = complianceChapter(check.article);
    if (!profile || complianceNotEvaluable(check, setting)) {
      return { check, chapter, verdict: complianceVerdict(check, null, setting), offenders: [], hasMoreOffenders: false };
    }
    const query = COMPLIANCE_QUERIES.get(check.id);
    if (!query) throw new Error(`compliance check ${check.id} has no query`);
    const found = await query.run(
      { manager, asOf: options.asOf, at, current, profile, profileOn: (date) => profiles.inForceOn(date), scope: options.scope, cityWide: options.cityWide },
      options.offenders,
    );
    const verdict = complianceVerdict(check, found.facts, setting);
    const violating = verdict.status === 'VIOLATION';
    return { check, chapter, verdict, offenders: violating ? found.offenders : [], hasMoreOffenders: violating && found.hasMoreOffenders };
  };
  // The checks are independent read-only queries: up to REPORT_CONCURRENCY run at once (on MariaDB each on a
  // connection of the pool, so the server works on several; SQLite's one connection takes them in turn).
  const wantedChecks = COMPLIANCE_CHECKS.filter((check) => !wanted || wanted.has(check.id));
  const results: ComplianceCheckResult[] = new Array<ComplianceCheckResult>(wantedChecks.length);
  // Heavy checks first (longest first), the results in the checks' own order.
  const order = wantedChecks.map((_, index) => index).sort((a, b) => heaviness(wantedChecks[b]) - heaviness(wantedChecks[a]) || a - b);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < order.length) {
      const index = order[next++] as number;
      results[index] = await evaluate(wantedChecks[index] as (typeof COMPLIANCE_CHECKS)[number]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(REPORT_CONCURRENCY, wantedChecks.length) }, worker));
  return { asOf: options.asOf, at, profile: profile ?? null, checks: results };
}

function heaviness(check: (typeof COMPLIANCE_CHECKS)[number] | undefined): number {
  return check && COMPLIANCE_QUERIES.get(check.id)?.heavy ? 1 : 0;
}

/** Today in Japan, the report's default date. */
export function complianceToday(now: Date): IsoDate {
  return jstDate(now);
}
