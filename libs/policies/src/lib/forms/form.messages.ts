import type { CatalogueSection } from '../i18n/message-catalogue.types';

/**
 * Printed forms (帳票) output from the communication server: the output record (第10条第1項), storage in a
 * lockable cabinet (第10条第2項), disposal reconciled against the records and done promptly (第10条第3項).
 */
export const FORM_MESSAGES = {
  // 第10条第1項: the output record
  'FORMS.NAME_MISSING': {
    article: '第10条第1項第1号',
    ja: '帳票の名称が記録されていません。',
    en: 'The name of the printed form is not recorded.',
  },
  'FORMS.OUTPUT_DATE_INVALID': {
    article: '第10条第1項第2号',
    ja: '出力年月日「{date}」は正しい日付ではありません。',
    en: 'The output date "{date}" is not a valid date.',
  },
  'FORMS.OUTPUT_DATE_IN_FUTURE': {
    article: '第10条第1項第2号',
    ja: '出力年月日（{outputOn}）が記録日（{today}）より後になっています。',
    en: 'The output date ({outputOn}) is after the recording date ({today}).',
  },
  'FORMS.PURPOSE_MISSING': {
    article: '第10条第1項第3号',
    ja: '帳票の使用目的が記録されていません。',
    en: 'The purpose of the printed form is not recorded.',
  },
  'FORMS.REQUESTER_MISSING': {
    article: '第10条第1項第4号',
    ja: '帳票の申請者が記録されていません。',
    en: 'The requester of the printed form is not recorded.',
  },
  'FORMS.QUANTITY_INVALID': {
    article: '第10条第1項第5号',
    ja: '帳票の数量「{quantity}」は1以上の整数でなければなりません。',
    en: 'The quantity "{quantity}" must be a whole number of at least 1.',
  },

  // 第10条第2項: storage
  'FORMS.STORAGE_NOT_LOCKABLE': {
    article: '第10条第2項',
    ja: '保管場所「{place}」は施錠できる書庫等ではありません。帳票は施錠できる書庫等に保管してください。',
    en: 'The storage place "{place}" cannot be locked. Printed forms must be kept in a lockable cabinet.',
  },
  'FORMS.STORAGE_QUANTITY_INVALID': {
    article: '第10条第2項',
    ja: '保管数量「{quantity}」は0以上の整数でなければなりません。',
    en: 'The stored quantity "{quantity}" must be a whole number of at least 0.',
  },
  'FORMS.STORAGE_BREAKDOWN_INVALID': {
    article: '第10条第2項',
    ja: '内訳「{label}」の数量「{quantity}」は0以上の整数でなければなりません。',
    en: 'The quantity "{quantity}" of breakdown line "{label}" must be a whole number of at least 0.',
  },
  'FORMS.STORAGE_BREAKDOWN_MISMATCH': {
    article: '第10条第2項',
    ja: '内訳の合計（{breakdownTotal}）が保管数量（{quantity}）と一致しません。',
    en: 'The breakdown adds up to {breakdownTotal}, but the stored quantity is {quantity}.',
  },

  // 第10条第3項: disposal reconciled against the records
  'FORMS.RECONCILE_OUTPUT_RECORD_MISMATCH': {
    article: '第10条第3項',
    ja: '廃棄記録の出力記録（{actual}）が突合せ対象の出力記録（{expected}）と異なります。',
    en: 'The disposal refers to output record {actual}, but it is being reconciled against output record {expected}.',
  },
  'FORMS.RECONCILE_FORM_NAME_MISMATCH': {
    article: '第10条第3項',
    ja: '廃棄する帳票の名称「{actual}」が出力記録の名称「{expected}」と一致しません。',
    en: 'The disposed form is named "{actual}", but the output record names "{expected}".',
  },
  'FORMS.RECONCILE_STORAGE_FORM_NAME_MISMATCH': {
    article: '第10条第3項',
    ja: '保管場所「{place}」の保管記録の帳票名称「{actual}」が出力記録の名称「{expected}」と一致しません。',
    en: 'The storage record in "{place}" names the form "{actual}", but the output record names "{expected}".',
  },
  'FORMS.RECONCILE_DATE_INVALID': {
    article: '第10条第3項',
    ja: '廃棄年月日「{date}」は正しい日付ではありません。',
    en: 'The disposal date "{date}" is not a valid date.',
  },
  'FORMS.RECONCILE_DISPOSAL_BEFORE_OUTPUT': {
    article: '第10条第3項',
    ja: '廃棄年月日（{disposedOn}）が出力年月日（{outputOn}）より前になっています。',
    en: 'The disposal date ({disposedOn}) is before the output date ({outputOn}).',
  },
  'FORMS.RECONCILE_QUANTITY_INVALID': {
    article: '第10条第3項',
    ja: '廃棄数量「{quantity}」は1以上の整数でなければなりません。',
    en: 'The disposed quantity "{quantity}" must be a whole number of at least 1.',
  },
  'FORMS.RECONCILE_PLACE_NEVER_HELD': {
    article: '第10条第3項',
    ja: '保管場所「{place}」にはこの帳票を保管した記録がありません。',
    en: 'There is no record of this form ever being kept in "{place}".',
  },
  'FORMS.RECONCILE_EXCEEDS_STORED': {
    article: '第10条第3項',
    ja: '廃棄数量（{actual}）が保管場所「{place}」の保管数量（{expected}）を超えています。',
    en: 'The disposed quantity ({actual}) exceeds the {expected} kept in "{place}".',
  },
  'FORMS.RECONCILE_EXCEEDS_REMAINING': {
    article: '第10条第3項',
    ja: '廃棄数量（{actual}）が未廃棄の数量（{expected} = 出力数量 {outputQuantity} − 廃棄済み {alreadyDisposed}）を超えています。',
    en: 'The disposed quantity ({actual}) exceeds the {expected} not yet disposed (output {outputQuantity} − already disposed {alreadyDisposed}).',
  },
  'FORMS.RECONCILE_LEDGER_UNBALANCED': {
    article: '第10条第3項',
    ja: '保管数量の合計（{stored}）と廃棄済み数量（{alreadyDisposed}）の和が出力数量（{expected}）と一致しません（差 {difference}）。紛失・盗難の有無を確認してください。',
    en: 'Stored ({stored}) plus already disposed ({alreadyDisposed}) does not equal the output quantity ({expected}); difference {difference}. Check for loss or theft.',
  },
  'FORMS.RECONCILE_ALREADY_RECORDED': {
    article: '第10条第3項',
    ja: 'この廃棄（{disposalId}）は既に記録されています。',
    en: 'This disposal ({disposalId}) has already been recorded.',
  },
  'FORMS.DISPOSAL_OVERDUE': {
    article: '第10条第3項',
    ja: '保管期間が{keepingPeriodEnd}に終了した帳票{stillStored}部が、廃棄期限（{dueDate}）を{daysOverdue}日過ぎても廃棄されていません。速やかに廃棄してください。',
    en: '{stillStored} copies whose keeping period ended on {keepingPeriodEnd} are still kept {daysOverdue} days after the disposal deadline ({dueDate}). Dispose of them promptly.',
  },
} as const satisfies CatalogueSection;
