import { complianceVerdict, type ComplianceCheckDefinition, type ComplianceFacts, type ComplianceSetting, type ComplianceVerdict } from './compliance-check';

/**
 * 第10条第3項 (廃棄は前項の記録と突き合わせて行う): compliant when every form disposal recorded by the date
 * reconciles with its output and storage records, as `reconcileFormDisposal` required when it was made —
 * the copies stored then plus those already disposed of equal the output quantity, it took no more than its
 * place held nor more than was left of the output, it is not dated before the output — and no output
 * record had more copies disposed of by the date than it was printed in.
 */
export const DISPOSALS_RECONCILED_CHECK: ComplianceCheckDefinition = {
  id: 'art10.disposalsReconciled',
  article: '第10条第3項',
  title: { ja: '帳票の廃棄と記録の突合', en: 'Printed-form disposals reconciled with the records' },
  compliant: {
    ja: '記録されたすべての帳票の廃棄が、出力及び保管の記録と数量で突き合っている（保管数＋廃棄済数＝出力部数、保管数・残数を超えない、出力日より前でない、出力部数を超えて廃棄されていない）。',
    en: 'Every recorded form disposal reconciles with the output and storage records (stored + already disposed = output quantity, no more than the place held or than was left, not before the output date, nothing disposed of beyond the output quantity).',
  },
  parameters: [],
  coverage: 'SECTION',
  violationCode: 'COMPLIANCE.DISPOSALS_NOT_RECONCILED',
  offenderCode: 'COMPLIANCE.DISPOSAL_NOT_RECONCILED',
  emptyIsNotEvaluable: false,
};

export function disposalsReconciledVerdict(facts: ComplianceFacts | null, setting: ComplianceSetting): ComplianceVerdict {
  return complianceVerdict(DISPOSALS_RECONCILED_CHECK, facts, setting);
}
