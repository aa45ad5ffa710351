import { addDays, type IsoDate, type PolicyProfile } from '@juki/policies';

/**
 * 第10条の3第1号 (できるだけ速やかに廃棄): a card awaiting disposal is overdue on `today` when it has waited
 * more than `cards.disposalDueDays` days (`isCardDisposalOverdue`), i.e. when it started awaiting
 * disposal before this day. The overdue list is `state = 'AWAITING_DISPOSAL' AND awaiting_disposal_since < cutoff`.
 */
export function overdueCardCutoff(today: IsoDate, profile: PolicyProfile): IsoDate {
  return addDays(today, -profile.cards.disposalDueDays);
}
