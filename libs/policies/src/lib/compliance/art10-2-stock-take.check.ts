import { complianceVerdict, type ComplianceCheckDefinition, type ComplianceFacts, type ComplianceSetting, type ComplianceVerdict } from './compliance-check';

/**
 * 第10条の2第1項 (cards kept by state and count): compliant when, for every place and state of resident
 * cards, the last stock-take on or before the date counted what the movements derive (`difference` 0).
 * With no stock-take at all there is nothing to compare: NOT_EVALUABLE (no data).
 */
export const STOCK_TAKE_CHECK: ComplianceCheckDefinition = {
  id: 'art10-2.stockTakeMatches',
  article: '第10条の2第1項',
  title: { ja: '住民基本台帳カードの棚卸し', en: 'Resident-card stock-takes match' },
  compliant: {
    ja: '保管場所・状態ごとの最後の棚卸しで、実数が入出庫記録から導いた枚数と一致している。',
    en: 'For each place and state, the last stock-take counted as many cards as the movements derive.',
  },
  parameters: [],
  coverage: 'SECTION',
  violationCode: 'COMPLIANCE.STOCK_TAKES_DIFFER',
  offenderCode: 'COMPLIANCE.STOCK_TAKE_DIFFERS',
  emptyIsNotEvaluable: true,
};

/** Offenders: last stock-take lines with a difference; population: the last line per place and state. */
export function stockTakeVerdict(facts: ComplianceFacts | null, setting: ComplianceSetting): ComplianceVerdict {
  return complianceVerdict(STOCK_TAKE_CHECK, facts, setting);
}
