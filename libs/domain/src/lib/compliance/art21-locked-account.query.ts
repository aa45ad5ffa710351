import { LOCKED_ACCOUNT_CHECK } from '@juki/policies';
import { daysBefore, describe, runSqlCheck, shownDate, sqlInstant, type ComplianceQuery } from './compliance-query';

interface RawLocked {
  readonly offender_key: string;
  readonly section_id: string;
  readonly employee_number: string;
  readonly locked_at: unknown;
}

/**
 * 第21条第3項 as of a date: accounts locked before the date's end and still locked (population) whose lock
 * is older than `lockedReviewDays` days at that instant (offending). Only the current lock is stored (an
 * unlock clears it): see the check's definition. Row scope: the person's section.
 */
export const LOCKED_ACCOUNT_QUERY: ComplianceQuery = {
  check: LOCKED_ACCOUNT_CHECK,
  run(context, page) {
    const at = sqlInstant(context.at);
    const reviewDue = sqlInstant(daysBefore(context.at, context.profile.passwords.lockedReviewDays));
    return runSqlCheck<RawLocked>(
      context.manager,
      {
        from: 'credential cr JOIN staff s ON s.id = cr.staff_id',
        population: [{ sql: 'cr.locked_at IS NOT NULL AND cr.locked_at < ?', params: [at] }, context.scope({ section: 's.section_id' })],
        offending: { sql: 'cr.locked_at < ?', params: [reviewDue] },
        columns: 'cr.staff_id AS offender_key, s.section_id AS section_id, s.employee_number AS employee_number, cr.locked_at AS locked_at',
        keyColumn: 'cr.staff_id',
        toOffender: (raw) => ({
          recordType: 'Staff',
          recordId: raw.offender_key,
          key: raw.offender_key,
          sectionId: raw.section_id,
          description: describe(LOCKED_ACCOUNT_CHECK.offenderCode, { employeeNumber: raw.employee_number, lockedOn: shownDate(raw.locked_at) }),
        }),
      },
      page,
    );
  },
};
