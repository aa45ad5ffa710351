import type { RuleDefinition } from '../core/rule-definition';
import { FORM_LEDGER_LIFECYCLE_RULE_ID } from './form-ledger-lifecycle.rule';
import { FORM_DISPOSAL_DUE_RULE_ID } from './form-disposal-due.rule';
import { FORM_DISPOSAL_RECONCILIATION_RULE_ID } from './form-disposal-reconciliation.rule';
import { FORM_OUTPUT_RECORD_RULE_ID } from './form-output-record.rule';
import { FORM_STORAGE_RULE_ID } from './form-storage.rule';

/** 第10条: printed forms output from the communication server. */
export const FORM_RULES: readonly RuleDefinition[] = [
  {
    id: FORM_LEDGER_LIFECYCLE_RULE_ID,
    article: '第10条',
    title: { ja: '帳票の記録・保管・廃棄の流れ', en: 'Life cycle of a printed form in the ledger' },
    description: {
      ja: '出力を記録した帳票（第1項）は、施錠できる書庫等に保管し（第2項、保管場所間の移動も記録する）、記録と突き合わせて廃棄する（第3項）。保管の記録がない帳票の廃棄・移動、廃棄済みの帳票の再度の廃棄・保管・移動、未保管の数量を超える保管、保管数量を超える移動は認めない。記録は版で管理し、古い版に基づく更新は拒否する。',
      en: 'A form whose output is recorded (item 1) is kept in a lockable cabinet (item 2; moves between places are recorded) and disposed of after reconciliation with the records (item 3). Disposing of or moving forms never stored, disposing of, storing or moving disposed forms, storing more than is unstored and moving more than a place holds are refused. Records are versioned: a change based on a stale version is refused.',
    },
    parameters: [],
    codes: [
      'FORMS.OUTPUT_NOT_FOUND',
      'FORMS.PLACE_NOT_FOUND',
      'FORMS.SECTION_INVALID',
      'FORMS.STALE_VERSION',
      'FORMS.NOT_STORED',
      'FORMS.ALREADY_DISPOSED',
      'FORMS.MOVE_NOT_STORED',
      'FORMS.MOVE_SAME_PLACE',
      'FORMS.MOVE_EXCEEDS_HELD',
      'FORMS.STORE_EXCEEDS_UNSTORED',
      'FORMS.KEEP_UNTIL_BEFORE_OUTPUT',
      'FORMS.DATE_IN_FUTURE',
      'FORMS.COUNT_INVALID',
      'FORMS.PLACE_HOLDS_FORMS',
    ],
  },
  {
    id: FORM_OUTPUT_RECORD_RULE_ID,
    article: '第10条第1項',
    title: { ja: '出力帳票の記録', en: 'Record of printed-form output' },
    description: {
      ja: 'コミュニケーションサーバから出力した帳票について、(1)帳票の名称、(2)出力年月日（記録日より後でない正しい日付）、(3)使用目的、(4)申請者、(5)数量（1以上の整数）を記録する。(6)その他必要な事項は任意。',
      en: 'Each form output from the communication server is recorded with (1) its name, (2) the output date (a real date not after the recording date), (3) purpose, (4) requester and (5) quantity (a whole number of at least 1); (6) other notes are optional.',
    },
    parameters: [],
    codes: [
      'FORMS.NAME_MISSING',
      'FORMS.OUTPUT_DATE_INVALID',
      'FORMS.OUTPUT_DATE_IN_FUTURE',
      'FORMS.PURPOSE_MISSING',
      'FORMS.REQUESTER_MISSING',
      'FORMS.QUANTITY_INVALID',
    ],
  },
  {
    id: FORM_STORAGE_RULE_ID,
    article: '第10条第2項',
    title: { ja: '帳票の保管', en: 'Storage of printed forms' },
    description: {
      ja: '保管する帳票の数量（0以上の整数）と内訳を記録し、施錠のできる書庫等に保管する。内訳の合計は保管数量と一致しなければならない。',
      en: 'Stored forms are recorded with their quantity (a whole number of at least 0) and breakdown, and kept in a lockable cabinet. The breakdown must add up to the quantity.',
    },
    parameters: [],
    codes: [
      'FORMS.STORAGE_NOT_LOCKABLE',
      'FORMS.STORAGE_QUANTITY_INVALID',
      'FORMS.STORAGE_BREAKDOWN_INVALID',
      'FORMS.STORAGE_BREAKDOWN_MISMATCH',
    ],
  },
  {
    id: FORM_DISPOSAL_RECONCILIATION_RULE_ID,
    article: '第10条第3項',
    title: { ja: '帳票廃棄時の記録との突合せ', en: 'Reconciling a form disposal with the records' },
    description: {
      ja: '帳票の廃棄は出力記録及び保管記録と突き合わせる。出力記録・帳票名称の相違、廃棄日が出力日より前、保管したことのない保管場所からの廃棄、保管場所の保管数量又は未廃棄数量（出力数量−廃棄済み数量）を超える廃棄、保管数量と廃棄済み数量の和が出力数量と一致しない台帳、二重記録をそれぞれ指摘する。',
      en: 'A form disposal is reconciled with the output and storage records. Each mismatch is reported: another output record or form name, a disposal dated before the output, a place that never held the form, more than the place holds or more than remains (output − already disposed), a ledger where stored plus disposed differs from the output quantity, and a disposal recorded twice.',
    },
    parameters: [],
    codes: [
      'FORMS.RECONCILE_OUTPUT_RECORD_MISMATCH',
      'FORMS.RECONCILE_FORM_NAME_MISMATCH',
      'FORMS.RECONCILE_STORAGE_FORM_NAME_MISMATCH',
      'FORMS.RECONCILE_DATE_INVALID',
      'FORMS.RECONCILE_DISPOSAL_BEFORE_OUTPUT',
      'FORMS.RECONCILE_QUANTITY_INVALID',
      'FORMS.RECONCILE_PLACE_NEVER_HELD',
      'FORMS.RECONCILE_EXCEEDS_STORED',
      'FORMS.RECONCILE_EXCEEDS_REMAINING',
      'FORMS.RECONCILE_LEDGER_UNBALANCED',
      'FORMS.RECONCILE_ALREADY_RECORDED',
    ],
  },
  {
    id: FORM_DISPOSAL_DUE_RULE_ID,
    article: '第10条第3項',
    title: { ja: '保管期間終了後の速やかな廃棄', en: 'Prompt disposal after the keeping period' },
    description: {
      ja: '保管期間が終了した帳票は速やかに廃棄する。保管期間の終了日から forms.disposalDueDays 日を過ぎてもなお保管されている帳票を期限超過として、超過日数とともに指摘する。',
      en: 'Forms whose keeping period has ended are disposed of promptly. Copies still kept more than forms.disposalDueDays days after the end are overdue; the violation gives the days overdue.',
    },
    parameters: ['forms.disposalDueDays'],
    codes: ['FORMS.DISPOSAL_OVERDUE'],
  },
];
