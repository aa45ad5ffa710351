import { parseIsoDate, type IsoDate } from '../calendar/calendar-date';
import { result, violation, type RuleResult, type Violation } from '../core/violation';
import type { PolicyProfile } from '../profiles/policy-profile';
import { DEFAULT_PROFILE } from '../profiles/profile-history';
import { birthDateUserInputs, birthDateVariants } from './birth-date.variants';
import { DEFAULT_REFERENCE_YEAR, type PasswordEstimator } from './password-guess.estimator';
import { hasDate, hasKeyboardRun, hasRepetition, hasSequence } from './password-patterns.detector';
import {
  codePointLength,
  firstCodePoints,
  foldForComparison,
  katakanaToHiragana,
  normalizePassword,
  withoutSeparators,
} from './password-text.util';

/** What is known about the person choosing the password (第21条第2項: 推測可能な記号又は番号). */
export interface PasswordContext {
  /** Login / user id. */
  userId?: string;
  /** Operator ID card number (第20条). */
  idCardNumber?: string;
  /** The person's names as given in their data: kanji, kana (hiragana/katakana), romaji. */
  names?: readonly string[];
  /** 'YYYY-MM-DD'. */
  birthDate?: IsoDate;
  /** Today in Japan, 'YYYY-MM-DD': the year from which the estimator counts year distances. */
  today?: IsoDate;
}

export interface PasswordStrengthResult extends RuleResult {
  /** zxcvbn-family score: 0 too guessable … 4 very unguessable. */
  score: 0 | 1 | 2 | 3 | 4;
  /** log10 of the estimated number of guesses. */
  guessesLog10: number;
}

export const PASSWORD_STRENGTH_RULE_ID = 'art21.passwordStrength';

/** Personal data shorter than this (a one-character name such as 翔) is not looked for. */
const MIN_CONTEXT_LENGTH = 2;

/** Input examined at most, in UTF-16 units per allowed character, so a huge input costs no more. */
const RAW_INPUT_FACTOR = 8;

function contains(folded: string, foldedBare: string, needle: string): boolean {
  const n = foldForComparison(needle);
  if (codePointLength(n) >= MIN_CONTEXT_LENGTH && folded.includes(n)) return true;
  const bare = withoutSeparators(n);
  return codePointLength(bare) >= MIN_CONTEXT_LENGTH && foldedBare.includes(bare);
}

/** Shortest run of digits of an ID card number looked for on its own (C-20481937 → 20481937). */
const MIN_CARD_DIGITS = 4;

/** The card number as given and its runs of digits. */
function cardNumberForms(cardNumber: string): string[] {
  const digitRuns = (normalizePassword(cardNumber).match(/\d+/g) ?? []).filter((run) => run.length >= MIN_CARD_DIGITS);
  return [cardNumber, ...digitRuns];
}

/** A name as given, its parts (山田 太郎 → 山田, 太郎) and the parts joined (yamada taro → yamadataro). */
function nameForms(name: string): string[] {
  const normalized = normalizePassword(name).trim();
  const parts = normalized.split(/[\s・,、]+/u).filter((p) => p.length > 0);
  return [...new Set([normalized, parts.join(''), ...parts])];
}

function hiraganaToKatakana(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    out += code >= 0x3041 && code <= 0x3096 ? String.fromCodePoint(code + 0x60) : ch;
  }
  return out;
}

/** The person's data as the estimator's user inputs (words an attacker tries first). */
function userInputsOf(context: PasswordContext): string[] {
  const inputs: string[] = [];
  const add = (value: string | undefined) => {
    if (!value) return;
    const lower = normalizePassword(value).toLowerCase();
    for (const form of [lower, withoutSeparators(lower)]) {
      if (form.length > 0) inputs.push(form, katakanaToHiragana(form), hiraganaToKatakana(form));
    }
  };
  add(context.userId);
  if (context.idCardNumber) for (const form of cardNumberForms(context.idCardNumber)) add(form);
  for (const name of context.names ?? []) for (const form of nameForms(name)) add(form);
  if (context.birthDate) inputs.push(...birthDateUserInputs(context.birthDate));
  return [...new Set(inputs)];
}

function referenceYearOf(today: IsoDate | undefined): number {
  return (today && parseIsoDate(today)?.year) || DEFAULT_REFERENCE_YEAR;
}

/**
 * 第21条第2項 with an injected estimator (a browser loads the dictionaries lazily and passes the
 * estimator in). Returns every violation; never asks for digits, symbols or mixed case.
 */
export function evaluatePasswordStrength(
  estimator: PasswordEstimator,
  password: string,
  context: PasswordContext = {},
  profile: PolicyProfile = DEFAULT_PROFILE,
): PasswordStrengthResult {
  const { minLength, maxLength, minScore, minPatternLength } = profile.passwords;
  if (context.birthDate !== undefined && !parseIsoDate(context.birthDate)) {
    throw new RangeError('context.birthDate is not a calendar date (YYYY-MM-DD)');
  }
  const rawCap = Math.max(maxLength, 1) * RAW_INPUT_FACTOR;
  const capped = password.length > rawCap;
  const normalized = normalizePassword(capped ? password.slice(0, rawCap) : password);
  const length = capped ? password.length : codePointLength(normalized);
  // a password that is too long is rejected, not truncated; only its first maxLength characters are examined
  const examined = firstCodePoints(normalized, maxLength);

  const violations: Violation[] = [];
  const add = (code: Parameters<typeof violation>[1], params: Parameters<typeof violation>[2] = {}) =>
    violations.push(violation(PASSWORD_STRENGTH_RULE_ID, code, params));

  if (length < minLength) add('PASSWORDS.TOO_SHORT', { minLength, length });
  if (length > maxLength) add('PASSWORDS.TOO_LONG', { maxLength, length });

  const estimate = estimator.estimate(examined, {
    userInputs: userInputsOf(context),
    referenceYear: referenceYearOf(context.today),
  });
  if (estimate.score < minScore) add('PASSWORDS.TOO_GUESSABLE', { score: estimate.score, minScore });

  const folded = foldForComparison(examined);
  const foldedBare = withoutSeparators(folded);
  if (context.userId && contains(folded, foldedBare, context.userId)) add('PASSWORDS.CONTAINS_USER_ID');
  if (context.idCardNumber && cardNumberForms(context.idCardNumber).some((form) => contains(folded, foldedBare, form))) {
    add('PASSWORDS.CONTAINS_ID_CARD_NUMBER');
  }
  if ((context.names ?? []).some((name) => nameForms(name).some((form) => contains(folded, foldedBare, form)))) {
    add('PASSWORDS.CONTAINS_NAME');
  }
  if (context.birthDate && birthDateVariants(context.birthDate).some((v) => folded.includes(v))) {
    add('PASSWORDS.CONTAINS_BIRTH_DATE');
  }

  const patternParams = { minPatternLength };
  if (hasKeyboardRun(folded, minPatternLength)) add('PASSWORDS.KEYBOARD_RUN', patternParams);
  if (hasRepetition(folded, minPatternLength)) add('PASSWORDS.REPEATED_CHARACTERS', patternParams);
  if (hasSequence(folded, minPatternLength)) add('PASSWORDS.SEQUENTIAL_CHARACTERS', patternParams);
  if (hasDate(folded)) add('PASSWORDS.CONTAINS_DATE');

  return { ...result(violations), score: estimate.score, guessesLog10: estimate.guessesLog10 };
}
