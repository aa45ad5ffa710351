import { complianceToday, evaluateComplianceReport, type ComplianceReport, type OffenderPageRequest } from '@juki/domain';
import { rowScope } from '@juki/policies';
import { accessForRoles, type FieldAccessMap } from '../graphql/authorization/field-access';
import { requestScope, type AuthorizedContext } from '../graphql/authorization/request-scope';
import { rowFilterSql } from '../graphql/authorization/row-filter.sql';
import { dataSourceOf, type DataContext } from '../graphql/request-data-source';
import { COMPLIANCE_CHECK } from './compliance.mapper';

export interface ScopedComplianceReport {
  readonly report: ComplianceReport;
  /** A stable key of the caller's row scope (part of each evaluation's id). */
  readonly scopeKey: string;
  readonly access: FieldAccessMap;
}

/**
 * Runs the compliance report for the caller: the row filter of ComplianceCheck (city-wide for the
 * leadership, auditors and the IT division head; a security officer's own sections) goes into every
 * check's SQL through `rowFilterSql`; CITY checks run only for a city-wide caller.
 */
export async function runComplianceReport(
  context: AuthorizedContext & DataContext,
  asOf: string | null | undefined,
  offenders: OffenderPageRequest,
  checkIds?: readonly string[],
): Promise<ScopedComplianceReport> {
  const scope = requestScope(context);
  const filter = scope.rowFilter(COMPLIANCE_CHECK);
  const date = asOf ?? complianceToday(context.requestedAt);
  const report = await evaluateComplianceReport(dataSourceOf(context).manager, {
    asOf: date,
    now: context.requestedAt,
    scope: (columns) => rowFilterSql(filter, columns),
    cityWide: filter.kind === 'all',
    offenders,
    ...(checkIds ? { checkIds } : {}),
  });
  // Every reader of ComplianceCheck reads the evaluation of exactly the rows it reaches: its field access is
  // that of the caller's roles that read the type at all.
  const readers = scope.roles.filter((role) => rowScope(role, COMPLIANCE_CHECK, 'read') !== undefined);
  return { report, scopeKey: scope.rowFilterKey(COMPLIANCE_CHECK), access: accessForRoles(COMPLIANCE_CHECK, readers) };
}
