import { DISPOSALS_RECONCILED_CHECK } from '@juki/policies';
import { describe, readCount, readIsoDate, runSqlCheck, sqlInstant, type ComplianceQuery, type SqlFragment } from './compliance-query';

interface RawDisposal {
  readonly offender_key: string;
  readonly section_id: string;
  readonly form_name: string;
  readonly output_date: unknown;
  readonly output_quantity: unknown;
  readonly disposed_on: unknown;
  readonly quantity: unknown;
  readonly stored_before: unknown;
  readonly disposed_before: unknown;
  readonly place_quantity_before: unknown;
  readonly total_disposed: unknown;
}

/** Copies of the output of disposal `fd` disposed of by the date (every disposal recorded by then). */
function totalDisposed(asOf: string, at: string): SqlFragment {
  return {
    sql: '(SELECT COALESCE(SUM(p.quantity), 0) FROM form_disposal p WHERE p.output_id = fd.output_id AND p.disposed_on <= ? AND p.recorded_at < ?)',
    params: [asOf, at],
  };
}

/**
 * 第10条第3項 as of a date: form disposals recorded before the date's end and dated by it (population) whose
 * quantities do not reconcile with the output and storage records (offending), re-deriving what
 * `reconcileFormDisposal` required from what the disposal row kept of its reconciliation and from the other
 * disposals: `stored_before + disposed_before ≠` the output quantity (copies unaccounted for or counted
 * twice), more than the place held (`place_quantity_before`) or than was left of the output, dated before
 * the output, or the output's disposals by the date adding up to more than its quantity. The output's quantity
 * and date are read from the disposal row (`output_quantity`, `output_date`), which a composite foreign key
 * holds equal to the output's: no join per disposal. Aggregate SQL (the over-disposed outputs in one grouped
 * pass over an index). Row scope: the section of the disposal.
 */
export const DISPOSALS_RECONCILED_QUERY: ComplianceQuery = {
  check: DISPOSALS_RECONCILED_CHECK,
  heavy: true,
  run(context, page) {
    const at = sqlInstant(context.at);
    const total = totalDisposed(context.asOf, at);
    // The outputs whose disposals by the date add up to more than their quantity: ONE grouped pass over the
    // caller's disposals, read from IDX_form_disposal_output_facts alone (an uncorrelated IN, evaluated once).
    const innerScope = context.scope({ section: 'p.section_id' });
    const overDisposed: SqlFragment = {
      sql:
        'fd.output_id IN (SELECT p.output_id FROM form_disposal p ' +
        `WHERE p.disposed_on <= ? AND p.recorded_at < ? AND (${innerScope.sql}) GROUP BY p.output_id HAVING SUM(p.quantity) > MAX(p.output_quantity))`,
      params: [context.asOf, at, ...innerScope.params],
    };
    return runSqlCheck<RawDisposal>(
      context.manager,
      {
        from: 'form_disposal fd',
        population: [{ sql: 'fd.recorded_at < ? AND fd.disposed_on <= ?', params: [at, context.asOf] }, context.scope({ section: 'fd.section_id' })],
        offending: {
          sql:
            'fd.stored_before + fd.disposed_before <> fd.output_quantity OR fd.quantity > fd.place_quantity_before OR fd.quantity > fd.output_quantity - fd.disposed_before ' +
            `OR fd.disposed_on < fd.output_date OR ${overDisposed.sql}`,
          params: overDisposed.params,
        },
        pageJoin: 'JOIN printed_form_output o ON o.id = fd.output_id',
        columns:
          'fd.id AS offender_key, fd.section_id AS section_id, o.form_name AS form_name, fd.output_date AS output_date, fd.output_quantity AS output_quantity, ' +
          'fd.disposed_on AS disposed_on, fd.quantity AS quantity, fd.stored_before AS stored_before, fd.disposed_before AS disposed_before, ' +
          `fd.place_quantity_before AS place_quantity_before, ${total.sql} AS total_disposed`,
        columnParams: total.params,
        keyColumn: 'fd.id',
        toOffender: (raw) => ({
          recordType: 'FormDisposal',
          recordId: raw.offender_key,
          key: raw.offender_key,
          sectionId: raw.section_id,
          description: describe(DISPOSALS_RECONCILED_CHECK.offenderCode, {
            formName: raw.form_name,
            outputDate: readIsoDate(raw.output_date) ?? '—',
            quantity: readCount(raw.output_quantity),
            disposedOn: readIsoDate(raw.disposed_on) ?? '—',
            disposed: readCount(raw.quantity),
            storedBefore: readCount(raw.stored_before),
            disposedBefore: readCount(raw.disposed_before),
            placeBefore: readCount(raw.place_quantity_before),
            asOf: context.asOf,
            totalDisposed: readCount(raw.total_disposed),
          }),
        }),
      },
      page,
    );
  },
};
