import type { ComplianceCheckResult, ComplianceOffender } from '@juki/domain';
import type { PolicyProfile } from '@juki/policies';
import { visibleText, visibleValue, type FieldAccessMap } from '../graphql/authorization/field-access';
import { encodeCursor } from '../graphql/connections/cursor';
import { toGlobalId } from '../graphql/relay/global-id';
import { LocalizedTextType } from '../graphql/types/localized-text.type';
import { ComplianceCheckType, ComplianceOffenderPageType, ComplianceOffenderType, ComplianceReasonType } from './compliance-check.type';

export const COMPLIANCE_CHECK = 'ComplianceCheck';

/** The evaluation's identity: the check, the date and the row scope it covered (see ComplianceCheckType). */
export function complianceEvaluationId(checkId: string, asOf: string, scopeKey: string): string {
  return toGlobalId(COMPLIANCE_CHECK, `${checkId}|${asOf}|${scopeKey}`);
}

function toOffender(offender: ComplianceOffender): ComplianceOffenderType {
  const out = new ComplianceOffenderType();
  out.recordType = offender.recordType;
  out.recordId = offender.recordId === null ? null : toGlobalId(offender.recordType, offender.recordId);
  out.description = LocalizedTextType.from(offender.description);
  out.cursor = encodeCursor([offender.key]);
  return out;
}

/** Domain result → GraphQL, field by field, with the caller's access to ComplianceCheck. */
export function toComplianceCheckType(
  result: ComplianceCheckResult,
  asOf: string,
  profile: PolicyProfile | null,
  scopeKey: string,
  access: FieldAccessMap,
): ComplianceCheckType {
  const out = new ComplianceCheckType();
  out.id = visibleValue(access['id'], complianceEvaluationId(result.check.id, asOf, scopeKey));
  out.checkId = visibleText(access['checkId'], result.check.id);
  out.article = visibleText(access['article'], result.check.article);
  out.chapter = visibleText(access['chapter'], result.chapter);
  out.title = visibleValue(access['title'], LocalizedTextType.from(result.check.title));
  out.compliant = visibleValue(access['compliant'], LocalizedTextType.from(result.check.compliant));
  out.status = visibleValue(access['status'], result.verdict.status);
  out.count = visibleValue(access['count'], result.verdict.count);
  const reason = result.verdict.reason;
  out.reason = visibleValue(
    access['reason'],
    reason
      ? Object.assign(new ComplianceReasonType(), { code: reason.code, message: LocalizedTextType.from(reason.message) })
      : null,
  );
  out.asOf = visibleValue(access['asOf'], asOf);
  out.profileId = visibleText(access['profileId'], profile?.id ?? null);
  const items = result.offenders.map(toOffender);
  const page = Object.assign(new ComplianceOffenderPageType(), {
    items,
    hasNextPage: result.hasMoreOffenders,
    endCursor: items.length > 0 ? (items[items.length - 1] as ComplianceOffenderType).cursor : null,
  });
  out.offenders = visibleValue(access['offenders'], page);
  return out;
}
