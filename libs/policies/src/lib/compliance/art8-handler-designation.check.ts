import { complianceVerdict, type ComplianceCheckDefinition, type ComplianceFacts, type ComplianceSetting, type ComplianceVerdict } from './compliance-check';

/**
 * 第8条: the security officer designates the handlers of their own section. Compliant: every handler
 * designation in force on the date was made by a person who, on the day of the designation, held the role
 * SECURITY_OFFICER for the designation's section (role assignments with effective dates).
 */
export const HANDLER_DESIGNATION_CHECK: ComplianceCheckDefinition = {
  id: 'art8.designatedByOwnOfficer',
  article: '第8条',
  title: { ja: '本人確認情報取扱者の指定', en: 'Handlers designated by their own section’s officer' },
  compliant: {
    ja: '評価日に有効な取扱者の指定はすべて、指定日にその課の情報セキュリティ責任者であった者が行っている。',
    en: 'Every handler designation in force on the date was made by a person who was the security officer of that section on the day of the designation.',
  },
  parameters: [],
  coverage: 'SECTION',
  violationCode: 'COMPLIANCE.HANDLERS_NOT_DESIGNATED_BY_OWN_OFFICER',
  offenderCode: 'COMPLIANCE.HANDLER_NOT_DESIGNATED_BY_OWN_OFFICER',
  emptyIsNotEvaluable: false,
};

/** Offenders: designations not made by the section's officer; population: designations in force on the date. */
export function handlerDesignationVerdict(facts: ComplianceFacts | null, setting: ComplianceSetting): ComplianceVerdict {
  return complianceVerdict(HANDLER_DESIGNATION_CHECK, facts, setting);
}
