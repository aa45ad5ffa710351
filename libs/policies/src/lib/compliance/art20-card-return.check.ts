import { complianceVerdict, type ComplianceCheckDefinition, type ComplianceFacts, type ComplianceSetting, type ComplianceVerdict } from './compliance-check';

/**
 * 第20条第1項: whoever ceases to be an operator through retirement or transfer returns the ID card
 * promptly. Compliant: on the date, no card is still out (issued, not returned, not revoked, not reported
 * lost) whose holder retired or moved more than `operatorCards.returnDueDays` days earlier. A holder
 * recorded as retired or moved without a date counts as overdue: the ledger must say since when.
 */
export const CARD_RETURN_CHECK: ComplianceCheckDefinition = {
  id: 'art20.cardReturned',
  article: '第20条第1項',
  title: { ja: '退職・異動時のIDカードの返却', en: 'ID cards returned on retirement or transfer' },
  compliant: {
    ja: '退職又は異動から所定の日数（operatorCards.returnDueDays）を過ぎても返却・失効されていない操作者用IDカードがない。',
    en: 'No operator ID card is still out more than operatorCards.returnDueDays days after its holder retired or moved.',
  },
  parameters: ['operatorCards.returnDueDays'],
  coverage: 'SECTION',
  violationCode: 'COMPLIANCE.CARDS_NOT_RETURNED',
  offenderCode: 'COMPLIANCE.CARD_NOT_RETURNED',
  emptyIsNotEvaluable: false,
};

/** Offenders: leavers' cards still out past the due days; population: cards out on the date. */
export function cardReturnVerdict(facts: ComplianceFacts | null, setting: ComplianceSetting): ComplianceVerdict {
  return complianceVerdict(CARD_RETURN_CHECK, facts, setting);
}
