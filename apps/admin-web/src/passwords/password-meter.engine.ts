import { checkPasswordStrength, CHIBA_PROFILE_HISTORY, jstDate, type PasswordContext, type PasswordStrengthResult } from '@juki/policies';

/**
 * Loaded with `import()` the first time the meter is shown: this module pulls in the word lists of the
 * estimator (common, English and Japanese dictionaries), which stay out of the first-load bundle.
 * It runs the very rule the API runs on changePassword (第21条第2項), with the profile in force today.
 */
export function evaluatePassword(password: string, context: PasswordContext, now: Date = new Date()): PasswordStrengthResult {
  const today = jstDate(now);
  return checkPasswordStrength(password, { ...context, today }, CHIBA_PROFILE_HISTORY.current(today));
}
