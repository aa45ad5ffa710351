import type { PolicyProfile } from '../profiles/policy-profile';
import { DEFAULT_PROFILE } from '../profiles/profile-history';
import { defaultPasswordEstimator } from './password-dictionaries.loader';
import { evaluatePasswordStrength, type PasswordContext, type PasswordStrengthResult } from './password-strength.evaluator';

/**
 * 第21条第2項 (操作者は、パスワードに規則性のある記号及び番号又は推測可能な記号又は番号を用いては
 * ならない): length after NFKC, the estimated guesses (zxcvbn family with common, English and
 * Japanese dictionaries, the person's data as user inputs), and explicit rejections of the user ID,
 * ID card number, names, birth date, keyboard runs, repetitions, sequences and dates. Returns every
 * violation. The dictionaries are loaded and indexed on the first call (≈ 0.3 s), then shared;
 * a call then takes about a millisecond (docs/password-estimator.md).
 */
export function checkPasswordStrength(
  password: string,
  context: PasswordContext = {},
  profile: PolicyProfile = DEFAULT_PROFILE,
): PasswordStrengthResult {
  return evaluatePasswordStrength(defaultPasswordEstimator(), password, context, profile);
}
