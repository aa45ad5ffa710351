import { complianceVerdict, type ComplianceCheckDefinition, type ComplianceFacts, type ComplianceSetting, type ComplianceVerdict } from './compliance-check';

/**
 * 第9条第2項 (handlers handle identity information following the precautions the security officer sets
 * under 第9条第1項). Compliant: every handler designated on the date had acknowledged, by then, the version
 * of their section's precautions current on the date. A new version needs a new acknowledgement at once
 * (the profile sets no grace period); a section without precautions leaves its handlers nothing to
 * acknowledge, which counts against them too (第9条第1項 not done).
 */
export const PRECAUTIONS_ACKNOWLEDGED_CHECK: ComplianceCheckDefinition = {
  id: 'art9.handlersAcknowledged',
  article: '第9条第2項',
  title: { ja: '取扱上の留意事項の確認', en: 'Handling precautions acknowledged' },
  compliant: {
    ja: '評価日に指定されている取扱者は全員、その日に有効な自課の取扱上の留意事項（最新版）を確認している。',
    en: 'Every handler designated on the date had acknowledged the version of their section’s handling precautions current on that date.',
  },
  parameters: [],
  coverage: 'SECTION',
  violationCode: 'COMPLIANCE.PRECAUTIONS_NOT_ACKNOWLEDGED',
  offenderCode: 'COMPLIANCE.PRECAUTIONS_VERSION_NOT_ACKNOWLEDGED',
  emptyIsNotEvaluable: false,
};

/** Offenders: handlers without an acknowledgement of the current version; population: handlers designated on the date. */
export function precautionsAcknowledgedVerdict(facts: ComplianceFacts | null, setting: ComplianceSetting): ComplianceVerdict {
  return complianceVerdict(PRECAUTIONS_ACKNOWLEDGED_CHECK, facts, setting);
}
