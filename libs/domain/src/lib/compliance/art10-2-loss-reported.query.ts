import { CARD_LOSS_REPORTED_CHECK } from '@juki/policies';
import { describe, runSqlCheck, shownDate, sqlInstant, type ComplianceQuery } from './compliance-query';

interface RawLoss {
  readonly offender_key: string;
  readonly section_id: string;
  readonly serial: string;
  readonly lost_at: unknown;
}

/** The first movement of the card into LOST or STOLEN (its date: the card row keeps none). */
const LOST_AT = "(SELECT MIN(m.occurred_at) FROM card_movement m WHERE m.card_id = rc.id AND m.to_state IN ('LOST', 'STOLEN'))";

/**
 * 第10条の2第2項 as of a date: cards whose movement into LOST or STOLEN occurred before the date's end
 * (population) without a loss report recorded before then (offending). Row scope: the card's section.
 */
export const CARD_LOSS_REPORTED_QUERY: ComplianceQuery = {
  check: CARD_LOSS_REPORTED_CHECK,
  run(context, page) {
    const at = sqlInstant(context.at);
    return runSqlCheck<RawLoss>(
      context.manager,
      {
        from: 'resident_card rc',
        population: [
          // A semi-join from the movements into LOST/STOLEN (index `(to_state, occurred_at)`), not a probe per card.
          { sql: "rc.id IN (SELECT m.card_id FROM card_movement m WHERE m.to_state IN ('LOST', 'STOLEN') AND m.occurred_at < ?)", params: [at] },
          context.scope({ section: 'rc.section_id' }),
        ],
        offending: { sql: 'NOT EXISTS (SELECT 1 FROM card_loss_report r WHERE r.card_id = rc.id AND r.reported_at < ?)', params: [at] },
        columns: `rc.id AS offender_key, rc.section_id AS section_id, rc.serial AS serial, ${LOST_AT} AS lost_at`,
        keyColumn: 'rc.id',
        toOffender: (raw) => ({
          recordType: 'ResidentCard',
          recordId: raw.offender_key,
          key: raw.offender_key,
          sectionId: raw.section_id,
          description: describe(CARD_LOSS_REPORTED_CHECK.offenderCode, { serial: raw.serial, lostOn: shownDate(raw.lost_at) }),
        }),
      },
      page,
    );
  },
};
