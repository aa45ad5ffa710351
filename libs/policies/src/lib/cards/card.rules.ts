import type { RuleDefinition } from '../core/rule-definition';
import { CARD_AWAITING_DISPOSAL_RULE_ID, CARD_DISPOSAL_RULE_ID } from './card-disposal.rule';
import { CARD_STOCK_RULE_ID } from './card-stock.rule';
import { PIN_RULE_ID } from './pin-check.rule';

/** 第4章: resident cards (住民基本台帳カード). */
export const CARD_RULES: readonly RuleDefinition[] = [
  {
    id: CARD_STOCK_RULE_ID,
    article: '第10条の2第1項',
    title: { ja: '住民基本台帳カードの保管', en: 'Keeping resident cards' },
    description: {
      ja: '住民基本台帳カードは、券面印刷の有無ごとに保管状態と枚数（0以上の整数、各状態1件）を記録し、施錠のできる場所に保管する。',
      en: 'Resident cards are recorded by state (face printed or not, one entry each) and count (a whole number of at least 0) and kept in a lockable place.',
    },
    parameters: [],
    codes: [
      'CARDS.STORAGE_NOT_LOCKABLE',
      'CARDS.STOCK_STATE_UNKNOWN',
      'CARDS.STOCK_STATE_MISSING',
      'CARDS.STOCK_STATE_DUPLICATED',
      'CARDS.STOCK_COUNT_INVALID',
    ],
  },
  {
    id: CARD_DISPOSAL_RULE_ID,
    article: '第10条の3',
    title: { ja: '住民基本台帳カードの廃棄', en: 'Disposing of resident cards' },
    description: {
      ja: '廃棄理由は、カード発行失敗（初期データの書込みの失敗又は券面印刷の失敗）、カード交付申請取消又はカード廃止に限る（理由の記録がないもの、その他の理由は違反）。廃棄対象となった日から cards.disposalDueDays 日以内に廃棄し（第1号）、方法とICチップの物理的破壊は第3号による（art10-3.cardDisposalMethod）。',
      en: 'The reason is issuance failure (initial-data write failure or face-print failure), application cancelled, or card abolished; none or any other is a violation. The card is disposed of within cards.disposalDueDays days of becoming due (item 1); method and physical destruction of the IC chip follow item 3 (art10-3.cardDisposalMethod).',
    },
    parameters: ['cards.disposalDueDays'],
    codes: [
      'CARDS.DISPOSAL_REASON_MISSING',
      'CARDS.DISPOSAL_REASON_UNKNOWN',
      'CARDS.DISPOSAL_DATE_INVALID',
      'CARDS.DISPOSAL_BEFORE_AWAITING',
      'CARDS.DISPOSED_LATE',
    ],
  },
  {
    id: CARD_AWAITING_DISPOSAL_RULE_ID,
    article: '第10条の3第1号',
    title: { ja: '廃棄待ちカードの速やかな廃棄と厳重な保管', en: 'Cards awaiting disposal: promptness and custody' },
    description: {
      ja: '廃棄するカードはできるだけ速やかに廃棄する。廃棄対象となった日から cards.disposalDueDays 日を過ぎて廃棄を待っているカードを期限超過として超過日数とともに指摘する。廃棄までは施錠できる場所で厳重に保管する（第2号）。',
      en: 'Cards are disposed of as promptly as possible: a card still awaiting disposal more than cards.disposalDueDays days after becoming due is overdue, with the days overdue. Until then it is kept under strict custody in a lockable place (item 2).',
    },
    parameters: ['cards.disposalDueDays'],
    codes: ['CARDS.DISPOSAL_DATE_INVALID', 'CARDS.DISPOSAL_OVERDUE', 'CARDS.AWAITING_DISPOSAL_NOT_SECURED'],
  },
  {
    id: PIN_RULE_ID,
    article: '第10条の4第1号',
    title: { ja: '推測されやすい暗証番号の禁止', en: 'No guessable PINs' },
    description: {
      ja: '住民基本台帳カードの暗証番号（半角数字4桁）として、次のものを使用させない。(a) 生年月日（及び申請者の記念日等）から導けるもの：西暦の年4桁 YYYY、西暦の下2桁 YY・月 MM・日 DD・和暦の年 EE（2桁、元年は01。明治1868-10-23、大正1912-07-30、昭和1926-12-25、平成1989-01-08、令和2019-05-01から）の組合せ YYMM MMYY MMDD DDMM YYDD DDYY EEMM MMEE EEDD DDEE。(b) 同じ数字4つ。(c) 1ずつ増える又は減る連続数字（9の次を0とする循環を含む）。(d) ABAB 又は AABB の形。(e) 公表されたPIN頻度調査の上位等、よく使われる番号の一覧。(f) pins.additionalRejectedPins。全角数字は受け付けない（正規化しない）が、その数字についても上記を判定する。結果には理由コードだけを含み、暗証番号やそれから導かれる情報を含めない。',
      en: 'A resident-card PIN (four ASCII digits) may not be: (a) derived from the birth date (or another date of the applicant): the Gregorian year YYYY, or two of YY (last two digits of the year), MM, DD and EE (the two-digit Japanese era year, 元年 = 01; 明治 from 1868-10-23, 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01) as YYMM MMYY MMDD DDMM YYDD DDYY EEMM MMEE EEDD DDEE; (b) one digit four times; (c) digits going up or down by one, wrapping from 9 to 0; (d) ABAB or AABB; (e) on the list of common PINs from published PIN-frequency studies; (f) in pins.additionalRejectedPins. Full-width digits are refused, not normalised, and their digits are checked as well. The result holds reason codes only, never the PIN or anything derived from it.',
    },
    parameters: ['pins.additionalRejectedPins'],
    codes: [
      'CARDS.PIN_NOT_FOUR_DIGITS',
      'CARDS.PIN_FULL_WIDTH_DIGITS',
      'CARDS.PIN_BIRTH_DATE',
      'CARDS.PIN_PERSONAL_DATE',
      'CARDS.PIN_REPEATED',
      'CARDS.PIN_SEQUENCE',
      'CARDS.PIN_PAIRS',
      'CARDS.PIN_COMMON',
      'CARDS.PIN_REJECTED_BY_PROFILE',
    ],
  },
];
