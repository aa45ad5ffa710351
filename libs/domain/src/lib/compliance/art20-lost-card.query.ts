import { LOST_CARD_CHECK } from '@juki/policies';
import { describe, hoursBefore, runSqlCheck, shownDate, sqlInstant, type ComplianceQuery } from './compliance-query';

interface RawLostCard {
  readonly offender_key: string;
  readonly section_id: string;
  readonly employee_number: string;
  readonly loss_kind: string | null;
  readonly lost_reported_at: unknown;
}

const KIND = { LOST: { ja: '紛失', en: 'lost' }, STOLEN: { ja: '盗難', en: 'stolen' } } as const;

/**
 * 第20条第5項 as of a date: cards whose loss or theft was reported before the date's end (population) and
 * that, more than `revocationDueHours` after the report, were still not revoked at that instant (offending).
 * Row scope: the holder's section.
 */
export const LOST_CARD_QUERY: ComplianceQuery = {
  check: LOST_CARD_CHECK,
  run(context, page) {
    const at = sqlInstant(context.at);
    const dueBefore = sqlInstant(hoursBefore(context.at, context.profile.operatorCards.revocationDueHours));
    return runSqlCheck<RawLostCard>(
      context.manager,
      {
        from: 'operator_id_card c JOIN staff s ON s.id = c.holder_id',
        population: [{ sql: 'c.lost_reported_at IS NOT NULL AND c.lost_reported_at < ?', params: [at] }, context.scope({ section: 's.section_id' })],
        offending: { sql: 'c.lost_reported_at < ? AND (c.revoked_at IS NULL OR c.revoked_at >= ?)', params: [dueBefore, at] },
        columns: 'c.id AS offender_key, s.section_id AS section_id, s.employee_number AS employee_number, c.loss_kind AS loss_kind, c.lost_reported_at AS lost_reported_at',
        keyColumn: 'c.id',
        toOffender: (raw) => {
          const kind = KIND[(raw.loss_kind ?? 'LOST') as keyof typeof KIND] ?? KIND.LOST;
          const reportedOn = shownDate(raw.lost_reported_at);
          return {
            recordType: 'OperatorIdCard',
            recordId: raw.offender_key,
            key: raw.offender_key,
            sectionId: raw.section_id,
            description: describe(
              LOST_CARD_CHECK.offenderCode,
              { employeeNumber: raw.employee_number, kind: kind.ja, reportedOn },
              { employeeNumber: raw.employee_number, kind: kind.en, reportedOn },
            ),
          };
        },
      },
      page,
    );
  },
};
