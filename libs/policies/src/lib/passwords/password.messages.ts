import type { CatalogueSection } from '../i18n/message-catalogue.types';

/**
 * Passwords (第21条): an expiry (第1項), no regular or guessable passwords (第2項), change periodically
 * or when needed (第4項). No message carries any part of the password: results may be logged, and a
 * fragment of a password in a log would be a leak (第3項).
 */
export const PASSWORD_MESSAGES = {
  // 第21条第2項: no regular (規則性のある) or guessable (推測可能な) passwords
  'PASSWORDS.TOO_SHORT': {
    article: '第21条第2項',
    ja: 'パスワードが短すぎます（{length}文字）。{minLength}文字以上にしてください。',
    en: 'The password is too short ({length} characters). Use at least {minLength} characters.',
  },
  'PASSWORDS.TOO_LONG': {
    article: '第21条第2項',
    ja: 'パスワードが長すぎます（{length}文字）。{maxLength}文字以下にしてください。',
    en: 'The password is too long ({length} characters). Use at most {maxLength} characters.',
  },
  'PASSWORDS.TOO_GUESSABLE': {
    article: '第21条第2項',
    ja: 'パスワードが推測されやすいものです（強度{score}、必要な強度{minScore}以上）。よく使われる語や並びを避け、長くしてください。',
    en: 'The password is too easy to guess (strength {score}; at least {minScore} is required). Avoid common words and patterns and make it longer.',
  },
  'PASSWORDS.CONTAINS_USER_ID': {
    article: '第21条第2項',
    ja: 'パスワードに利用者IDを含めることはできません。',
    en: 'The password must not contain the user ID.',
  },
  'PASSWORDS.CONTAINS_ID_CARD_NUMBER': {
    article: '第21条第2項',
    ja: 'パスワードに操作者用IDカードの番号を含めることはできません。',
    en: 'The password must not contain the operator ID card number.',
  },
  'PASSWORDS.CONTAINS_NAME': {
    article: '第21条第2項',
    ja: 'パスワードに氏名（漢字・かな・ローマ字）を含めることはできません。',
    en: 'The password must not contain your name (in kanji, kana or romaji).',
  },
  'PASSWORDS.CONTAINS_BIRTH_DATE': {
    article: '第21条第2項',
    ja: 'パスワードに生年月日（西暦・和暦・月日のみを含む）を含めることはできません。',
    en: 'The password must not contain your date of birth (in any calendar or format, or the day and month alone).',
  },
  'PASSWORDS.KEYBOARD_RUN': {
    article: '第21条第2項',
    ja: 'パスワードにキーボード上で隣り合うキーの並び（{minPatternLength}文字以上、例: qwer、1qaz、0987）を含めることはできません。',
    en: 'The password must not contain {minPatternLength} or more neighbouring keys in a row (such as qwer, 1qaz or 0987).',
  },
  'PASSWORDS.REPEATED_CHARACTERS': {
    article: '第21条第2項',
    ja: 'パスワードに同じ文字や同じ並びの繰り返し（{minPatternLength}文字以上、例: aaaa、abab）を含めることはできません。',
    en: 'The password must not contain a repeated character or chunk of {minPatternLength} or more characters (such as aaaa or abab).',
  },
  'PASSWORDS.SEQUENTIAL_CHARACTERS': {
    article: '第21条第2項',
    ja: 'パスワードに連続した文字（{minPatternLength}文字以上、例: abcd、1234、9876、あいうえ）を含めることはできません。',
    en: 'The password must not contain {minPatternLength} or more consecutive characters (such as abcd, 1234, 9876 or あいうえ).',
  },
  'PASSWORDS.CONTAINS_DATE': {
    article: '第21条第2項',
    ja: 'パスワードに日付（例: 20240101、2024/1/1、令和6年1月1日、R6.1.1）を含めることはできません。',
    en: 'The password must not contain a date (such as 20240101, 2024/1/1, 令和6年1月1日 or R6.1.1).',
  },

  // 第21条第1項: the password has an expiry
  'PASSWORDS.EXPIRED': {
    article: '第21条第1項',
    ja: 'パスワードの有効期限（{expiresOn}）が過ぎています。パスワードを変更してください。',
    en: 'The password expired on {expiresOn}. Change your password.',
  },

  // 第21条第4項: change periodically or when needed
  'PASSWORDS.MUST_CHANGE': {
    article: '第21条第4項',
    ja: 'パスワードが再設定されました。利用を続ける前にパスワードを変更してください。',
    en: 'Your password was reset. Change it before you continue.',
  },
  'PASSWORDS.REUSED': {
    article: '第21条第4項',
    ja: '直近{historyDepth}回に使用したパスワードは再使用できません。',
    en: 'You cannot reuse any of your last {historyDepth} passwords.',
  },
  'PASSWORDS.CURRENT_INCORRECT': {
    article: '第21条第4項',
    ja: '現在のパスワードが正しくありません。',
    en: 'The current password is incorrect.',
  },
} as const satisfies CatalogueSection;
