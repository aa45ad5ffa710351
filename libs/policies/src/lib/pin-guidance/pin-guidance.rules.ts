import type { RuleDefinition } from '../core/rule-definition';
import { PIN_GUIDANCE_RULE_ID } from './pin-guidance.rule';

export const PIN_GUIDANCE_RECORD_RULE_ID = 'art10-4.pinGuidanceRecord';

/** 第10条の4: the guidance given at each resident-card issuance, recorded as an acknowledgement. */
export const PIN_GUIDANCE_RULES: readonly RuleDefinition[] = [
  {
    id: PIN_GUIDANCE_RULE_ID,
    article: '第10条の4',
    title: { ja: '暗証番号の周知の記録', en: 'Recording the PIN guidance' },
    description: {
      ja: 'カードの交付ごとに、暗証番号の入力（第2号）とカードリーダーライターへの抜き差し（第3号）を申請者自身が行ったことを、周知した職員が記録する。どちらかが確認できない場合は記録しない。記録に暗証番号は含めない。',
      en: 'At each card issuance the guiding staff member records that the applicant entered the PIN (item 2) and inserted the card into the reader-writer (item 3) themselves; without both it is not recorded. The record never holds the PIN.',
    },
    parameters: [],
    codes: ['PIN_GUIDANCE.PIN_NOT_ENTERED_BY_APPLICANT', 'PIN_GUIDANCE.CARD_NOT_INSERTED_BY_APPLICANT'],
  },
  {
    id: PIN_GUIDANCE_RECORD_RULE_ID,
    article: '第10条の4',
    title: { ja: '暗証番号の周知の記録簿', en: 'The PIN guidance ledger' },
    description: {
      ja: '記録はカード1枚につき1件（同時に記録しても一方のみ成功）。情報セキュリティ責任者・取扱者は自課の交付について自分が周知した記録をし、区システムはその課の職員を周知した者として指定する。',
      en: 'One record per card (of two concurrent records only one succeeds). Security officers and handlers record the guidance they gave for their own section’s issuances; a ward system names the staff member of that section who gave it.',
    },
    parameters: [],
    codes: ['PIN_GUIDANCE.ALREADY_RECORDED', 'PIN_GUIDANCE.SECTION_INVALID', 'PIN_GUIDANCE.GUIDED_BY_INVALID'],
  },
];
