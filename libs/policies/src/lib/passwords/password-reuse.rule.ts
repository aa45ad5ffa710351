import { OK, result, violation, type RuleResult } from '../core/violation';
import type { PolicyProfile } from '../profiles/policy-profile';
import { DEFAULT_PROFILE } from '../profiles/profile-history';

/**
 * 第21条第4項 (パスワードを定期的又は必要に応じて随時に変更する): changing to a recent password is no
 * change. The caller owns the hashes (argon2 lives in the API, not here): it passes, newest first
 * (the current password first), whether the candidate matches each stored hash. Only the newest
 * `passwords.historyDepth` entries count; older ones may be reused.
 */
export function checkPasswordReuse(candidateMatchesHistory: readonly boolean[], profile: PolicyProfile = DEFAULT_PROFILE): RuleResult {
  const { historyDepth } = profile.passwords;
  const reused = candidateMatchesHistory.slice(0, Math.max(0, historyDepth)).some((matches) => matches);
  return reused ? result([violation('art21.passwordReuse', 'PASSWORDS.REUSED', { historyDepth })]) : OK;
}
