import fc from 'fast-check';
import { profileWith } from '../../testing';
import { addDays } from '../calendar/calendar-date';
import { DISPOSAL_METHODS } from '../disposal/disposal-method.rule';
import { CHIBA_PROFILE_HISTORY, DEFAULT_PROFILE } from '../profiles/profile-history';
import {
  CARD_DISPOSAL_REASONS,
  cardDisposalDaysOverdue,
  cardDisposalDueDate,
  checkCardAwaitingDisposal,
  checkCardDisposal,
  isCardDisposalOverdue,
  isIssuanceFailure,
  type CardDisposalInput,
  type CardDisposalReason,
} from './card-disposal.rule';

const LOCKED = { id: 'safe-1', name: '市民課 金庫', lockable: true };
const OPEN = { id: 'desk-1', name: '窓口の机', lockable: false };

const disposal: CardDisposalInput = {
  reason: 'FACE_PRINT_FAILURE',
  awaitingSince: '2026-05-01',
  disposedOn: '2026-05-10',
  today: '2026-05-11',
  method: 'SHREDDING',
  icChipPhysicallyDestroyed: true,
  performedBy: '千葉 太郎',
  witnessedBy: '稲毛 花子',
};
const codes = (input: CardDisposalInput, profile = DEFAULT_PROFILE): string[] =>
  checkCardDisposal(input, profile).violations.map((v) => v.code);

describe('第10条の3 柱書: why a card is disposed of', () => {
  it.each<[string, CardDisposalReason]>([
    ['カード発行失敗（住民基本台帳カードへの初期データの書き込みの失敗）', 'INITIAL_DATA_WRITE_FAILURE'],
    ['カード発行失敗（券面印刷の失敗）', 'FACE_PRINT_FAILURE'],
    ['カード交付申請取消', 'APPLICATION_CANCELLED'],
    ['カード廃止', 'CARD_ABOLISHED'],
  ])('%s is a reason (%s)', (_wording, reason) => {
    expect(CARD_DISPOSAL_REASONS).toContain(reason);
    expect(codes({ ...disposal, reason })).toEqual([]);
  });

  it('groups the two failures as issuance failure (カード発行失敗)', () => {
    expect(CARD_DISPOSAL_REASONS.filter(isIssuanceFailure)).toEqual(['INITIAL_DATA_WRITE_FAILURE', 'FACE_PRINT_FAILURE']);
  });

  it.each<[string, unknown, string]>([
    ['no reason', undefined, 'CARDS.DISPOSAL_REASON_MISSING'],
    ['a blank reason', '  ', 'CARDS.DISPOSAL_REASON_MISSING'],
    ['"issuance failure" without saying which', 'ISSUANCE_FAILURE', 'CARDS.DISPOSAL_REASON_UNKNOWN'],
    ['a reason the article does not give', 'LOST', 'CARDS.DISPOSAL_REASON_UNKNOWN'],
    ['a lower-case spelling', 'card_abolished', 'CARDS.DISPOSAL_REASON_UNKNOWN'],
  ])('%s is a violation', (_label, reason, code) => {
    expect(codes({ ...disposal, reason: reason as CardDisposalReason })).toEqual([code]);
  });

  it('says which unknown reason was given', () => {
    const [v] = checkCardDisposal({ ...disposal, reason: 'LOST' as CardDisposalReason }).violations;
    expect(v?.params).toEqual({ reason: 'LOST' });
    expect(v?.message.ja).toContain('「LOST」');
    expect(v?.article).toBe('第10条の3');
  });
});

