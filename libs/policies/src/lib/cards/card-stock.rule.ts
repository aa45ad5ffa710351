import { OK, result, violation, type RuleResult, type Violation } from '../core/violation';
import type { StoragePlace } from '../forms/form-storage.rule';
import { isWholeNumber, shown } from '../forms/record-fields.util';
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
