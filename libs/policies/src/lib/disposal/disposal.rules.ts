import type { RuleDefinition } from '../core/rule-definition';
import {
  CARD_DISPOSAL_METHOD_RULE_ID,
  FORM_DISPOSAL_METHOD_RULE_ID,
  MEDIA_DISPOSAL_RULE_ID,
} from './disposal-method.rule';

/** How identity material is destroyed, per medium (checked by `checkDisposal`). */
export const DISPOSAL_RULES: readonly RuleDefinition[] = [
  {
    id: FORM_DISPOSAL_METHOD_RULE_ID,
    article: '第10条第3項',
    title: { ja: '帳票の廃棄方法', en: 'How printed forms are disposed of' },
    description: {
      ja: '帳票は焼却、溶解又は裁断により記載内容を判読できないようにして廃棄する（この3つに限る）。廃棄年月日は正しい日付で記録日より後でないこと、廃棄した者を記録すること。立会者は任意だが、記録する場合は廃棄した者と別の者とする。',
      en: 'Printed forms are incinerated, dissolved or shredded so that nothing can be read (these three only). The disposal date is a real date not after the recording date and the person who disposed of them is named. A witness is optional but, if recorded, is someone else.',
    },
    parameters: [],
    codes: [
      'DISPOSAL.FORM_METHOD_MISSING',
      'DISPOSAL.FORM_METHOD_NOT_ALLOWED',
      'DISPOSAL.FORM_DATE_INVALID',
      'DISPOSAL.FORM_DATE_IN_FUTURE',
      'DISPOSAL.FORM_PERFORMER_MISSING',
      'DISPOSAL.FORM_WITNESS_IS_PERFORMER',
    ],
  },
  {
    id: CARD_DISPOSAL_METHOD_RULE_ID,
    article: '第10条の3第3号',
    title: { ja: '住民基本台帳カードの廃棄方法', en: 'How resident cards are disposed of' },
    description: {
      ja: '住民基本台帳カードは焼却、溶解、裁断等（「その他」は方法を記載）により券面印刷の内容が判別できないようにし、かつ、ICチップを物理的に破壊する。ICチップを破壊していない廃棄は、他の条件をすべて満たしていても無効とする。廃棄した者と、ICチップの破壊を確認した別の立会者を記録する（第2号の厳重な管理を踏まえた本市の運用）。',
      en: 'Resident cards are incinerated, dissolved, shredded or otherwise made illegible (an "other" method is described in text), AND the IC chip is physically destroyed: without the chip destroyed the disposal is invalid whatever else is true. The person who disposed of the card and a different witness who confirmed the chip destroyed are recorded (the city\'s practice under item 2, strict custody).',
    },
    parameters: [],
    codes: [
      'DISPOSAL.CARD_METHOD_MISSING',
      'DISPOSAL.CARD_METHOD_NOT_ALLOWED',
      'DISPOSAL.CARD_OTHER_METHOD_UNDESCRIBED',
      'DISPOSAL.CARD_IC_CHIP_NOT_DESTROYED',
      'DISPOSAL.CARD_DATE_INVALID',
      'DISPOSAL.CARD_DATE_IN_FUTURE',
      'DISPOSAL.CARD_PERFORMER_MISSING',
      'DISPOSAL.CARD_WITNESS_MISSING',
      'DISPOSAL.CARD_WITNESS_IS_PERFORMER',
    ],
  },
  {
    id: MEDIA_DISPOSAL_RULE_ID,
    article: '第15条',
    title: {
      ja: '磁気ディスク・耐タンパー装置の廃棄及び返却',
      en: 'Disposal and return of magnetic disks and tamper-resistant devices',
    },
    description: {
      ja: '磁気ディスク（第1項）及び耐タンパー装置（第2項）を廃棄し又は返却するときは、物理的破壊、専用ソフトによる上書き（ソフト名、1回以上の上書き、検証済み）又は記載したその他の方法により情報を読み出せないようにする。NIST SP 800-88 のデータ消去証明書（媒体の種類、シリアル番号、措置、使用機器・ソフト、検証者、実施日）を記録し、検証者は実施者と別の者、実施日は記録日及び廃棄・返却日より後でないこと。',
      en: 'A magnetic disk (para. 1) or tamper-resistant device (para. 2) that is disposed of or returned is first made unreadable by physical destruction, overwriting with dedicated software (named, at least one pass, verified) or another described method. A NIST SP 800-88 certificate (media type, serial number, method, tool, verifier, date) is recorded; the verifier is not the performer and the date is not after the recording date nor after the disposal or return.',
    },
    parameters: [],
    codes: [
      'DISPOSAL.MEDIA_METHOD_MISSING',
      'DISPOSAL.MEDIA_METHOD_NOT_ALLOWED',
      'DISPOSAL.MEDIA_OTHER_METHOD_UNDESCRIBED',
      'DISPOSAL.MEDIA_DISPOSITION_MISSING',
      'DISPOSAL.MEDIA_OVERWRITE_DETAILS_MISSING',
      'DISPOSAL.MEDIA_OVERWRITE_TOOL_MISSING',
      'DISPOSAL.MEDIA_OVERWRITE_PASSES_INVALID',
      'DISPOSAL.MEDIA_OVERWRITE_NOT_VERIFIED',
      'DISPOSAL.MEDIA_CERTIFICATE_MISSING',
      'DISPOSAL.MEDIA_CERTIFICATE_MEDIA_TYPE_MISSING',
      'DISPOSAL.MEDIA_CERTIFICATE_SERIAL_NUMBER_MISSING',
      'DISPOSAL.MEDIA_CERTIFICATE_METHOD_MISSING',
      'DISPOSAL.MEDIA_CERTIFICATE_TOOL_MISSING',
      'DISPOSAL.MEDIA_CERTIFICATE_VERIFIER_MISSING',
      'DISPOSAL.MEDIA_CERTIFICATE_DATE_MISSING',
      'DISPOSAL.MEDIA_CERTIFICATE_DATE_INVALID',
      'DISPOSAL.MEDIA_CERTIFICATE_DATE_IN_FUTURE',
      'DISPOSAL.MEDIA_CERTIFICATE_METHOD_MISMATCH',
      'DISPOSAL.MEDIA_CERTIFICATE_TOOL_MISMATCH',
      'DISPOSAL.MEDIA_CERTIFICATE_DATE_AFTER_DISPOSAL',
      'DISPOSAL.MEDIA_CERTIFICATE_VERIFIER_IS_PERFORMER',
      'DISPOSAL.MEDIA_DATE_INVALID',
      'DISPOSAL.MEDIA_DATE_IN_FUTURE',
      'DISPOSAL.MEDIA_PERFORMER_MISSING',
    ],
  },
];
