import type { RuleDefinition } from '../core/rule-definition';
import { CARD_AWAITING_DISPOSAL_RULE_ID, CARD_DISPOSAL_RULE_ID } from './card-disposal.rule';
import { CARD_STOCK_RULE_ID, CARD_STOCK_TAKE_RULE_ID } from './card-stock.rule';
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
    id: CARD_STOCK_TAKE_RULE_ID,
    article: '第10条の2第1項',
    title: { ja: '住民基本台帳カードの棚卸し', en: 'Resident-card stock-take' },
    description: {
      ja: '保管場所ごと・状態ごとの枚数は受払の記録から集計し（手入力しない）、棚卸しでは実査した枚数（0以上の整数、今日以前の日付）を集計値と比べ、差異があれば保管場所・状態・両方の枚数・差異を示す。差異があっても棚卸しは記録する。',
      en: 'The number of cards per place and state is derived from the recorded movements (never typed in); a stock-take compares the number counted (a whole number ≥ 0, on a date not after today) with it and names any difference with the place, state and both numbers. The stock-take is recorded even with a difference.',
    },
    parameters: [],
    codes: ['CARDS.STOCK_TAKE_DATE_INVALID', 'CARDS.STOCK_TAKE_COUNT_INVALID', 'CARDS.STOCK_TAKE_DIFFERENCE', 'CARDS.STOCK_TAKE_STATES_INVALID'],
  },
  {
    id: 'art10-2.cardLifecycle',
    article: '第10条の2第1項',
    title: { ja: '住民基本台帳カードの受払と状態', en: 'Resident-card movements and states' },
    description: {
      ja: 'カードは1枚ごとに番号で受け入れ（未印刷）、券面印刷・初期データ書込み（印刷済み）、交付、発行失敗（廃棄待ち）、申請取消・廃止（廃棄待ち）、保管場所の移動、廃棄、紛失・盗難の受払をすべて記録する。状態ごとに許される受払だけを受け付け、それ以外は状態を示して拒否する。受入れ・移動先は自課の施錠できる保管場所に限る。同じカードへの同時の更新は一方だけが成功し、他方は競合となる。',
      en: 'Each card is received by its number (blank), then printed (initial data written and face printed), issued, spoiled (issuance failure: awaiting disposal), withdrawn (application cancelled or card abolished: awaiting disposal), moved between places, disposed of, or reported lost or stolen, every movement recorded. Only the movements a state allows are accepted; any other is refused naming the state. Cards are received into and moved to lockable places of the own section only. Of two concurrent changes to one card exactly one succeeds; the other is a conflict.',
    },
    parameters: [],
    codes: [
      'CARDS.NOT_FOUND',
      'CARDS.PLACE_NOT_FOUND',
      'CARDS.SERIAL_INVALID',
      'CARDS.SERIAL_DUPLICATED',
      'CARDS.TRANSITION_NOT_ALLOWED',
      'CARDS.SAME_PLACE',
      'CARDS.CHANGED',
    ],
  },
  {
    id: 'art10-2.cardLossReport',
    article: '第10条の2第2項',
    title: { ja: '住民基本台帳カードの紛失・盗難の報告', en: 'Reporting lost or stolen resident cards' },
    description: {
      ja: '保管中のカード（未印刷・印刷済み・廃棄待ち）の紛失又は盗難は直ちに報告し、同じ処理の中でカードの状態を紛失・盗難とし、情報システム責任者へ通知する。報告されたカードにはその後の受払を記録できない。',
      en: 'The loss or theft of a card in stock (blank, printed or awaiting disposal) is reported at once; in the same transaction the card becomes lost or stolen and the system officer is notified. Nothing further can be recorded for such a card.',
    },
    parameters: [],
    codes: ['CARDS.LOSS_NOT_REPORTABLE', 'CARDS.LOSS_DISCOVERED_INVALID', 'CARDS.LOSS_REPORTED_LOST', 'CARDS.LOSS_REPORTED_STOLEN', 'CARDS.LOST_OR_STOLEN'],
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
    id: 'art10-3.cardDisposalTransitions',
    article: '第10条の3',
    title: { ja: '廃棄待ちと廃棄の手順', en: 'Awaiting disposal, then disposal' },
    description: {
      ja: 'カードは廃棄理由とともに廃棄待ちにしてから廃棄する。発行失敗（初期データ書込み失敗・券面印刷失敗）と申請取消は未交付のカードに、カード廃止は交付済みのカードに限る。廃棄待ちでないカードの廃棄、廃棄済みのカードの交付・移動・再廃棄は拒否する。',
      en: 'A card becomes awaiting disposal with its reason, and only then is disposed of. Issuance failure (initial-data write or face print) and application cancelled apply to cards not yet issued, card abolished to issued cards. Disposing of a card not awaiting disposal, and issuing, moving or disposing of a disposed card again, are refused.',
    },
    parameters: [],
    codes: ['CARDS.NOT_AWAITING_DISPOSAL', 'CARDS.ALREADY_DISPOSED', 'CARDS.REASON_NOT_FOR_MOVEMENT'],
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
