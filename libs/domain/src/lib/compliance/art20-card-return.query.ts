import { addDays, CARD_RETURN_CHECK } from '@juki/policies';
import { describe, readIsoDate, runSqlCheck, sqlInstant, type ComplianceQuery } from './compliance-query';
import { EMPLOYMENT_STATUSES } from '../staff/staff.entity';

interface RawOutCard {
  readonly offender_key: string;
  readonly section_id: string;
  readonly employee_number: string;
  readonly employment_status: string;
  readonly employment_status_since: unknown;
}

/** Every employment status but ACTIVE: the people who left (第20条第1項). */
const LEFT_STATUSES: readonly string[] = EMPLOYMENT_STATUSES.filter((status) => status !== 'ACTIVE');

const EMPLOYMENT = { RETIRED: { ja: '退職', en: 'retired' }, TRANSFERRED: { ja: '異動', en: 'moved' } } as const;

/**
 * 第20条第1項 as of a date: cards out at the date's end (issued before it, and not returned, revoked or
 * reported lost by then: population) whose holder retired or moved more than `returnDueDays` days before
 * the date, or without a recorded date (offending). Row scope: the holder's section.
 */
export const CARD_RETURN_QUERY: ComplianceQuery = {
  check: CARD_RETURN_CHECK,
  heavy: true,
  run(context, page) {
    const at = sqlInstant(context.at);
    const leftBefore = addDays(context.asOf, -context.profile.operatorCards.returnDueDays);
    return runSqlCheck<RawOutCard>(
      context.manager,
      {
        from: 'operator_id_card c JOIN staff s ON s.id = c.holder_id',
        // City-wide the population needs no holder: every card has one (foreign key), so the count is the same
        // without a join per card out; a scoped caller's population is filtered by the holder's section.
        ...(context.cityWide ? { populationFrom: 'operator_id_card c' } : {}),
        population: [
          {
            sql: 'c.issued_at < ? AND (c.returned_at IS NULL OR c.returned_at >= ?) AND (c.revoked_at IS NULL OR c.revoked_at >= ?) AND (c.lost_reported_at IS NULL OR c.lost_reported_at >= ?)',
            params: [at, at, at, at],
          },
          context.scope({ section: 's.section_id' }),
        ],
        // The leavers as an equality range of the index (RETIRED, TRANSFERRED), which the optimiser starts the
        // join from; `<> 'ACTIVE'` made it scan every card instead (EXPLAIN in docs/compliance.md).
        offending: {
          sql: `s.employment_status IN (${LEFT_STATUSES.map(() => '?').join(', ')}) AND (s.employment_status_since IS NULL OR s.employment_status_since < ?)`,
          params: [...LEFT_STATUSES, leftBefore],
        },
        columns:
          'c.id AS offender_key, s.section_id AS section_id, s.employee_number AS employee_number, s.employment_status AS employment_status, s.employment_status_since AS employment_status_since',
        keyColumn: 'c.id',
        // The offenders from the few leavers (index `staff(employment_status, employment_status_since)`), not
        // a condition on every card out.
        countOffendersApart: true,
        toOffender: (raw) => {
          const employment = EMPLOYMENT[raw.employment_status as keyof typeof EMPLOYMENT] ?? { ja: raw.employment_status, en: raw.employment_status };
          const since = readIsoDate(raw.employment_status_since) ?? '—';
          return {
            recordType: 'OperatorIdCard',
            recordId: raw.offender_key,
            key: raw.offender_key,
            sectionId: raw.section_id,
            description: describe(
              CARD_RETURN_CHECK.offenderCode,
              { employeeNumber: raw.employee_number, employment: employment.ja, since },
              { employeeNumber: raw.employee_number, employment: employment.en, since },
            ),
          };
        },
      },
      page,
    );
  },
};
