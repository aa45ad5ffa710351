import { complianceVerdict, type ComplianceCheckDefinition, type ComplianceFacts, type ComplianceSetting, type ComplianceVerdict } from './compliance-check';

/**
 * 第20条第5項: an operator ID card reported lost or stolen is revoked promptly. Compliant: on the date, no
 * card whose loss or theft was reported more than `operatorCards.revocationDueHours` hours earlier is
 * still unrevoked (i.e. still a card that the ledger does not mark as invalid).
 */
export const LOST_CARD_CHECK: ComplianceCheckDefinition = {
  id: 'art20.lostCardRevoked',
  article: '第20条第5項',
  title: { ja: '紛失・盗難したIDカードの失効', en: 'Lost or stolen ID cards revoked' },
  compliant: {
    ja: '紛失又は盗難の報告から所定の時間（operatorCards.revocationDueHours）を過ぎて失効されていない操作者用IDカードがない。',
    en: 'No operator ID card reported lost or stolen more than operatorCards.revocationDueHours hours earlier is still unrevoked.',
  },
  parameters: ['operatorCards.revocationDueHours'],
  coverage: 'SECTION',
  violationCode: 'COMPLIANCE.LOST_CARDS_NOT_REVOKED',
  offenderCode: 'COMPLIANCE.LOST_CARD_NOT_REVOKED',
  emptyIsNotEvaluable: false,
};

/** Offenders: lost or stolen cards past the due hours and unrevoked; population: cards reported lost by the date. */
export function lostCardVerdict(facts: ComplianceFacts | null, setting: ComplianceSetting): ComplianceVerdict {
  return complianceVerdict(LOST_CARD_CHECK, facts, setting);
}
