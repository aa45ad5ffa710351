import { PRECAUTIONS_ACKNOWLEDGED_CHECK } from '@juki/policies';
import { describe, runSqlCheck, sqlInstant, type ComplianceQuery } from './compliance-query';

interface RawUnacknowledged {
  readonly offender_key: string;
  readonly section_id: string;
  readonly employee_number: string;
  readonly current_version: unknown;
}

/** The version of the section's precautions current at `at`: published before it, not superseded by then. */
const CURRENT = 'p.section_id = d.section_id AND p.published_at < ? AND (p.superseded_at IS NULL OR p.superseded_at >= ?)';

/**
 * 第9条第2項 as of a date: handler designations in force at the date's end (population) whose holder had
 * no acknowledgement, made before then, of the version of the section's precautions current then
 * (offending) — including sections with no precautions at all. Row scope: the designation's section.
 */
export const PRECAUTIONS_ACKNOWLEDGED_QUERY: ComplianceQuery = {
  check: PRECAUTIONS_ACKNOWLEDGED_CHECK,
  run(context, page) {
    const at = sqlInstant(context.at);
    return runSqlCheck<RawUnacknowledged>(
      context.manager,
      {
        from: 'handler_designation d JOIN staff s ON s.id = d.staff_id',
        population: [{ sql: 'd.designated_at < ? AND (d.revoked_at IS NULL OR d.revoked_at >= ?)', params: [at, at] }, context.scope({ section: 'd.section_id' })],
        offending: {
          sql: `NOT EXISTS (SELECT 1 FROM precaution_acknowledgement a JOIN handling_precautions p ON p.id = a.precautions_id WHERE a.staff_id = d.staff_id AND a.acknowledged_at < ? AND ${CURRENT})`,
          params: [at, at, at],
        },
        columns: `d.id AS offender_key, d.section_id AS section_id, s.employee_number AS employee_number, (SELECT MAX(p.document_version) FROM handling_precautions p WHERE ${CURRENT}) AS current_version`,
        columnParams: [at, at],
        keyColumn: 'd.id',
        toOffender: (raw) => ({
          recordType: 'HandlerDesignation',
          recordId: raw.offender_key,
          key: raw.offender_key,
          sectionId: raw.section_id,
          description:
            raw.current_version === null || raw.current_version === undefined
              ? describe('COMPLIANCE.PRECAUTIONS_MISSING', { employeeNumber: raw.employee_number })
              : describe(PRECAUTIONS_ACKNOWLEDGED_CHECK.offenderCode, { employeeNumber: raw.employee_number, version: Number(raw.current_version) }),
        }),
      },
      page,
    );
  },
};
