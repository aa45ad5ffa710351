import type { CatalogueSection } from '../i18n/message-catalogue.types';

/** Compliance checks (第6条第3項第2号): why a check is not evaluable, each check's summary and its offenders. */
export const COMPLIANCE_MESSAGES = {
  'COMPLIANCE.GUIDELINES_NOT_IN_FORCE': {
    article: '附則',
    ja: '{date}には要綱が施行されていないため評価できません。',
    en: 'The guidelines were not in force on {date}: nothing to evaluate.',
  },
  'COMPLIANCE.ARTICLE_NOT_IN_FORCE': {
    article: '附則',
    ja: '{article}は{date}時点の要綱（{profile}）では施行されていないため評価できません。',
    en: '{article} was not in force on {date} under the guidelines of that date ({profile}): not evaluable.',
  },
  'COMPLIANCE.CITY_WIDE_ONLY': {
    article: '第6条第3項第2号',
    ja: '{article}の確認は全市の記録を対象とするため、全市を参照できる役割でのみ評価できます。',
    en: 'The check of {article} spans the whole city: only a role that reads city-wide can evaluate it.',
  },
  'COMPLIANCE.NO_DATA': {
    article: '第6条第3項第2号',
    ja: '{date}時点で{article}の確認の対象となる記録がないため評価できません。',
    en: 'On {date} there is no record for the check of {article} to look at: not evaluable.',
  },
  'COMPLIANCE.UNKNOWN_CHECK': {
    article: '第6条第3項第2号',
    ja: '確認項目「{checkId}」はありません。',
    en: 'There is no compliance check "{checkId}".',
  },
  'COMPLIANCE.HANDLERS_NOT_DESIGNATED_BY_OWN_OFFICER': {
    article: '第8条',
    ja: '自課の情報セキュリティ責任者以外が指定した本人確認情報取扱者が{count}名います。',
    en: '{count} handler(s) were not designated by their own section’s security officer.',
  },
  'COMPLIANCE.HANDLER_NOT_DESIGNATED_BY_OWN_OFFICER': {
    article: '第8条',
    ja: '職員番号{employeeNumber}の取扱者指定（{designatedOn}）は、その日の自課の情報セキュリティ責任者によるものではありません。',
    en: 'The designation of employee {employeeNumber} as handler ({designatedOn}) was not made by the section’s security officer of that day.',
  },
  'COMPLIANCE.PRECAUTIONS_NOT_ACKNOWLEDGED': {
    article: '第9条第2項',
    ja: '現行の取扱上の留意事項を確認していない本人確認情報取扱者が{count}名います。',
    en: '{count} handler(s) have not acknowledged the current handling precautions.',
  },
  'COMPLIANCE.PRECAUTIONS_VERSION_NOT_ACKNOWLEDGED': {
    article: '第9条第2項',
    ja: '職員番号{employeeNumber}は、自課の取扱上の留意事項（第{version}版）を確認していません。',
    en: 'Employee {employeeNumber} has not acknowledged version {version} of the section’s handling precautions.',
  },
  'COMPLIANCE.PRECAUTIONS_MISSING': {
    article: '第9条第1項',
    ja: '職員番号{employeeNumber}の課には、取扱上の留意事項が定められていません。',
    en: 'The section of employee {employeeNumber} has no handling precautions to acknowledge.',
  },
  'COMPLIANCE.DISPOSALS_NOT_RECONCILED': {
    article: '第10条第3項',
    ja: '出力及び保管の記録と数量が突き合わない帳票の廃棄が{count}件あります。',
    en: '{count} printed-form disposal(s) do not reconcile with the output and storage records.',
  },
  'COMPLIANCE.DISPOSAL_NOT_RECONCILED': {
    article: '第10条第3項',
    ja: '帳票「{formName}」（{outputDate}出力、{quantity}部）の{disposedOn}の廃棄{disposed}部が記録と突き合いません（廃棄時の保管数{storedBefore}部＋廃棄済{disposedBefore}部、保管場所の保管数{placeBefore}部、{asOf}までの廃棄合計{totalDisposed}部）。',
    en: 'The disposal of {disposed} copies of the form "{formName}" (output {outputDate}, {quantity} copies) on {disposedOn} does not reconcile with the records (stored then {storedBefore} + already disposed {disposedBefore}, held by the place {placeBefore}, disposed of in total by {asOf}: {totalDisposed}).',
  },
  'COMPLIANCE.FORMS_NOT_DISPOSED': {
    article: '第10条第3項',
    ja: '保管期間の終了後、期限内に廃棄されていない帳票が{count}件あります。',
    en: '{count} printed-form record(s) still have copies kept beyond the disposal deadline after their keeping period.',
  },
  'COMPLIANCE.FORM_NOT_DISPOSED': {
    article: '第10条第3項',
    ja: '帳票「{formName}」（{outputDate}出力、保管期間{keepUntil}まで）の{copies}部が廃棄されていません。',
    en: '{copies} copies of the form "{formName}" (output {outputDate}, kept until {keepUntil}) have not been disposed of.',
  },
  'COMPLIANCE.CARD_LOSSES_UNREPORTED': {
    article: '第10条の2第2項',
    ja: '紛失又は盗難となったのに報告の記録がない住民基本台帳カードが{count}枚あります。',
    en: '{count} resident card(s) became lost or stolen without a recorded report.',
  },
  'COMPLIANCE.CARD_LOSS_UNREPORTED': {
    article: '第10条の2第2項',
    ja: 'カード番号{serial}は{lostOn}に紛失又は盗難となりましたが、報告の記録がありません。',
    en: 'Card {serial} became lost or stolen on {lostOn} without a recorded report.',
  },
  'COMPLIANCE.STOCK_TAKES_DIFFER': {
    article: '第10条の2第1項',
    ja: '最後の棚卸しで帳簿上の枚数と一致しなかった保管場所・状態が{count}件あります。',
    en: 'At {count} place(s) and state(s) the last stock-take did not match the derived count of cards.',
  },
  'COMPLIANCE.STOCK_TAKE_DIFFERS': {
    article: '第10条の2第1項',
    ja: '{countedOn}の棚卸し（{state}）は実数{counted}枚、帳簿上{derived}枚で、差は{difference}枚です。',
    en: 'The stock-take of {countedOn} ({state}) counted {counted} card(s) against {derived} derived: a difference of {difference}.',
  },
  'COMPLIANCE.CARD_DISPOSALS_INCOMPLETE': {
    article: '第10条の3第3号',
    ja: '理由・方法・ICチップの物理的破壊のいずれかを欠く住民基本台帳カードの廃棄が{count}件あります。',
    en: '{count} resident card disposal(s) lack a reason, a method or the physical destruction of the IC chip.',
  },
  'COMPLIANCE.CARD_DISPOSAL_INCOMPLETE': {
    article: '第10条の3第3号',
    ja: '{disposedOn}の廃棄（カード番号{serial}）はICチップの物理的破壊が記録されていません。',
    en: 'The disposal of {disposedOn} (card {serial}) does not record the physical destruction of the IC chip.',
  },
  'COMPLIANCE.CARD_DISPOSALS_OVERDUE': {
    article: '第10条の3第1号',
    ja: '廃棄の期限を過ぎても廃棄されていない住民基本台帳カードが{count}枚あります。',
    en: '{count} resident card(s) awaited disposal beyond the due days.',
  },
  'COMPLIANCE.CARD_DISPOSAL_OVERDUE': {
    article: '第10条の3第1号',
    ja: 'カード番号{serial}は{since}から廃棄を待っています。',
    en: 'Card {serial} has been awaiting disposal since {since}.',
  },
  'COMPLIANCE.AUDIT_CHAIN_BROKEN': {
    article: '第19条第1項',
    ja: '操作履歴の連鎖に不整合があります（{count}件）。',
    en: 'The operation history chain is broken ({count}).',
  },
  'COMPLIANCE.AUDIT_CHAIN_BREAK': {
    article: '第19条第1項',
    ja: '操作履歴の連番{sequence}で連鎖が切れています（{reason}）。',
    en: 'The operation history chain breaks at sequence {sequence} ({reason}).',
  },
  'COMPLIANCE.AUDIT_PURGED_EARLY': {
    article: '第19条第1項',
    ja: '保存期間（7年）を過ぎる前の操作履歴を削除した記録が{count}件あります。',
    en: '{count} purge(s) removed operation history before its 7 years had passed.',
  },
  'COMPLIANCE.AUDIT_PURGE_EARLY': {
    article: '第19条第1項',
    ja: '{purgedOn}の削除は{before}より前の操作履歴を対象としましたが、その保存期間は{until}まででした。',
    en: 'The purge of {purgedOn} removed history before {before}, which had to be kept until {until}.',
  },
  'COMPLIANCE.LOST_CARDS_NOT_REVOKED': {
    article: '第20条第5項',
    ja: '紛失又は盗難の報告後、期限内に失効されていない操作者用IDカードが{count}枚あります。',
    en: '{count} operator ID card(s) reported lost or stolen were not revoked in time.',
  },
  'COMPLIANCE.LOST_CARD_NOT_REVOKED': {
    article: '第20条第5項',
    ja: '職員番号{employeeNumber}の操作者用IDカード（{kind}、{reportedOn}報告）が失効されていません。',
    en: 'The operator ID card of employee {employeeNumber} ({kind}, reported {reportedOn}) has not been revoked.',
  },
  'COMPLIANCE.CARDS_NOT_RETURNED': {
    article: '第20条第1項',
    ja: '退職又は異動の後、期限内に返却されていない操作者用IDカードが{count}枚あります。',
    en: '{count} operator ID card(s) were not returned in time after their holder retired or moved.',
  },
  'COMPLIANCE.CARD_NOT_RETURNED': {
    article: '第20条第1項',
    ja: '職員番号{employeeNumber}（{employment}、{since}）の操作者用IDカードが返却されていません。',
    en: 'The operator ID card of employee {employeeNumber} ({employment} since {since}) has not been returned.',
  },
  'COMPLIANCE.PASSWORDS_EXPIRED': {
    article: '第21条第1項',
    ja: '有効期限を過ぎたパスワードのままの在職者のアカウントが{count}件あります。',
    en: '{count} account(s) of current staff still have an expired password.',
  },
  'COMPLIANCE.PASSWORD_EXPIRED': {
    article: '第21条第1項',
    ja: '職員番号{employeeNumber}のパスワードは{changedOn}に設定され、有効期限を過ぎています。',
    en: 'The password of employee {employeeNumber} was set on {changedOn} and has expired.',
  },
  'COMPLIANCE.LOCKED_ACCOUNTS_UNREVIEWED': {
    article: '第21条第3項',
    ja: 'ロックされたまま期限内に確認されていないアカウントが{count}件あります。',
    en: '{count} account(s) have stayed locked without review beyond the set days.',
  },
  'COMPLIANCE.LOCKED_ACCOUNT_UNREVIEWED': {
    article: '第21条第3項',
    ja: '職員番号{employeeNumber}のアカウントは{lockedOn}からロックされたままです。',
    en: 'The account of employee {employeeNumber} has been locked since {lockedOn}.',
  },
} as const satisfies CatalogueSection;
