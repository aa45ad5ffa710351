import { complianceVerdict, type ComplianceCheckDefinition, type ComplianceFacts, type ComplianceSetting, type ComplianceVerdict } from './compliance-check';

/**
 * 第10条第3項 (forms are disposed of promptly once their keeping period ends): compliant when no output
 * record still had copies kept (stored minus disposed, by the date) more than `forms.disposalDueDays` days
 * after its keeping period ended (`isFormDisposalOverdue`).
 */
export const FORMS_DISPOSED_CHECK: ComplianceCheckDefinition = {
  id: 'art10.formsDisposedInTime',
  article: '第10条第3項',
  title: { ja: '帳票の速やかな廃棄', en: 'Printed forms disposed of in time' },
  compliant: {
    ja: '保管期間の終了から所定の日数（forms.disposalDueDays）を過ぎても保管されたままの帳票がない。',
    en: 'No printed form is still kept more than forms.disposalDueDays days after its keeping period ended.',
  },
  parameters: ['forms.disposalDueDays'],
  coverage: 'SECTION',
  violationCode: 'COMPLIANCE.FORMS_NOT_DISPOSED',
  offenderCode: 'COMPLIANCE.FORM_NOT_DISPOSED',
  emptyIsNotEvaluable: false,
};

export function formsDisposedVerdict(facts: ComplianceFacts | null, setting: ComplianceSetting): ComplianceVerdict {
  return complianceVerdict(FORMS_DISPOSED_CHECK, facts, setting);
}
