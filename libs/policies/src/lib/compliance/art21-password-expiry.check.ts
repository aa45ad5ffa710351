import { complianceVerdict, type ComplianceCheckDefinition, type ComplianceFacts, type ComplianceSetting, type ComplianceVerdict } from './compliance-check';

/**
 * 第21条第1項 (the password has an expiry) and 第4項 (changed periodically). Compliant: on the date, no
 * account of a member of staff still employed then has a password set more than `passwords.expiryDays`
 * days earlier (the password in force on the date: the latest one set before its end). Sign-in already
 * forces the change; this check shows who has not changed it.
 */
export const PASSWORD_EXPIRY_CHECK: ComplianceCheckDefinition = {
  id: 'art21.passwordNotExpired',
  article: '第21条第1項',
  title: { ja: 'パスワードの有効期限', en: 'Passwords within their expiry' },
  compliant: {
    ja: '在職者のアカウントに、有効期限（passwords.expiryDays）を過ぎたパスワードのままのものがない。',
    en: 'No account of current staff still has a password older than passwords.expiryDays days.',
  },
  parameters: ['passwords.expiryDays'],
  coverage: 'SECTION',
  violationCode: 'COMPLIANCE.PASSWORDS_EXPIRED',
  offenderCode: 'COMPLIANCE.PASSWORD_EXPIRED',
  emptyIsNotEvaluable: false,
};

/** Offenders: accounts with an expired password; population: accounts of staff employed on the date. */
export function passwordExpiryVerdict(facts: ComplianceFacts | null, setting: ComplianceSetting): ComplianceVerdict {
  return complianceVerdict(PASSWORD_EXPIRY_CHECK, facts, setting);
}
