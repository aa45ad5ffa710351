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

  // 第10条の2第1項: stock-take (棚卸し) against the counts derived from the recorded movements
  'CARDS.STOCK_TAKE_DIFFERENCE': {
    article: '第10条の2第1項',
    ja: '保管場所「{place}」の{state}のカードは、実査で{counted}枚、受払の記録から{derived}枚で、{difference}枚の差異があります。',
    en: 'At "{place}", {counted} cards were counted in the state {state} but the recorded movements give {derived}: a difference of {difference}.',
  },
  'CARDS.STOCK_TAKE_COUNT_INVALID': {
    article: '第10条の2第1項',
    ja: '実査した枚数「{count}」は0以上の整数でなければなりません。',
    en: 'The counted number "{count}" must be a whole number of at least 0.',
  },
  'CARDS.STOCK_TAKE_STATES_INVALID': {
    article: '第10条の2第1項',
    ja: '棚卸しでは、未印刷・印刷済み・廃棄待ちの各状態の枚数を1回ずつ記録してください（「{state}」が不足、重複又は対象外です）。',
    en: 'A stock-take records the count of each state kept in a place — blank, printed, awaiting disposal — exactly once ({state} is missing, repeated or not one of them).',
  },
  'CARDS.STOCK_TAKE_DATE_INVALID': {
    article: '第10条の2第1項',
    ja: '実査日「{date}」は正しい日付で、今日（{today}）以前でなければなりません。',
    en: 'The stock-take date "{date}" must be a valid date no later than today ({today}).',
  },

  // 第10条の2第1項: the life cycle of each card, recorded movement by movement
  'CARDS.NOT_FOUND': {
    article: '第10条の2第1項',
    ja: '指定された住民基本台帳カードは見つかりません。',
    en: 'The resident card was not found.',
  },
  'CARDS.PLACE_NOT_FOUND': {
    article: '第10条の2第1項',
    ja: '指定された保管場所は見つかりません（他の課の保管場所は指定できません）。',
    en: "The storage place was not found (another section's places cannot be used).",
  },
  'CARDS.SERIAL_INVALID': {
    article: '第10条の2第1項',
    ja: 'カードの番号「{serial}」は英数字とハイフンで1〜32文字にしてください。',
    en: 'The card number "{serial}" must be 1 to 32 letters, digits or hyphens.',
  },
  'CARDS.SERIAL_DUPLICATED': {
    article: '第10条の2第1項',
    ja: 'カードの番号「{serial}」は既に受け入れられています。',
    en: 'A card with the number "{serial}" has already been received.',
  },
  'CARDS.TRANSITION_NOT_ALLOWED': {
    article: '第10条の2第1項',
    ja: '状態が「{state}」のカードに「{movement}」は記録できません。',
    en: 'A card in the state {state} cannot be {movement}.',
  },
  'CARDS.SAME_PLACE': {
    article: '第10条の2第1項',
    ja: '移動先が現在の保管場所と同じです。',
    en: 'The card is already kept in that place.',
  },
  'CARDS.CHANGED': {
    article: '第10条の2第1項',
    ja: 'このカードは他の操作で更新されています。最新の状態を確認してからやり直してください。',
    en: 'The card was changed by another operation. Reload it and try again.',
  },
  'CARDS.LOST_OR_STOLEN': {
    article: '第10条の2第2項',
    ja: '紛失又は盗難が報告されたカード（状態「{state}」）には受払を記録できません。',
    en: 'Nothing can be recorded for a card reported lost or stolen (state {state}).',
  },

  // 第10条の2第2項: loss or theft
  'CARDS.LOSS_NOT_REPORTABLE': {
    article: '第10条の2第2項',
    ja: '状態が「{state}」のカードは保管中ではないため、紛失・盗難として報告できません。',
    en: 'A card in the state {state} is not in stock and cannot be reported lost or stolen.',
  },
  'CARDS.LOSS_DISCOVERED_INVALID': {
    article: '第10条の2第2項',
    ja: '紛失・盗難に気付いた日時は報告の時点（{reportedAt}）より前でなければなりません。',
    en: 'The loss or theft must have been discovered before it is reported ({reportedAt}).',
  },
  'CARDS.LOSS_REPORTED_LOST': {
    article: '第10条の2第2項',
    ja: '住民基本台帳カード（番号 {serial}）の紛失が報告されました（{section}）。',
    en: 'Resident card {serial} was reported lost ({section}).',
  },
  'CARDS.LOSS_REPORTED_STOLEN': {
    article: '第10条の2第2項',
    ja: '住民基本台帳カード（番号 {serial}）の盗難が報告されました（{section}）。',
    en: 'Resident card {serial} was reported stolen ({section}).',
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
  'CARDS.ALREADY_DISPOSED': {
    article: '第10条の3',
    ja: 'このカードは既に廃棄されています。廃棄したカードは交付・移動・再廃棄できません。',
    en: 'The card has already been disposed of: it cannot be issued, moved or disposed of again.',
  },
  'CARDS.NOT_AWAITING_DISPOSAL': {
    article: '第10条の3',
    ja: '廃棄できるのは廃棄待ちのカードだけです（このカードの状態は「{state}」）。先に廃棄理由を記録して廃棄待ちにしてください。',
    en: 'Only a card awaiting disposal can be disposed of (this one is {state}). Record its reason for disposal first.',
  },
  'CARDS.REASON_NOT_FOR_MOVEMENT': {
    article: '第10条の3',
    ja: '廃棄理由「{reason}」は、状態が「{state}」のカードの「{movement}」には使えません。',
    en: 'The reason {reason} does not apply when a card in the state {state} is {movement}.',
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
