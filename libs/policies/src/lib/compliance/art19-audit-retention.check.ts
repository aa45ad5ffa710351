import { jstDate, type IsoDate } from '../calendar/calendar-date';
import type { PolicyProfile } from '../profiles/policy-profile';
import { retentionLastDay } from '../retention/retention.rule';
import { complianceVerdict, type ComplianceCheckDefinition, type ComplianceFacts, type ComplianceSetting, type ComplianceVerdict } from './compliance-check';

/**
 * 第19条第1項: the operation history is kept seven years. What "retention respected" means here (decided):
 * every purge of the history (each leaves an `audit_checkpoint` with the `before` it was asked for and
 * when it ran) asked only for events whose seven years had ended on the day it ran, under the profile in
 * force on that day. Keeping events longer is NOT a violation: the article sets a minimum, and legal holds
 * keep events beyond it on purpose. Whether a purge removed held events cannot be decided afterwards from
 * the checkpoint (the purge stops at the first held event, and removed events are gone); the purge
 * itself refuses that (`purgeAuditEvents`). City-wide: the chain is one record.
 */
export const AUDIT_RETENTION_CHECK: ComplianceCheckDefinition = {
  id: 'art19.auditRetention',
  article: '第19条第1項',
  title: { ja: '操作履歴の保存期間（7年）', en: 'Operation history kept seven years' },
  compliant: {
    ja: '操作履歴の削除（チェックポイント）はすべて、実行日に保存期間（7年）を過ぎていた記録だけを対象としている。',
    en: 'Every purge of the operation history (checkpoint) asked only for events whose seven years had ended on the day it ran.',
  },
  parameters: ['retention.operationHistory'],
  coverage: 'CITY',
  violationCode: 'COMPLIANCE.AUDIT_PURGED_EARLY',
  offenderCode: 'COMPLIANCE.AUDIT_PURGE_EARLY',
  emptyIsNotEvaluable: false,
};

export interface PurgeCheckpointFacts {
  /** The `before` the purge was asked for: every purged event occurred before it. */
  readonly purgedBefore: Date;
  /** When the purge ran. */
  readonly purgedAt: Date;
}

export interface PurgeTiming {
  readonly early: boolean;
  /** The day the purge ran (Japan). */
  readonly purgedOn: IsoDate;
  /** The last day the latest event the purge could remove had to be kept. */
  readonly keptUntil: IsoDate;
}

/**
 * Whether one purge came too early: the latest event it could remove occurred just before `purgedBefore`;
 * it had to be kept through `retentionLastDay` (Civil Code counting) under the profile of the purge day.
 */
export function purgeTiming(checkpoint: PurgeCheckpointFacts, profile: PolicyProfile): PurgeTiming {
  const latestPurgeable = new Date(checkpoint.purgedBefore.getTime() - 1);
  const keptUntil = retentionLastDay('operationHistory', latestPurgeable, profile);
  const purgedOn = jstDate(checkpoint.purgedAt);
  return { early: purgedOn <= keptUntil, purgedOn, keptUntil };
}

/** Offenders: purges that came too early; population: every purge up to the date (none = compliant). */
export function auditRetentionVerdict(facts: ComplianceFacts | null, setting: ComplianceSetting): ComplianceVerdict {
  return complianceVerdict(AUDIT_RETENTION_CHECK, facts, setting);
}
