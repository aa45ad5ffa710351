import type { CatalogueSection } from '../i18n/message-catalogue.types';

/**
 * How identity material is destroyed, per medium: printed forms (第10条第3項), resident cards
 * (第10条の3第3号), magnetic disks and tamper-resistant devices (第15条第1項・第2項). Codes are per medium
 * because each medium's duty is set by a different article: FORM_ → 第10条第3項, CARD_ → 第10条の3第3号,
 * MEDIA_ → 第15条 (its 第2項 applies 第1項 to tamper-resistant devices).
 */
export const DISPOSAL_MESSAGES = {
  // 第10条第3項: printed forms
  'DISPOSAL.FORM_METHOD_MISSING': {
    article: '第10条第3項',
    ja: '帳票の廃棄方法が記録されていません。焼却、溶解又は裁断のいずれかを記録してください。',
    en: 'No disposal method is recorded. Printed forms are incinerated, dissolved or shredded.',
  },
  'DISPOSAL.FORM_METHOD_NOT_ALLOWED': {
    article: '第10条第3項',
    ja: '帳票の廃棄方法として記録された方法は認められていません。焼却、溶解又は裁断により記載内容を判読できないようにしてください。',
    en: 'The recorded method is not allowed for printed forms: incinerate, dissolve or shred them so that nothing can be read.',
  },
  'DISPOSAL.FORM_DATE_INVALID': {
    article: '第10条第3項',
    ja: '廃棄年月日「{date}」は正しい日付ではありません。',
    en: 'The disposal date "{date}" is not a valid date.',
  },
  'DISPOSAL.FORM_DATE_IN_FUTURE': {
    article: '第10条第3項',
    ja: '廃棄年月日（{date}）が記録日（{today}）より後になっています。',
    en: 'The disposal date ({date}) is after the recording date ({today}).',
  },
  'DISPOSAL.FORM_PERFORMER_MISSING': {
    article: '第10条第3項',
    ja: '帳票を廃棄した者が記録されていません。',
    en: 'Who disposed of the printed forms is not recorded.',
  },
  'DISPOSAL.FORM_WITNESS_IS_PERFORMER': {
    article: '第10条第3項',
    ja: '立会者は廃棄した者と別の者でなければなりません。',
    en: 'The witness must be someone other than the person who disposed of the forms.',
  },

  // 第10条の3第3号: resident cards
  'DISPOSAL.CARD_METHOD_MISSING': {
    article: '第10条の3第3号',
    ja: '住民基本台帳カードの廃棄方法が記録されていません。',
    en: 'No disposal method is recorded for the resident card.',
  },
  'DISPOSAL.CARD_METHOD_NOT_ALLOWED': {
    article: '第10条の3第3号',
    ja: '住民基本台帳カードの廃棄方法として記録された方法は認められていません。焼却、溶解、裁断等により券面印刷の内容が判別できないようにしてください。',
    en: 'The recorded method is not allowed for resident cards: incinerate, dissolve, shred or otherwise make the printed face illegible.',
  },
  'DISPOSAL.CARD_OTHER_METHOD_UNDESCRIBED': {
    article: '第10条の3第3号',
    ja: '「その他」の廃棄方法の内容が記載されていません。券面印刷の内容が判別できなくなる方法を具体的に記載してください。',
    en: 'The "other" method is not described: say how it makes the printed face illegible.',
  },
  'DISPOSAL.CARD_IC_CHIP_NOT_DESTROYED': {
    article: '第10条の3第3号',
    ja: 'ICチップが物理的に破壊されていません。ICチップを物理的に破壊しない廃棄は無効です。',
    en: 'The IC chip was not physically destroyed. A resident card disposal without destroying the chip is invalid.',
  },
  'DISPOSAL.CARD_DATE_INVALID': {
    article: '第10条の3第3号',
    ja: '廃棄年月日「{date}」は正しい日付ではありません。',
    en: 'The disposal date "{date}" is not a valid date.',
  },
  'DISPOSAL.CARD_DATE_IN_FUTURE': {
    article: '第10条の3第3号',
    ja: '廃棄年月日（{date}）が記録日（{today}）より後になっています。',
    en: 'The disposal date ({date}) is after the recording date ({today}).',
  },
  'DISPOSAL.CARD_PERFORMER_MISSING': {
    article: '第10条の3第3号',
    ja: '住民基本台帳カードを廃棄した者が記録されていません。',
    en: 'Who disposed of the resident card is not recorded.',
  },
  'DISPOSAL.CARD_WITNESS_MISSING': {
    article: '第10条の3第3号',
    ja: 'ICチップの破壊を確認した立会者が記録されていません。',
    en: 'No witness is recorded who confirmed that the IC chip was destroyed.',
  },
  'DISPOSAL.CARD_WITNESS_IS_PERFORMER': {
    article: '第10条の3第3号',
    ja: '立会者は廃棄した者と別の者でなければなりません。',
    en: 'The witness must be someone other than the person who disposed of the card.',
  },

  // 第15条: magnetic disks (第1項) and tamper-resistant devices (第2項)
  'DISPOSAL.MEDIA_METHOD_MISSING': {
    article: '第15条',
    ja: '磁気ディスク・耐タンパー装置の廃棄・返却時の措置が記録されていません。',
    en: 'No sanitization method is recorded for the disk or device.',
  },
  'DISPOSAL.MEDIA_METHOD_NOT_ALLOWED': {
    article: '第15条',
    ja: '磁気ディスク・耐タンパー装置の措置として記録された方法は認められていません。物理的破壊、専用ソフトによる上書き又はその他の読み出せない措置を記録してください（焼却・裁断等は物理的破壊として記録します）。',
    en: 'The recorded method is not allowed for a disk or device: record physical destruction, overwriting with dedicated software, or another method that makes the data unreadable (incineration or shredding count as physical destruction).',
  },
  'DISPOSAL.MEDIA_OTHER_METHOD_UNDESCRIBED': {
    article: '第15条',
    ja: '「その他」の措置の内容が記載されていません。記録された情報が読み出せなくなる方法を具体的に記載してください。',
    en: 'The "other" method is not described: say how it makes the recorded data unreadable.',
  },
  'DISPOSAL.MEDIA_DISPOSITION_MISSING': {
    article: '第15条',
    ja: '磁気ディスク・耐タンパー装置を廃棄するのか返却するのかが記録されていません。',
    en: 'Whether the disk or device is disposed of or returned is not recorded.',
  },
  'DISPOSAL.MEDIA_OVERWRITE_DETAILS_MISSING': {
    article: '第15条',
    ja: '専用ソフトによる上書きの内容（ソフト名、上書き回数、検証結果）が記録されていません。',
    en: 'The overwrite is not described (software, number of passes, verification).',
  },
  'DISPOSAL.MEDIA_OVERWRITE_TOOL_MISSING': {
    article: '第15条',
    ja: '上書きに使用した専用ソフトの名称が記録されていません。',
    en: 'The dedicated overwriting software is not named.',
  },
  'DISPOSAL.MEDIA_OVERWRITE_PASSES_INVALID': {
    article: '第15条',
    ja: '上書き回数「{passes}」は1以上の整数でなければなりません。',
    en: 'The number of overwrite passes "{passes}" must be a whole number of at least 1.',
  },
  'DISPOSAL.MEDIA_OVERWRITE_NOT_VERIFIED': {
    article: '第15条',
    ja: '上書き後に情報が読み出せないことの検証が行われていません。',
    en: 'It was not verified after overwriting that the data can no longer be read.',
  },
  'DISPOSAL.MEDIA_CERTIFICATE_MISSING': {
    article: '第15条',
    ja: 'データ消去証明書（媒体の種類、シリアル番号、措置、使用機器・ソフト、検証者、実施日）が添付されていません。',
    en: 'No sanitization certificate (media type, serial number, method, tool, verifier, date) is attached.',
  },
  'DISPOSAL.MEDIA_CERTIFICATE_MEDIA_TYPE_MISSING': {
    article: '第15条',
    ja: 'データ消去証明書に媒体の種類が記載されていません。',
    en: 'The sanitization certificate does not give the media type.',
  },
  'DISPOSAL.MEDIA_CERTIFICATE_SERIAL_NUMBER_MISSING': {
    article: '第15条',
    ja: 'データ消去証明書にシリアル番号が記載されていません。',
    en: 'The sanitization certificate does not give the serial number.',
  },
  'DISPOSAL.MEDIA_CERTIFICATE_METHOD_MISSING': {
    article: '第15条',
    ja: 'データ消去証明書に措置が記載されていません。',
    en: 'The sanitization certificate does not give the method.',
  },
  'DISPOSAL.MEDIA_CERTIFICATE_TOOL_MISSING': {
    article: '第15条',
    ja: 'データ消去証明書に使用機器・ソフトが記載されていません。',
    en: 'The sanitization certificate does not give the tool used.',
  },
  'DISPOSAL.MEDIA_CERTIFICATE_VERIFIER_MISSING': {
    article: '第15条',
    ja: 'データ消去証明書に検証者が記載されていません。',
    en: 'The sanitization certificate does not give the verifier.',
  },
  'DISPOSAL.MEDIA_CERTIFICATE_DATE_MISSING': {
    article: '第15条',
    ja: 'データ消去証明書に実施日が記載されていません。',
    en: 'The sanitization certificate does not give the sanitization date.',
  },
  'DISPOSAL.MEDIA_CERTIFICATE_DATE_INVALID': {
    article: '第15条',
    ja: 'データ消去証明書の実施日「{date}」は正しい日付ではありません。',
    en: 'The sanitization date "{date}" on the certificate is not a valid date.',
  },
  'DISPOSAL.MEDIA_CERTIFICATE_DATE_IN_FUTURE': {
    article: '第15条',
    ja: 'データ消去証明書の実施日（{date}）が記録日（{today}）より後になっています。',
    en: 'The sanitization date ({date}) on the certificate is after the recording date ({today}).',
  },
  'DISPOSAL.MEDIA_CERTIFICATE_METHOD_MISMATCH': {
    article: '第15条',
    ja: 'データ消去証明書の措置が記録された措置と一致しません。',
    en: 'The method on the sanitization certificate differs from the recorded method.',
  },
  'DISPOSAL.MEDIA_CERTIFICATE_TOOL_MISMATCH': {
    article: '第15条',
    ja: 'データ消去証明書の使用ソフト「{actual}」が記録された上書きソフト「{expected}」と一致しません。',
    en: 'The certificate names the tool "{actual}", but the overwrite was recorded with "{expected}".',
  },
  'DISPOSAL.MEDIA_CERTIFICATE_DATE_AFTER_DISPOSAL': {
    article: '第15条',
    ja: 'データ消去の実施日（{sanitizedOn}）が廃棄・返却日（{disposedOn}）より後です。情報は廃棄・返却の前に読み出せないようにしなければなりません。',
    en: 'The data was sanitized on {sanitizedOn}, after the medium left on {disposedOn}; it must be unreadable before it is disposed of or returned.',
  },
  'DISPOSAL.MEDIA_CERTIFICATE_VERIFIER_IS_PERFORMER': {
    article: '第15条',
    ja: 'データ消去の検証者は実施者と別の者でなければなりません。',
    en: 'The verifier of the sanitization must be someone other than the person who performed it.',
  },
  'DISPOSAL.MEDIA_DATE_INVALID': {
    article: '第15条',
    ja: '廃棄・返却日「{date}」は正しい日付ではありません。',
    en: 'The disposal or return date "{date}" is not a valid date.',
  },
  'DISPOSAL.MEDIA_DATE_IN_FUTURE': {
    article: '第15条',
    ja: '廃棄・返却日（{date}）が記録日（{today}）より後になっています。',
    en: 'The disposal or return date ({date}) is after the recording date ({today}).',
  },
  'DISPOSAL.MEDIA_PERFORMER_MISSING': {
    article: '第15条',
    ja: '磁気ディスク・耐タンパー装置の措置を実施した者が記録されていません。',
    en: 'Who sanitized the disk or device is not recorded.',
  },
} as const satisfies CatalogueSection;
