import { addDays, FORMS_DISPOSED_CHECK } from '@juki/policies';
import { describe, readIsoDate, runSqlCheck, sqlInstant, type ComplianceQuery, type SqlFragment } from './compliance-query';

interface RawOutput {
  readonly offender_key: string;
  readonly section_id: string;
  readonly form_name: string;
  readonly output_date: unknown;
  readonly keep_until: unknown;
  readonly still_kept: unknown;
}

/**
 * Copies of output `o` still kept on the date: its quantity minus the copies disposed of by then. (Not the
 * storage rows: `form_storage.quantity` is what a place holds NOW — a disposal takes its copies out of it —
 * so "stored minus disposed" would count a disposal twice; every copy output is kept until disposed of.)
 */
function stillKept(asOf: string): SqlFragment {
  return {
    sql: '(o.quantity - COALESCE((SELECT SUM(fd.quantity) FROM form_disposal fd WHERE fd.output_id = o.id AND fd.disposed_on <= ?), 0))',
    params: [asOf],
  };
}

/**
 * 第10条第3項 as of a date: output records recorded by the date's end (population) whose keeping period
 * ended more than `forms.disposalDueDays` days before the date and that still had copies kept then
 * (offending). Row scope: the section of the output record.
 */
export const FORMS_DISPOSED_QUERY: ComplianceQuery = {
  check: FORMS_DISPOSED_CHECK,
  heavy: true,
  run(context, page) {
    const at = sqlInstant(context.at);
    const endedBefore = addDays(context.asOf, -context.profile.forms.disposalDueDays);
    const kept = stillKept(context.asOf);
    return runSqlCheck<RawOutput>(
      context.manager,
      {
        from: 'printed_form_output o',
        population: [{ sql: 'o.recorded_at < ? AND o.output_date <= ?', params: [at, context.asOf] }, context.scope({ section: 'o.section_id' })],
        // Kept copies ⟺ fewer copies disposed of by the date than output: a sum per output past its period,
        // each read from IDX_form_disposal_output_facts alone (the outputs past it through their index).
        offending: { sql: `o.keep_until < ? AND ${kept.sql} > 0`, params: [endedBefore, ...kept.params] },
        columns: `o.id AS offender_key, o.section_id AS section_id, o.form_name AS form_name, o.output_date AS output_date, o.keep_until AS keep_until, ${kept.sql} AS still_kept`,
        columnParams: kept.params,
        keyColumn: 'o.id',
        // The offenders through the `keep_until` index; the kept copies only for the outputs past it.
        countOffendersApart: true,
        toOffender: (raw) => ({
          recordType: 'PrintedFormOutput',
          recordId: raw.offender_key,
          key: raw.offender_key,
          sectionId: raw.section_id,
          description: describe(FORMS_DISPOSED_CHECK.offenderCode, {
            formName: raw.form_name,
            outputDate: readIsoDate(raw.output_date) ?? '—',
            keepUntil: readIsoDate(raw.keep_until) ?? '—',
            copies: Number(raw.still_kept),
          }),
        }),
      },
      page,
    );
  },
};
