import { complianceVerdict, type ComplianceCheckDefinition, type ComplianceFacts, type ComplianceSetting, type ComplianceVerdict } from './compliance-check';

/**
 * 第10条の2第2項 (a lost or stolen card is reported at once to the system officer): compliant when every
 * card that became LOST or STOLEN by the date (its movement to that state) has a loss report recorded by then.
 */
export const CARD_LOSS_REPORTED_CHECK: ComplianceCheckDefinition = {
  id: 'art10-2.lossReported',
  article: '第10条の2第2項',
  title: { ja: '住民基本台帳カードの紛失・盗難の報告', en: 'Resident-card losses reported' },
  compliant: {
    ja: '紛失又は盗難となった住民基本台帳カードにはすべて、情報システム責任者への報告が記録されている。',
    en: 'Every resident card that became lost or stolen has its report to the system officer recorded.',
  },
  parameters: [],
  coverage: 'SECTION',
  violationCode: 'COMPLIANCE.CARD_LOSSES_UNREPORTED',
  offenderCode: 'COMPLIANCE.CARD_LOSS_UNREPORTED',
  emptyIsNotEvaluable: false,
};

export function cardLossReportedVerdict(facts: ComplianceFacts | null, setting: ComplianceSetting): ComplianceVerdict {
  return complianceVerdict(CARD_LOSS_REPORTED_CHECK, facts, setting);
}
