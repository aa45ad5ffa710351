import { complianceVerdict, type ComplianceCheckDefinition, type ComplianceSetting, type ComplianceVerdict } from './compliance-check';

/**
 * 第19条第1項: the operation history is recorded and kept — here, kept intact. Compliant: the hash chain of
 * the operation history verifies from the latest purge checkpoint through the last event recorded on the
 * date (`verifyAuditChain`: no event changed, removed, inserted or reordered). City-wide: one chain.
 */
export const AUDIT_CHAIN_CHECK: ComplianceCheckDefinition = {
  id: 'art19.auditChainIntact',
  article: '第19条第1項',
  title: { ja: '操作履歴の完全性', en: 'Operation history intact' },
  compliant: {
    ja: '操作履歴のハッシュ連鎖が、最新の削除チェックポイントから評価日までの最後の記録まで途切れずに検証できる。',
    en: 'The hash chain of the operation history verifies without a break from the latest purge checkpoint to the last event recorded by the date.',
  },
  parameters: [],
  coverage: 'CITY',
  violationCode: 'COMPLIANCE.AUDIT_CHAIN_BROKEN',
  offenderCode: 'COMPLIANCE.AUDIT_CHAIN_BREAK',
  emptyIsNotEvaluable: false,
};

export interface AuditChainFacts {
  /** Events verified (up to the first break). */
  readonly checked: number;
  /** Whether a broken link was found (verification stops at the first). */
  readonly broken: boolean;
}

/** The chain is one record: at most one offender (its first broken link); an empty chain is intact. */
export function auditChainVerdict(facts: AuditChainFacts | null, setting: ComplianceSetting): ComplianceVerdict {
  return complianceVerdict(
    AUDIT_CHAIN_CHECK,
    facts && { offenders: facts.broken ? 1 : 0, population: facts.checked + (facts.broken ? 1 : 0) },
    setting,
  );
}
