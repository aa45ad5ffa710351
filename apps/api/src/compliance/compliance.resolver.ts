import { complianceCsvColumns, complianceCsvRows } from '@juki/domain';
import { findComplianceCheck } from '@juki/policies';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { recordRead } from '../audit/audit-refusals';
import type { AuditContext } from '../audit/audit-request';
import { catalogueError } from '../graphql/api-error';
import { decodeCursor } from '../graphql/connections/cursor';
import { CsvFileType } from '../graphql/types/csv-file.type';
import { ComplianceCheckArgs, ComplianceReportArgs, ComplianceReportCsvArgs } from './compliance.args';
import { ComplianceCheckType } from './compliance-check.type';
import { COMPLIANCE_CHECK, toComplianceCheckType } from './compliance.mapper';
import { runComplianceReport } from './compliance-report.run';

const DEFAULT_OFFENDERS = 20;
/** Offenders per check in the CSV export; the count column carries the total. */
export const CSV_OFFENDERS_PER_CHECK = 100;

/**
 * The compliance report (第6条第3項第2号): every check evaluated as of a date under the profile of that
 * date, over the caller's rows. Reading it is recorded in the operation history (ids of the checks).
 */
@Resolver()
export class ComplianceResolver {
  @Query(() => [ComplianceCheckType], {
    description:
      'Every compliance check evaluated as of `asOf` (today by default) under the policy profile in force then, over the caller’s rows; offenders listed per check.',
  })
  async complianceReport(@Args() { asOf, offendersFirst }: ComplianceReportArgs, @Ctx() context: AuditContext): Promise<ComplianceCheckType[]> {
    const { report, scopeKey, access } = await runComplianceReport(context, asOf, { first: offendersFirst ?? DEFAULT_OFFENDERS, after: null });
    await recordRead(context, 'Query.complianceReport', COMPLIANCE_CHECK, report.checks.map((c) => c.check.id));
    return report.checks.map((result) => toComplianceCheckType(result, report.asOf, report.profile, scopeKey, access));
  }

  @Query(() => ComplianceCheckType, {
    description: 'One compliance check as of `asOf`, to page through its offenders (`offendersAfter` = the cursor of the last one seen).',
  })
  async complianceCheck(
    @Args() { checkId, asOf, offendersFirst, offendersAfter }: ComplianceCheckArgs,
    @Ctx() context: AuditContext,
  ): Promise<ComplianceCheckType> {
    if (!findComplianceCheck(checkId)) throw catalogueError('NOT_FOUND', 'COMPLIANCE.UNKNOWN_CHECK', { checkId });
    const after = offendersAfter ? String(decodeCursor(offendersAfter, 1, 'offendersAfter')[0]) : null;
    const { report, scopeKey, access } = await runComplianceReport(context, asOf, { first: offendersFirst ?? DEFAULT_OFFENDERS, after }, [checkId]);
    await recordRead(context, 'Query.complianceCheck', COMPLIANCE_CHECK, [checkId]);
    const [result] = report.checks;
    if (!result) throw catalogueError('NOT_FOUND', 'COMPLIANCE.UNKNOWN_CHECK', { checkId });
    return toComplianceCheckType(result, report.asOf, report.profile, scopeKey, access);
  }

  @Query(() => CsvFileType, {
    description:
      'The compliance report as a CSV for the security council (第6条第3項第2号): a row per check, then a row per offender (at most 100 per check; the count column is the total). UTF-8 with BOM, CRLF.',
  })
  async complianceReportCsv(@Args() { asOf, language }: ComplianceReportCsvArgs, @Ctx() context: AuditContext): Promise<CsvFileType> {
    const { report } = await runComplianceReport(context, asOf, { first: CSV_OFFENDERS_PER_CHECK, after: null });
    await recordRead(context, 'Query.complianceReportCsv', COMPLIANCE_CHECK, report.checks.map((c) => c.check.id));
    const lang = language ?? 'ja';
    return CsvFileType.of(`compliance-asof-${report.asOf}`, complianceCsvColumns(lang), complianceCsvRows(report), context.requestedAt, lang);
  }
}
