import { AUDIT_RETENTION_CHECK, jstDate, purgeTiming } from '@juki/policies';
import { OPERATION_HISTORY_CHAIN } from '../audit/audit-chain-head.entity';
import { describe, pageLimit, readInstant, sqlInstant, type ComplianceOffender, type ComplianceQuery } from './compliance-query';

interface RawCheckpoint {
  readonly id: string;
  readonly purged_before: unknown;
  readonly created_at: unknown;
}

/**
 * 第19条第1項 (kept seven years) as of a date: every purge that ran before the date's end (population) and
 * those that asked for events whose seven years had not ended on the day they ran, under the profile in
 * force on that day (offending; `purgeTiming`). The checkpoint table holds one row per purge (a purge
 * removes up to 10,000 events), so its rows are read, in keyset pages, and judged by the pure rule: the
 * Civil Code counting of `retentionLastDay` is not portable SQL. City-wide only.
 */
export const AUDIT_RETENTION_QUERY: ComplianceQuery = {
  check: AUDIT_RETENTION_CHECK,
  async run(context, page) {
    const limit = pageLimit(page);
    const offenders: ComplianceOffender[] = [];
    let population = 0;
    let early = 0;
    let after = '';
    for (;;) {
      const rows = (await context.manager.query(
        'SELECT id, purged_before, created_at FROM audit_checkpoint WHERE chain = ? AND created_at < ? AND id > ? ORDER BY id LIMIT 1000',
        [OPERATION_HISTORY_CHAIN, sqlInstant(context.at), after],
      )) as RawCheckpoint[];
      for (const row of rows) {
        population++;
        const purgedBefore = readInstant(row.purged_before) as Date;
        const purgedAt = readInstant(row.created_at) as Date;
        const timing = purgeTiming({ purgedBefore, purgedAt }, context.profileOn(jstDate(purgedAt)) ?? context.profile);
        if (!timing.early) continue;
        early++;
        if (offenders.length < limit && (page.after === null || row.id > page.after)) {
          offenders.push({
            recordType: 'AuditCheckpoint',
            recordId: row.id,
            key: row.id,
            sectionId: null,
            description: describe(AUDIT_RETENTION_CHECK.offenderCode, { purgedOn: timing.purgedOn, before: jstDate(purgedBefore), until: timing.keptUntil }),
          });
        }
      }
      if (rows.length < 1000) break;
      after = (rows[rows.length - 1] as RawCheckpoint).id;
    }
    const more = offenders.length >= limit;
    return { facts: { population, offenders: early }, offenders: more ? offenders.slice(0, limit - 1) : offenders, hasMoreOffenders: more };
  },
};
