import fc from 'fast-check';
import { profileWith } from '../../testing';
import { reviewUserId, type UserIdReviewInput } from './access-review.rule';
import { OPERATOR_ID_CARD_STATUSES, cardUsableForSignIn, checkOperatorIdCard } from './operator-id-card.rule';

const jst = (date: string, time = '10:00'): Date => new Date(`${date}T${time}:00+09:00`);
const base: UserIdReviewInput = {
  userId: 'u-100',
  active: true,
  createdAt: jst('2026-01-05'),
  lastLogonAt: jst('2026-11-20'),
  lastReviewedAt: jst('2026-10-01'),
  employment: { status: 'ACTIVE' },
  now: jst('2026-11-28'),
};

describe('art19-2.accessReview (第19条の2第1項第4号)', () => {
  it('a recently reviewed, recently used ID of current staff passes', () => {
    expect(reviewUserId(base).ok).toBe(true);
  });

  it.each([
    ['review overdue', { lastReviewedAt: jst('2026-05-01') }, ['OPERATORS.REVIEW_OVERDUE']],
    ['never reviewed since creation long ago', { lastReviewedAt: undefined, createdAt: jst('2025-01-01') }, ['OPERATORS.REVIEW_OVERDUE']],
    ['no logon for 90 days', { lastLogonAt: jst('2026-08-30') }, ['OPERATORS.INACTIVE_ID']],
    ['no logon for 89 days', { lastLogonAt: jst('2026-08-31') }, []],
    ['retired', { employment: { status: 'RETIRED', since: '2026-09-30' } }, ['OPERATORS.LEAVER_ID_ACTIVE']],
    ['moved', { employment: { status: 'TRANSFERRED', since: '2026-10-01' } }, ['OPERATORS.LEAVER_ID_ACTIVE']],
    [
      'everything at once',
      { lastReviewedAt: jst('2025-01-01'), lastLogonAt: jst('2025-01-01'), employment: { status: 'RETIRED', since: '2025-03-31' } },
      ['OPERATORS.REVIEW_OVERDUE', 'OPERATORS.INACTIVE_ID', 'OPERATORS.LEAVER_ID_ACTIVE'],
    ],
  ] as const)('%s', (_case, change, codes) => {
    expect(reviewUserId({ ...base, ...change } as UserIdReviewInput).violations.map((v) => v.code)).toEqual(codes);
  });

  it('a deleted (inactive) ID needs no review', () => {
    expect(reviewUserId({ ...base, active: false, employment: { status: 'RETIRED', since: '2020-01-01' } }).ok).toBe(true);
  });

  it('reads the intervals from the profile', () => {
    const strict = profileWith({ accessReview: { inactiveDays: 7 } });
    expect(reviewUserId(base, strict).violations.map((v) => v.code)).toEqual(['OPERATORS.INACTIVE_ID']);
  });
});

describe('operator ID cards (第20条)', () => {
  const card = { cardNumber: 'JK-2026-000123', holderEmployment: { status: 'ACTIVE' as const }, now: jst('2026-11-28') };

  it('only an active card can sign in (a lost or stolen one never can)', () => {
    expect(OPERATOR_ID_CARD_STATUSES.filter(cardUsableForSignIn)).toEqual(['ACTIVE']);
  });

  it.each([
    ['ACTIVE', { status: 'RETIRED', since: '2026-11-25' }, []],
    ['ACTIVE', { status: 'RETIRED', since: '2026-11-21' }, []],
    ['ACTIVE', { status: 'RETIRED', since: '2026-11-20' }, ['OPERATOR_CARDS.RETURN_OVERDUE']],
    ['ISSUED', { status: 'TRANSFERRED', since: '2026-04-01' }, ['OPERATOR_CARDS.RETURN_OVERDUE']],
    ['RETURNED', { status: 'RETIRED', since: '2026-04-01' }, []],
    ['LOST', { status: 'ACTIVE' }, ['OPERATOR_CARDS.LOST_NOT_REVOKED']],
    ['STOLEN', { status: 'ACTIVE' }, ['OPERATOR_CARDS.LOST_NOT_REVOKED']],
  ] as const)('%s card, holder %j → %j', (status, holderEmployment, codes) => {
    expect(checkOperatorIdCard({ ...card, status, holderEmployment }).violations.map((v) => v.code)).toEqual(codes);
  });

  it('a revocation later than the limit after the loss report is flagged (第20条第5項)', () => {
    const late = checkOperatorIdCard({ ...card, status: 'REVOKED', lossReportedAt: jst('2026-11-01', '09:00'), revokedAt: jst('2026-11-03', '09:00') });
    expect(late.violations[0]).toMatchObject({ code: 'OPERATOR_CARDS.REVOCATION_LATE', params: { hours: 48, limit: 24 } });
    const prompt = checkOperatorIdCard({ ...card, status: 'REVOKED', lossReportedAt: jst('2026-11-01', '09:00'), revokedAt: jst('2026-11-01', '09:05') });
    expect(prompt.ok).toBe(true);
  });

  it('messages show only the last four characters of the card number', () => {
    const r = checkOperatorIdCard({ ...card, status: 'LOST' });
    expect(JSON.stringify(r)).not.toContain('JK-2026-000123');
    expect(r.violations[0]?.message.ja).toContain('…0123');
  });

  it('property: a lost or stolen card always yields a violation until revoked', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPERATOR_ID_CARD_STATUSES), (status) => {
        const lost = status === 'LOST' || status === 'STOLEN';
        return checkOperatorIdCard({ ...card, status }).ok === !lost;
      }),
    );
  });
});
