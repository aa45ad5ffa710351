import { HANDLER_DESIGNATION_CHECK } from '@juki/policies';
import { describe, readIsoDate, runSqlCheck, sqlInstant, type ComplianceQuery } from './compliance-query';

interface RawDesignation {
  readonly offender_key: string;
  readonly section_id: string;
  readonly employee_number: string;
  readonly designated_on: unknown;
}

/**
 * 第8条 as of a date: handler designations in force at the date's end (designated before it, not revoked
 * by then: population) whose designator held no SECURITY_OFFICER role for the designation's section on the
 * day of the designation (offending; role assignments carry their effective dates). Row scope: the
 * designation's section.
 */
export const HANDLER_DESIGNATION_QUERY: ComplianceQuery = {
  check: HANDLER_DESIGNATION_CHECK,
  run(context, page) {
    const at = sqlInstant(context.at);
    return runSqlCheck<RawDesignation>(
      context.manager,
      {
        from: 'handler_designation d JOIN staff s ON s.id = d.staff_id',
        population: [{ sql: 'd.designated_at < ? AND (d.revoked_at IS NULL OR d.revoked_at >= ?)', params: [at, at] }, context.scope({ section: 'd.section_id' })],
        offending: {
          sql:
            "NOT EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.staff_id = d.designated_by_id AND ra.role = 'SECURITY_OFFICER' AND ra.section_id = d.section_id " +
            'AND ra.effective_from <= d.designated_on AND (ra.effective_to IS NULL OR ra.effective_to >= d.designated_on))',
          params: [],
        },
        columns: 'd.id AS offender_key, d.section_id AS section_id, s.employee_number AS employee_number, d.designated_on AS designated_on',
        keyColumn: 'd.id',
        toOffender: (raw) => ({
          recordType: 'HandlerDesignation',
          recordId: raw.offender_key,
          key: raw.offender_key,
          sectionId: raw.section_id,
          description: describe(HANDLER_DESIGNATION_CHECK.offenderCode, { employeeNumber: raw.employee_number, designatedOn: readIsoDate(raw.designated_on) ?? '—' }),
        }),
      },
      page,
    );
  },
};
