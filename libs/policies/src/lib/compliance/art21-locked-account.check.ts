import { complianceVerdict, type ComplianceCheckDefinition, type ComplianceFacts, type ComplianceSetting, type ComplianceVerdict } from './compliance-check';

/**
 * 第21条第3項 (no leaked or lost password): an account locked by consecutive failed sign-ins (第19条第1項)
 * may be under a guessing attack, and stays unusable until the system officer reviews and unlocks it.
 * Compliant (decided): no account has stayed locked longer than `passwords.lockedReviewDays` days without
 * that review. The store keeps only the current lock (`credential.locked_at`; an unlock clears it), so a
 * past date sees the accounts still locked now that were locked by then, not those unlocked since.
 */
export const LOCKED_ACCOUNT_CHECK: ComplianceCheckDefinition = {
  id: 'art21.lockedAccountReview',
  article: '第21条第3項',
  title: { ja: 'ロックされたアカウントの確認', en: 'Locked accounts reviewed' },
  compliant: {
    ja: '連続したサインイン失敗でロックされたまま、所定の日数（passwords.lockedReviewDays）を過ぎて確認・解除されていないアカウントがない。',
    en: 'No account locked by consecutive failed sign-ins has stayed locked for more than passwords.lockedReviewDays days without review.',
  },
  parameters: ['passwords.lockedReviewDays', 'passwords.maxConsecutiveFailures'],
  coverage: 'SECTION',
  violationCode: 'COMPLIANCE.LOCKED_ACCOUNTS_UNREVIEWED',
  offenderCode: 'COMPLIANCE.LOCKED_ACCOUNT_UNREVIEWED',
  emptyIsNotEvaluable: false,
};

/** Offenders: accounts locked past the review days; population: accounts locked on the date. */
export function lockedAccountVerdict(facts: ComplianceFacts | null, setting: ComplianceSetting): ComplianceVerdict {
  return complianceVerdict(LOCKED_ACCOUNT_CHECK, facts, setting);
}
