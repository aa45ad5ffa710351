import { addDays, CARD_DISPOSAL_COMPLETE_CHECK, CARD_DISPOSAL_OVERDUE_CHECK } from '@juki/policies';
import { describe, readIsoDate, runSqlCheck, sqlInstant, type ComplianceQuery } from './compliance-query';

interface RawDisposal {
  readonly offender_key: string;
  readonly section_id: string;
  readonly serial: string;
  readonly disposed_on: unknown;
}

/**
 * 第10条の3第3号 as of a date: disposals recorded by the date's end (population) that lack a reason, a
 * method or the IC chip's destruction (offending). Row scope: the section of the disposal.
 */
export const CARD_DISPOSAL_COMPLETE_QUERY: ComplianceQuery = {
  check: CARD_DISPOSAL_COMPLETE_CHECK,
  run(context, page) {
    const at = sqlInstant(context.at);
    return runSqlCheck<RawDisposal>(
      context.manager,
      {
        from: 'card_disposal cd',
        population: [{ sql: 'cd.recorded_at < ?', params: [at] }, context.scope({ section: 'cd.section_id' })],
        // The card (its serial) for the offenders' page only: the counts read the disposal rows alone.
        pageJoin: 'JOIN resident_card rc ON rc.id = cd.card_id',
        offending: { sql: 'cd.reason IS NULL OR cd.method IS NULL OR cd.ic_chip_destroyed IS NULL OR cd.ic_chip_destroyed = 0', params: [] },
        columns: 'cd.id AS offender_key, cd.section_id AS section_id, rc.serial AS serial, cd.disposed_on AS disposed_on',
        keyColumn: 'cd.id',
        toOffender: (raw) => ({
          recordType: 'CardDisposal',
          recordId: raw.offender_key,
          key: raw.offender_key,
          sectionId: raw.section_id,
          description: describe(CARD_DISPOSAL_COMPLETE_CHECK.offenderCode, { serial: raw.serial, disposedOn: readIsoDate(raw.disposed_on) ?? '—' }),
        }),
      },
      page,
    );
  },
};

interface RawAwaiting {
  readonly offender_key: string;
  readonly section_id: string;
  readonly serial: string;
  readonly since: unknown;
}

/**
 * 第10条の3第1号 as of a date: the cards awaiting disposal on the date — still AWAITING_DISPOSAL since a
 * day no later than it, or disposed of after it having awaited since a day no later than it (the disposal
 * row keeps `awaiting_since`) — (population), and those awaiting since before `date − disposalDueDays`
 * (offending: overdue on the date, as `daysLate` counts). Row scope: the card's section.
 */
export const CARD_DISPOSAL_OVERDUE_QUERY: ComplianceQuery = {
  check: CARD_DISPOSAL_OVERDUE_CHECK,
  run(context, page) {
    const dueBefore = addDays(context.asOf, -context.profile.cards.disposalDueDays);
    // Two disjoint ranges, each on its own index, instead of an OR across a join that scans every card: cards
    // still awaiting (no disposal row; `(state, awaiting_disposal_since)`) and cards disposed of after the
    // date that awaited since by then (`disposed_on`). A card has at most one disposal row.
    const awaiting =
      '(SELECT rc.id AS id, rc.section_id AS section_id, rc.serial AS serial, rc.awaiting_disposal_since AS since FROM resident_card rc ' +
      "WHERE rc.state = 'AWAITING_DISPOSAL' AND rc.awaiting_disposal_since <= ? AND NOT EXISTS (SELECT 1 FROM card_disposal d WHERE d.card_id = rc.id) " +
      'UNION ALL SELECT rc.id, rc.section_id, rc.serial, cd.awaiting_since FROM card_disposal cd JOIN resident_card rc ON rc.id = cd.card_id ' +
      'WHERE cd.disposed_on > ? AND cd.awaiting_since <= ?) a';
    return runSqlCheck<RawAwaiting>(
      context.manager,
      {
        from: awaiting,
        fromParams: [context.asOf, context.asOf, context.asOf],
        population: [context.scope({ section: 'a.section_id' })],
        offending: { sql: 'a.since < ?', params: [dueBefore] },
        columns: 'a.id AS offender_key, a.section_id AS section_id, a.serial AS serial, a.since AS since',
        keyColumn: 'a.id',
        toOffender: (raw) => ({
          recordType: 'ResidentCard',
          recordId: raw.offender_key,
          key: raw.offender_key,
          sectionId: raw.section_id,
          description: describe(CARD_DISPOSAL_OVERDUE_CHECK.offenderCode, { serial: raw.serial, since: readIsoDate(raw.since) ?? '—' }),
        }),
      },
      page,
    );
  },
};
