import type { CatalogueSection } from '../i18n/message-catalogue.types';

/**
 * Resident cards (住民基本台帳カード, 第4章): stock kept locked (第10条の2), disposal for a stated reason,
 * promptly and in strict custody until then (第10条の3), and PINs that are not guessable (第10条の4).
 * PIN messages carry no parameters and no digits: a PIN result must never contain anything of the PIN.
 */
export const CARD_MESSAGES = {
  // 第10条の2第1項: stock
  'CARDS.STORAGE_NOT_LOCKABLE': {
    article: '第10条の2第1項',
    ja: '保管場所「{place}」は施錠できる場所ではありません。住民基本台帳カードは施錠できる場所に保管してください。',
    en: 'The storage place "{place}" cannot be locked. Resident cards must be kept in a lockable place.',
  },
  'CARDS.STOCK_STATE_UNKNOWN': {
    article: '第10条の2第1項',
    ja: '保管状態「{state}」は不明です。券面印刷済み又は未印刷のいずれかを記録してください。',
    en: 'The state "{state}" is unknown: record cards as printed or not printed.',
  },
  'CARDS.STOCK_STATE_MISSING': {
    article: '第10条の2第1項',
    ja: '券面印刷済みと未印刷のそれぞれについて枚数を記録してください（0枚の場合も記録します）。',
    en: 'Record the number of cards both with and without a printed face (0 when there are none).',
  },
  'CARDS.STOCK_STATE_DUPLICATED': {
    article: '第10条の2第1項',
    ja: '同じ保管状態（券面印刷の有無）の枚数が重複して記録されています。',
    en: 'The number of cards in one state (face printed or not) is recorded more than once.',
  },
  'CARDS.STOCK_COUNT_INVALID': {
    article: '第10条の2第1項',
    ja: 'カードの枚数「{count}」は0以上の整数でなければなりません。',
    en: 'The number of cards "{count}" must be a whole number of at least 0.',
  },

  // 第10条の3: disposal
  'CARDS.DISPOSAL_REASON_MISSING': {
    article: '第10条の3',
    ja: '住民基本台帳カードの廃棄理由が記録されていません。カード発行失敗（初期データ書込み失敗・券面印刷失敗）、カード交付申請取消又はカード廃止のいずれかを記録してください。',
    en: 'No reason is recorded for disposing of the resident card: issuance failure (initial-data write or face print), application cancelled, or card abolished.',
  },
  'CARDS.DISPOSAL_REASON_UNKNOWN': {
    article: '第10条の3',
    ja: '廃棄理由「{reason}」は認められていません。カード発行失敗（初期データ書込み失敗・券面印刷失敗）、カード交付申請取消又はカード廃止のいずれかを記録してください。',
    en: 'The reason "{reason}" is not one the guidelines allow: issuance failure (initial-data write or face print), application cancelled, or card abolished.',
  },
  'CARDS.DISPOSAL_DATE_INVALID': {
    article: '第10条の3第1号',
    ja: '廃棄対象となった日「{date}」は正しい日付ではありません。',
    en: 'The date the card became due for disposal, "{date}", is not a valid date.',
  },
  'CARDS.DISPOSAL_BEFORE_AWAITING': {
    article: '第10条の3第1号',
    ja: '廃棄年月日（{disposedOn}）が廃棄対象となった日（{awaitingSince}）より前になっています。',
    en: 'The disposal date ({disposedOn}) is before the card became due for disposal ({awaitingSince}).',
  },
  'CARDS.DISPOSED_LATE': {
    article: '第10条の3第1号',
    ja: '廃棄対象となった日（{awaitingSince}）から{days}日後に廃棄されました（期限 {dueDays}日、{daysOverdue}日超過）。できるだけ速やかに廃棄してください。',
    en: 'The card was disposed of {days} days after it became due for disposal on {awaitingSince} (limit {dueDays} days, {daysOverdue} days late). Dispose of cards as promptly as possible.',
  },
  'CARDS.DISPOSAL_OVERDUE': {
    article: '第10条の3第1号',
    ja: '{awaitingSince}から廃棄を待っている住民基本台帳カードが、廃棄期限（{dueDate}）を{daysOverdue}日過ぎています。できるだけ速やかに廃棄してください。',
    en: 'A resident card awaiting disposal since {awaitingSince} is {daysOverdue} days past its disposal deadline ({dueDate}). Dispose of it as promptly as possible.',
  },
  'CARDS.AWAITING_DISPOSAL_NOT_SECURED': {
    article: '第10条の3第2号',
    ja: '廃棄を待っている住民基本台帳カードが施錠できる場所に保管されていません（保管場所「{place}」）。廃棄するまでの間は厳重に保管してください。',
    en: 'A resident card awaiting disposal is not in a lockable place ("{place}"). Keep it under strict custody until it is disposed of.',
  },

  // 第10条の4第1号: PIN
  'CARDS.PIN_NOT_FOUR_DIGITS': {
    article: '第10条の4第1号',
    ja: '暗証番号は半角数字4桁で入力してください。',
    en: 'The PIN must be exactly four digits.',
  },
  'CARDS.PIN_FULL_WIDTH_DIGITS': {
    article: '第10条の4第1号',
    ja: '暗証番号に全角数字が含まれています。半角数字で入力してください。',
    en: 'The PIN contains full-width digits. Enter it with half-width (ASCII) digits.',
  },
  'CARDS.PIN_BIRTH_DATE': {
    article: '第10条の4第1号',
    ja: '生年月日から推測できる暗証番号（西暦・和暦の年、月、日の組合せ）は使用できません。',
    en: 'The PIN can be guessed from the date of birth (a combination of the year, era year, month and day).',
  },
  'CARDS.PIN_PERSONAL_DATE': {
    article: '第10条の4第1号',
    ja: '記念日等、申請者に関係する日付から推測できる暗証番号は使用できません。',
    en: "The PIN can be guessed from a date in the applicant's life (such as an anniversary).",
  },
  'CARDS.PIN_REPEATED': {
    article: '第10条の4第1号',
    ja: '同じ数字だけを並べた暗証番号は使用できません。',
    en: 'A PIN of one digit repeated cannot be used.',
  },
  'CARDS.PIN_SEQUENCE': {
    article: '第10条の4第1号',
    ja: '連続した数字（昇順・降順）の暗証番号は使用できません。',
    en: 'A PIN of consecutive digits (ascending or descending) cannot be used.',
  },
  'CARDS.PIN_PAIRS': {
    article: '第10条の4第1号',
    ja: '2つの数字の繰り返しや組合せだけの暗証番号は使用できません。',
    en: 'A PIN made of a repeated or doubled pair of digits cannot be used.',
  },
  'CARDS.PIN_COMMON': {
    article: '第10条の4第1号',
    ja: 'よく使われていて推測されやすい暗証番号です。別の番号を選んでください。',
    en: 'This PIN is commonly used and easy to guess. Choose another.',
  },
  'CARDS.PIN_REJECTED_BY_PROFILE': {
    article: '第10条の4第1号',
    ja: '市が使用しないよう定めている暗証番号です。別の番号を選んでください。',
    en: 'The city does not allow this PIN. Choose another.',
  },
} as const satisfies CatalogueSection;
