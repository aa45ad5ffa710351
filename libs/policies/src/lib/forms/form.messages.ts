import type { CatalogueSection } from '../i18n/message-catalogue.types';

/**
 * Printed forms (帳票) output from the communication server: the output record (第10条第1項), storage in a
 * lockable cabinet (第10条第2項), disposal reconciled against the records and done promptly (第10条第3項).
 */
export const FORM_MESSAGES = {
  // 第10条: the life cycle of a printed form in the ledger (recorded → stored → disposed)
  'FORMS.OUTPUT_NOT_FOUND': {
    article: '第10条第1項',
    ja: '指定された出力帳票の記録はありません。',
    en: 'There is no such printed-form output record.',
  },
  'FORMS.PLACE_NOT_FOUND': {
    article: '第10条第2項',
    ja: '指定された保管場所（書庫等）はありません。',
    en: 'There is no such storage place.',
  },
  'FORMS.SECTION_INVALID': {
    article: '第10条第1項',
    ja: '帳票を記録する課が正しくありません（住基ネットを利用する課を指定してください）。',
    en: 'The section is not valid: name a section that uses Juki-Net.',
  },
  'FORMS.STALE_VERSION': {
    article: '第10条',
    ja: 'この記録は他の操作により変更されています（版 {expected} を指定しましたが現在は版 {actual} です）。最新の内容を確認してから操作してください。',
    en: 'This record was changed by someone else (you gave version {expected}, it is now version {actual}). Reload it and try again.',
  },
  'FORMS.NOT_STORED': {
    article: '第10条第3項',
    ja: '保管の記録がない帳票は廃棄できません。先に保管を記録してください。',
    en: 'Forms with no storage record cannot be disposed of. Record their storage first.',
  },
  'FORMS.ALREADY_DISPOSED': {
    article: '第10条第3項',
    ja: 'この帳票は既にすべて廃棄されています。廃棄済みの帳票を再び廃棄・保管・移動することはできません。',
    en: 'These forms have all been disposed of already; disposed forms cannot be disposed of, stored or moved again.',
  },
  'FORMS.MOVE_NOT_STORED': {
    article: '第10条第2項',
    ja: '保管の記録がない帳票は移動できません。',
    en: 'Forms with no storage record cannot be moved.',
  },
  'FORMS.MOVE_SAME_PLACE': {
    article: '第10条第2項',
    ja: '移動元と移動先の保管場所が同じです。',
    en: 'The storage place moved from and to is the same.',
  },
  'FORMS.MOVE_EXCEEDS_HELD': {
    article: '第10条第2項',
    ja: '移動数量（{actual}）が保管場所「{place}」の保管数量（{expected}）を超えています。',
    en: 'The quantity moved ({actual}) exceeds the {expected} kept in "{place}".',
  },
  'FORMS.STORE_EXCEEDS_UNSTORED': {
    article: '第10条第2項',
    ja: '保管数量（{actual}）が未保管の数量（{expected} = 出力数量 {outputQuantity} − 保管済み {stored} − 廃棄済み {disposed}）を超えています。',
    en: 'The quantity stored ({actual}) exceeds the {expected} not yet stored (output {outputQuantity} − stored {stored} − disposed {disposed}).',
  },
  'FORMS.KEEP_UNTIL_BEFORE_OUTPUT': {
    article: '第10条第3項',
    ja: '保管期間の終了日（{keepUntil}）が出力年月日（{outputOn}）より前になっています。',
    en: 'The end of the keeping period ({keepUntil}) is before the output date ({outputOn}).',
  },
  'FORMS.COUNT_INVALID': {
    article: '第10条第2項',
    ja: '保管・移動する数量「{quantity}」は1以上の整数でなければなりません。',
    en: 'The quantity stored or moved ("{quantity}") must be a whole number of at least 1.',
  },
  'FORMS.DATE_IN_FUTURE': {
    article: '第10条第2項',
    ja: '日付（{date}）が記録日（{today}）より後になっています。',
    en: 'The date ({date}) is after the recording date ({today}).',
  },
  'FORMS.PLACE_HOLDS_FORMS': {
    article: '第10条第2項',
    ja: '保管場所「{place}」には帳票{quantity}部が保管されているため、施錠できない場所に変更できません。',
    en: 'The storage place "{place}" holds {quantity} copies, so it cannot be changed to a place that cannot be locked.',
  },

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
