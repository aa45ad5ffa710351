import { OK, result, violation, type RuleResult, type Violation } from '../core/violation';
import type { StoragePlace } from '../forms/form-storage.rule';
import type { IsoDate } from '../calendar/calendar-date';
import { isDate, isWholeNumber, requireToday, shown } from '../forms/record-fields.util';
import type { LocalizedText } from '../i18n/localized-text';
import type { PolicyProfile } from '../profiles/policy-profile';
import { articleInForce, DEFAULT_PROFILE } from '../profiles/profile-history';

/** 第10条の2第1項 券面印刷の有無に関わらず: cards are counted by whether their face is printed. */
export const CARD_STOCK_STATES = ['PRINTED', 'NOT_PRINTED'] as const;
export type CardStockState = (typeof CARD_STOCK_STATES)[number];

export const CARD_STOCK_STATE_LABELS: Readonly<Record<CardStockState, LocalizedText>> = {
  PRINTED: { ja: '券面印刷済み', en: 'printed' },
  NOT_PRINTED: { ja: '券面未印刷', en: 'not printed' },
};

export interface CardStockEntry {
  readonly state: CardStockState;
  readonly count: number;
}

/** The record of the resident cards kept in one place (第10条の2第1項: 保管している状態及び枚数). */
export interface CardStockRecord {
  readonly place: StoragePlace;
  readonly entries: readonly CardStockEntry[];
}

export const CARD_STOCK_RULE_ID = 'art10-2.cardStock';

function isStockState(value: unknown): value is CardStockState {
  return typeof value === 'string' && (CARD_STOCK_STATES as readonly string[]).includes(value);
}

/**
 * 第10条の2第1項: cards, printed or not, are recorded by state and count and kept in a lockable place.
 * Each state has exactly one entry (0 when there are none) with a whole-number count ≥ 0. No violations
 * when 第10条の2 is not in force under the profile.
 */
export function checkCardStock(stock: CardStockRecord, profile: PolicyProfile = DEFAULT_PROFILE): RuleResult {
  if (!articleInForce(profile, '第10条の2')) return OK;
  const id = CARD_STOCK_RULE_ID;
  const found: Violation[] = [];
  if (stock.place.lockable !== true) {
    found.push(violation(id, 'CARDS.STORAGE_NOT_LOCKABLE', { place: stock.place.name }));
  }
  const seen = new Set<CardStockState>();
  for (const entry of stock.entries) {
    if (!isStockState(entry.state)) {
      found.push(violation(id, 'CARDS.STOCK_STATE_UNKNOWN', { state: shown(entry.state) }));
      continue;
    }
    const params = { state: entry.state };
    if (seen.has(entry.state)) found.push(violation(id, 'CARDS.STOCK_STATE_DUPLICATED', params));
    seen.add(entry.state);
    if (!isWholeNumber(entry.count, 0)) {
      found.push(violation(id, 'CARDS.STOCK_COUNT_INVALID', { ...params, count: shown(entry.count) }));
    }
  }
  for (const state of CARD_STOCK_STATES) {
    if (!seen.has(state)) {
      found.push(violation(id, 'CARDS.STOCK_STATE_MISSING', { state }));
    }
  }
  return result(found);
}

export const CARD_STOCK_TAKE_RULE_ID = 'art10-2.cardStockTake';

/**
 * One line of a stock-take (棚卸し): the cards of one state found in one place on `countedOn`, against the
 * number the recorded movements give for that place and state (never typed in: derived from the
 * movements). `state` is the life-cycle state of the card (blank, printed, awaiting disposal …).
 */
export interface CardStockTakeInput {
  readonly place: StoragePlace;
  readonly state: string;
  readonly counted: number;
  readonly derived: number;
  readonly countedOn: IsoDate;
  /** The recording date, passed in (rules never read the clock). */
  readonly today: IsoDate;
}

/** counted − derived: positive when more cards were found than recorded, negative when cards are missing. */
export function cardStockDifference(counted: number, derived: number): number {
  return counted - derived;
}

/**
 * 第10条の2第1項 (保管している状態及び枚数を記録): a stock-take counts the cards of a place by state; the count
 * must be a whole number ≥ 0 on a real date not after today, and any difference from the derived count is
 * a violation that names the place, the state, both numbers and the difference (the stock-take is
 * recorded all the same: the difference is what it is there to find). No violations when 第10条の2 is not
 * in force under the profile.
 */
export function checkCardStockTake(input: CardStockTakeInput, profile: PolicyProfile = DEFAULT_PROFILE): RuleResult {
  requireToday(input.today);
  if (!articleInForce(profile, '第10条の2')) return OK;
  const id = CARD_STOCK_TAKE_RULE_ID;
  const found: Violation[] = [];
  if (!isDate(input.countedOn) || input.countedOn > input.today) {
    found.push(violation(id, 'CARDS.STOCK_TAKE_DATE_INVALID', { date: shown(input.countedOn), today: input.today }));
  }
  if (!isWholeNumber(input.counted, 0)) {
    found.push(violation(id, 'CARDS.STOCK_TAKE_COUNT_INVALID', { count: shown(input.counted) }));
  } else if (!isWholeNumber(input.derived, 0)) {
    throw new RangeError('the derived count must be a whole number of at least 0');
  } else if (input.counted !== input.derived) {
    found.push(
      violation(id, 'CARDS.STOCK_TAKE_DIFFERENCE', {
        place: input.place.name,
        state: input.state,
        counted: input.counted,
        derived: input.derived,
        difference: cardStockDifference(input.counted, input.derived),
      }),
    );
  }
  return result(found);
}
