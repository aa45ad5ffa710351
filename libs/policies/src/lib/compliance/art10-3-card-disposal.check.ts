import { complianceVerdict, type ComplianceCheckDefinition, type ComplianceFacts, type ComplianceSetting, type ComplianceVerdict } from './compliance-check';

/**
 * 第10条の3第3号 (and 第2号): every disposal of a resident card records its reason, its method and the
 * physical destruction of the IC chip (a disposal without it is not a disposal).
 */
export const CARD_DISPOSAL_COMPLETE_CHECK: ComplianceCheckDefinition = {
  id: 'art10-3.disposalComplete',
  article: '第10条の3第3号',
  title: { ja: '住民基本台帳カードの廃棄方法', en: 'Resident-card disposals complete' },
  compliant: {
    ja: '評価日までの住民基本台帳カードの廃棄はすべて、理由・方法・ICチップの物理的破壊を記録している。',
    en: 'Every resident-card disposal recorded by the date has a reason, a method and the IC chip physically destroyed.',
  },
  parameters: [],
  coverage: 'SECTION',
  violationCode: 'COMPLIANCE.CARD_DISPOSALS_INCOMPLETE',
  offenderCode: 'COMPLIANCE.CARD_DISPOSAL_INCOMPLETE',
  emptyIsNotEvaluable: false,
};

/**
 * 第10条の3第1号 (dispose as promptly as possible, keeping the card secured until then): compliant when no
 * card was, on the date, awaiting disposal for more than `cards.disposalDueDays` days.
 */
export const CARD_DISPOSAL_OVERDUE_CHECK: ComplianceCheckDefinition = {
  id: 'art10-3.disposalNotOverdue',
  article: '第10条の3第1号',
  title: { ja: '住民基本台帳カードの速やかな廃棄', en: 'Resident cards disposed of promptly' },
  compliant: {
    ja: '評価日に、廃棄を待つ期間が所定の日数（cards.disposalDueDays）を超えた住民基本台帳カードがない。',
    en: 'On the date no resident card had been awaiting disposal for more than cards.disposalDueDays days.',
  },
  parameters: ['cards.disposalDueDays'],
  coverage: 'SECTION',
  violationCode: 'COMPLIANCE.CARD_DISPOSALS_OVERDUE',
  offenderCode: 'COMPLIANCE.CARD_DISPOSAL_OVERDUE',
  emptyIsNotEvaluable: false,
};

export function cardDisposalCompleteVerdict(facts: ComplianceFacts | null, setting: ComplianceSetting): ComplianceVerdict {
  return complianceVerdict(CARD_DISPOSAL_COMPLETE_CHECK, facts, setting);
}

export function cardDisposalOverdueVerdict(facts: ComplianceFacts | null, setting: ComplianceSetting): ComplianceVerdict {
  return complianceVerdict(CARD_DISPOSAL_OVERDUE_CHECK, facts, setting);
}
