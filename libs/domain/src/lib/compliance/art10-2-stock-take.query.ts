import { STOCK_TAKE_CHECK } from '@juki/policies';
import { describe, readIsoDate, runSqlCheck, sqlInstant, type ComplianceQuery } from './compliance-query';

interface RawStockTake {
  readonly offender_key: string;
  readonly section_id: string;
  readonly state: string;
  readonly counted_on: unknown;
  readonly counted: unknown;
  readonly derived: unknown;
  readonly difference: unknown;
}

const STATE_JA: Readonly<Record<string, string>> = {
  BLANK: '未印刷',
  PRINTED: '印刷済',
  ISSUED: '交付済',
  AWAITING_DISPOSAL: '廃棄待ち',
  DISPOSED: '廃棄済',
  LOST: '紛失',
  STOLEN: '盗難',
};

/**
 * 第10条の2第1項 as of a date: the last stock-take line per place and state recorded by the date's end
 * (population; a later line of the same place and state supersedes it) and those whose count differed
 * from the derived number (offending). Row scope: the section of the stock-take.
 */
export const STOCK_TAKE_QUERY: ComplianceQuery = {
  check: STOCK_TAKE_CHECK,
  run(context, page) {
    const at = sqlInstant(context.at);
    return runSqlCheck<RawStockTake>(
      context.manager,
      {
        from: 'card_stock_take t',
        population: [
          {
            sql:
              't.recorded_at < ? AND t.counted_on <= ? AND NOT EXISTS (SELECT 1 FROM card_stock_take t2 WHERE t2.place_id = t.place_id AND t2.state = t.state ' +
              'AND t2.recorded_at < ? AND t2.counted_on <= ? AND (t2.counted_on > t.counted_on OR (t2.counted_on = t.counted_on AND (t2.recorded_at > t.recorded_at OR (t2.recorded_at = t.recorded_at AND t2.id > t.id)))))',
            params: [at, context.asOf, at, context.asOf],
          },
          context.scope({ section: 't.section_id' }),
        ],
        offending: { sql: 't.difference <> 0', params: [] },
        columns: 't.id AS offender_key, t.section_id AS section_id, t.state AS state, t.counted_on AS counted_on, t.counted AS counted, t.derived AS derived, t.difference AS difference',
        keyColumn: 't.id',
        toOffender: (raw) => {
          const common = { countedOn: readIsoDate(raw.counted_on) ?? '—', counted: Number(raw.counted), derived: Number(raw.derived), difference: Number(raw.difference) };
          return {
            recordType: 'CardStockTake',
            recordId: raw.offender_key,
            key: raw.offender_key,
            sectionId: raw.section_id,
            description: describe(STOCK_TAKE_CHECK.offenderCode, { ...common, state: STATE_JA[raw.state] ?? raw.state }, { ...common, state: raw.state }),
          };
        },
      },
      page,
    );
  },
};
