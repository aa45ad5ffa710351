import type { RuleDefinition } from '../core/rule-definition';

export const PASSWORD_RULES: readonly RuleDefinition[] = [
  {
    id: 'art21.passwordExpiry',
    article: '第21条第1項',
    title: { ja: 'パスワードの有効期限', en: 'Password expiry' },
    description: {
      ja: 'パスワードは最終変更から有効期限日数を経過すると失効し、変更するまで使用できない。期限前の警告期間には変更を促す。',
      en: 'A password expires the set number of days after it was last changed and cannot be used until changed; users are warned during the days before.',
    },
    parameters: ['passwords.expiryDays', 'passwords.warningDays'],
    codes: ['PASSWORDS.EXPIRED'],
  },
  {
    id: 'art21.passwordStrength',
    article: '第21条第2項',
    title: { ja: '規則性のある・推測可能なパスワードの禁止', en: 'No regular or guessable passwords' },
    description: {
      ja: 'NFKC正規化後の文字数が下限以上上限以下であり、推定強度（zxcvbn系、共通・英語・日本語辞書）が基準以上であること。利用者ID、操作者用IDカードの番号、氏名、生年月日、キーボード上の並び、繰り返し、連続文字、日付を含まないこと。文字種の組合せは要求しない（NIST SP 800-63B-4）。',
      en: 'After NFKC normalisation the length is within bounds and the estimated strength (zxcvbn family, common, English and Japanese dictionaries) meets the minimum; the password contains no user ID, ID card number, name, birth date, keyboard run, repetition, sequence or date. No composition rules (NIST SP 800-63B-4).',
    },
    parameters: ['passwords.minLength', 'passwords.maxLength', 'passwords.minScore', 'passwords.minPatternLength'],
    codes: [
      'PASSWORDS.TOO_SHORT',
      'PASSWORDS.TOO_LONG',
      'PASSWORDS.TOO_GUESSABLE',
      'PASSWORDS.CONTAINS_USER_ID',
      'PASSWORDS.CONTAINS_ID_CARD_NUMBER',
      'PASSWORDS.CONTAINS_NAME',
      'PASSWORDS.CONTAINS_BIRTH_DATE',
      'PASSWORDS.KEYBOARD_RUN',
      'PASSWORDS.REPEATED_CHARACTERS',
      'PASSWORDS.SEQUENTIAL_CHARACTERS',
      'PASSWORDS.CONTAINS_DATE',
    ],
  },
  {
    id: 'art21.passwordChangeAfterReset',
    article: '第21条第4項',
    title: { ja: '再設定後のパスワード変更', en: 'Change after a reset' },
    description: {
      ja: '管理者がパスワードを再設定した後は、利用者が自らパスワードを変更するまで業務を行えない（必要に応じた随時の変更）。',
      en: 'After an administrator resets a password, the user must change it before doing anything else (a change when needed).',
    },
    parameters: [],
    codes: ['PASSWORDS.MUST_CHANGE'],
  },
  {
    id: 'art21.passwordReuse',
    article: '第21条第4項',
    title: { ja: 'パスワードの再使用禁止', en: 'No password reuse' },
    description: {
      ja: '変更後のパスワードは、現在及び直近の履歴件数分のパスワードと異なること（同じパスワードへの変更は変更に当たらない）。',
      en: 'A new password differs from the current one and from the set number of previous ones (changing to the same password is no change).',
    },
    parameters: ['passwords.historyDepth'],
    codes: ['PASSWORDS.REUSED'],
  },
  {
    id: 'art21.passwordChange',
    article: '第21条第4項',
    title: { ja: '操作者によるパスワード変更', en: 'Password change by the operator' },
    description: {
      ja: '操作者は現在のパスワードを示して自らパスワードを変更する。新しいパスワードは第2項の規則と再使用禁止に従い、変更すると有効期限が改めて始まり、再設定後の変更要求も解除される。現在のパスワードの誤りは連続失敗に数える。',
      en: 'Operators change their own password by giving the current one; the new one follows 第2項 and the no-reuse rule, restarts the expiry period and clears a reset. A wrong current password counts as a consecutive failure.',
    },
    parameters: ['passwords.expiryDays', 'passwords.maxConsecutiveFailures'],
    codes: ['PASSWORDS.CURRENT_INCORRECT'],
  },
];
