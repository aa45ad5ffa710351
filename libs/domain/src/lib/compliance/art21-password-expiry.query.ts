import { PASSWORD_EXPIRY_CHECK } from '@juki/policies';
import { daysBefore, describe, runSqlCheck, shownDate, sqlInstant, type ComplianceQuery, type SqlFragment } from './compliance-query';

interface RawExpired {
  readonly offender_key: string;
  readonly section_id: string;
  readonly employee_number: string;
  readonly password_set_at: unknown;
}

/**
 * The accounts of staff employed on the date (still ACTIVE, or left after it), each with when its password
 * in force at the date's end was set: the credential's `changed_at` when it is before that instant, else
 * the latest `password_history` entry before it (the history keeps when each password was set). Accounts
 * without a password set by then did not exist yet (null, left out).
 */
function accounts(scope: SqlFragment): string {
  return (
    '(SELECT cr.staff_id AS staff_id, s.section_id AS section_id, s.employee_number AS employee_number, ' +
    'CASE WHEN cr.changed_at < ? THEN cr.changed_at ELSE (SELECT MAX(h.created_at) FROM password_history h WHERE h.staff_id = cr.staff_id AND h.created_at < ?) END AS password_set_at ' +
    "FROM credential cr JOIN staff s ON s.id = cr.staff_id WHERE (s.employment_status = 'ACTIVE' OR s.employment_status_since > ?) AND " +
    `${scope.sql}) a`
  );
}

/**
 * 第21条第1項 as of a date: among the accounts of staff employed on the date whose password was set by
 * then (population), those whose password was set `expiryDays` days or more before the date's end, i.e.
 * expired at that instant as `evaluatePasswordLifecycle` counts (offending). Row scope: the person's section.
 */
export const PASSWORD_EXPIRY_QUERY: ComplianceQuery = {
  check: PASSWORD_EXPIRY_CHECK,
  run(context, page) {
    const at = sqlInstant(context.at);
    const expiredBy = sqlInstant(daysBefore(context.at, context.profile.passwords.expiryDays));
    const scope = context.scope({ section: 's.section_id' });
    return runSqlCheck<RawExpired>(
      context.manager,
      {
        from: accounts(scope),
        population: [{ sql: 'a.password_set_at IS NOT NULL', params: [] }],
        offending: { sql: 'a.password_set_at <= ?', params: [expiredBy] },
        columns: 'a.staff_id AS offender_key, a.section_id AS section_id, a.employee_number AS employee_number, a.password_set_at AS password_set_at',
        keyColumn: 'a.staff_id',
        // The derived table's parameters, in the order of its text: the two instants, the date, the scope.
        fromParams: [at, at, context.asOf, ...scope.params],
        toOffender: (raw) => ({
          recordType: 'Staff',
          recordId: raw.offender_key,
          key: raw.offender_key,
          sectionId: raw.section_id,
          description: describe(PASSWORD_EXPIRY_CHECK.offenderCode, { employeeNumber: raw.employee_number, changedOn: shownDate(raw.password_set_at) }),
        }),
      },
      page,
    );
  },
};