describe('第10条の3第1号: できるだけ速やかに廃棄する', () => {
  it.each([
    // cards.disposalDueDays = 30 in the default profile
    ['2026-05-01', '2026-05-31', false, 0],
    ['2026-05-01', '2026-06-01', true, 1],
    ['2026-05-01', '2026-06-02', true, 2],
    ['2026-05-01', '2026-07-01', true, 31],
    ['2026-05-01', '2026-05-01', false, 0],
    ['2026-05-01', '2026-04-01', false, 0],
  ])('awaiting since %s, on %s: overdue %s by %i days', (since, today, overdue, days) => {
    expect(isCardDisposalOverdue(since, today)).toBe(overdue);
    expect(cardDisposalDaysOverdue(since, today)).toBe(days);
  });

  it('reads cards.disposalDueDays from the profile', () => {
    const week = profileWith({ cards: { disposalDueDays: 7 } });
    expect(cardDisposalDueDate('2026-05-01', week)).toBe('2026-05-08');
    expect(isCardDisposalOverdue('2026-05-01', '2026-05-08', week)).toBe(false);
    expect(isCardDisposalOverdue('2026-05-01', '2026-05-09', week)).toBe(true);
    expect(isCardDisposalOverdue('2026-05-01', '2026-05-09')).toBe(false);
  });

  it('overdue ⇔ more than disposalDueDays days have passed (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 }), fc.integer({ min: -30, max: 800 }), (dueDays, elapsed) => {
        const profile = profileWith({ cards: { disposalDueDays: dueDays } });
        const today = addDays('2024-02-10', elapsed);
        expect(isCardDisposalOverdue('2024-02-10', today, profile)).toBe(elapsed > dueDays);
        expect(cardDisposalDaysOverdue('2024-02-10', today, profile)).toBe(Math.max(0, elapsed - dueDays));
      }),
    );
  });

  it('a card still waiting past the due date is a violation with the days overdue', () => {
    const checked = checkCardAwaitingDisposal({ awaitingSince: '2026-05-01', place: LOCKED }, '2026-06-15');
    expect(checked.ok).toBe(false);
    expect(checked.violations).toHaveLength(1);
    const [v] = checked.violations;
    expect(v?.code).toBe('CARDS.DISPOSAL_OVERDUE');
    expect(v?.ruleId).toBe('art10-3.cardAwaitingDisposal');
    expect(v?.article).toBe('第10条の3第1号');
    expect(v?.params).toEqual({ awaitingSince: '2026-05-01', dueDate: '2026-05-31', daysOverdue: 15 });
    expect(v?.message.ja).toContain('15日');
  });

  it('第2号: until disposal the card is kept strictly, in a lockable place', () => {
    expect(checkCardAwaitingDisposal({ awaitingSince: '2026-05-01', place: LOCKED }, '2026-05-02').ok).toBe(true);
    expect(
      checkCardAwaitingDisposal({ awaitingSince: '2026-05-01', place: OPEN }, '2026-07-01').violations.map((v) => v.code),
    ).toEqual(['CARDS.DISPOSAL_OVERDUE', 'CARDS.AWAITING_DISPOSAL_NOT_SECURED']);
    expect(
      checkCardAwaitingDisposal({ awaitingSince: '2026-02-30', place: LOCKED }, '2026-07-01').violations.map((v) => v.code),
    ).toEqual(['CARDS.DISPOSAL_DATE_INVALID']);
  });

  it.each<[Partial<CardDisposalInput>, string[]]>([
    [{ disposedOn: '2026-05-31', today: '2026-05-31' }, []],
    [{ disposedOn: '2026-06-01', today: '2026-06-01' }, ['CARDS.DISPOSED_LATE']],
    [{ disposedOn: '2026-04-30' }, ['CARDS.DISPOSAL_BEFORE_AWAITING']],
    [{ awaitingSince: 'soon' }, ['CARDS.DISPOSAL_DATE_INVALID']],
    [{ disposedOn: '2026-05-12' }, ['DISPOSAL.CARD_DATE_IN_FUTURE']],
  ])('a disposal %j → %j', (change, expected) => {
    expect(codes({ ...disposal, ...change })).toEqual(expected);
  });

  it('says how late a late disposal was', () => {
    const [v] = checkCardDisposal({ ...disposal, disposedOn: '2026-06-05', today: '2026-06-05' }).violations;
    expect(v?.params).toEqual({ awaitingSince: '2026-05-01', days: 35, dueDays: 30, daysOverdue: 5 });
  });
});

describe('第10条の3第3号 through checkCardDisposal', () => {
  it('reports the reason, the lateness and the method at once', () => {
    expect(
      codes({
        ...disposal,
        reason: undefined as unknown as CardDisposalReason,
        disposedOn: '2026-07-01',
        today: '2026-07-01',
        icChipPhysicallyDestroyed: false,
        witnessedBy: undefined,
      }),
    ).toEqual([
      'CARDS.DISPOSAL_REASON_MISSING',
      'CARDS.DISPOSED_LATE',
      'DISPOSAL.CARD_IC_CHIP_NOT_DESTROYED',
      'DISPOSAL.CARD_WITNESS_MISSING',
    ]);
  });

  it('is never valid without the chip destroyed, whatever else is true (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CARD_DISPOSAL_REASONS),
        fc.constantFrom(...DISPOSAL_METHODS),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom(false, undefined),
        (reason, method, days, chip) => {
          const input = {
            ...disposal,
            reason,
            method,
            methodDescription: '粉砕',
            disposedOn: addDays('2026-05-01', days),
            today: '2026-07-01',
            icChipPhysicallyDestroyed: chip as boolean,
          };
          expect(checkCardDisposal(input).ok).toBe(false);
          expect(checkCardDisposal({ ...input, icChipPhysicallyDestroyed: true }).violations.map((v) => v.code)).not.toContain(
            'DISPOSAL.CARD_IC_CHIP_NOT_DESTROYED',
          );
        },
      ),
    );
  });

  it('does not apply before 第4章 took effect', () => {
    const before = CHIBA_PROFILE_HISTORY.require('2003-01-01');
    expect(checkCardDisposal({ ...disposal, icChipPhysicallyDestroyed: false }, before).ok).toBe(true);
    expect(isCardDisposalOverdue('2002-01-01', '2003-01-01', before)).toBe(false);
    expect(checkCardAwaitingDisposal({ awaitingSince: '2002-01-01', place: OPEN }, '2003-01-01', before).ok).toBe(true);
    const after = CHIBA_PROFILE_HISTORY.require('2003-08-25');
    expect(checkCardDisposal({ ...disposal, icChipPhysicallyDestroyed: false }, after).ok).toBe(false);
  });
});
