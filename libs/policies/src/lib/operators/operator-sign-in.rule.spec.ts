import fc from 'fast-check';
import { profileWith } from '../../testing';
import { DEFAULT_PROFILE } from '../profiles/profile-history';
import { OPERATOR_ID_CARD_STATUSES, cardUsableForSignIn } from './operator-id-card.rule';
import { cardReportableAsLost, evaluateSessionTimes, lockedAfterFailures } from './operator-sign-in.rule';

const at = (time: string): Date => new Date(`2026-04-01T${time}+09:00`);

describe('art19.operatorSignIn (第19条第1項): lockout', () => {
  it.each([
    [0, false],
    [1, false],
    [4, false],
    [5, true],
    [6, true],
  ])('%i consecutive failures → locked %s (profile: 5)', (failures, locked) => {
    expect(DEFAULT_PROFILE.passwords.maxConsecutiveFailures).toBe(5);
    expect(lockedAfterFailures(failures)).toBe(locked);
  });

  it('follows the profile', () => {
    const three = profileWith({ passwords: { maxConsecutiveFailures: 3 } });
    expect(lockedAfterFailures(2, three)).toBe(false);
    expect(lockedAfterFailures(3, three)).toBe(true);
  });

  it('locks exactly from the profile’s number on (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 100 }), (max, failures) => {
        const profile = profileWith({ passwords: { maxConsecutiveFailures: max } });
        expect(lockedAfterFailures(failures, profile)).toBe(failures >= max);
      }),
    );
  });
});

describe('art19.sessionTimeout (第19条第1項): idle and absolute timeouts', () => {
  // Profile: 30 minutes idle, 10 hours absolute.
  it.each([
    ['just used', '09:00:00', '09:00:00', '09:00:00', true, null],
    ['idle 29:59', '09:00:00', '09:00:00', '09:29:59', true, null],
    ['idle exactly 30 min', '09:00:00', '09:00:00', '09:30:00', false, 'IDLE_TIMEOUT'],
    ['kept alive for 9:59', '09:00:00', '18:50:00', '18:59:59', true, null],
    ['10 hours after sign-in although in use', '09:00:00', '18:59:00', '19:00:00', false, 'ABSOLUTE_TIMEOUT'],
    ['both: absolute wins', '09:00:00', '09:00:00', '19:00:00', false, 'ABSOLUTE_TIMEOUT'],
  ])('%s', (_name, created, lastSeen, now, active, timedOut) => {
    const status = evaluateSessionTimes({ createdAt: at(created), lastSeenAt: at(lastSeen), now: at(now) });
    expect(status.active).toBe(active);
    expect(status.timedOut).toBe(timedOut);
  });

  it('reports when the session expires: the earlier of idle and absolute', () => {
    const early = evaluateSessionTimes({ createdAt: at('09:00:00'), lastSeenAt: at('09:10:00'), now: at('09:10:00') });
    expect(early.expiresAt).toEqual(at('09:40:00'));
    expect(early.absoluteExpiresAt).toEqual(at('19:00:00'));
    const late = evaluateSessionTimes({ createdAt: at('09:00:00'), lastSeenAt: at('18:45:00'), now: at('18:45:00') });
    expect(late.expiresAt).toEqual(at('19:00:00'));
  });

  it('follows the profile', () => {
    const short = profileWith({ sessions: { idleTimeoutMinutes: 5, absoluteTimeoutHours: 1 } });
    expect(evaluateSessionTimes({ createdAt: at('09:00:00'), lastSeenAt: at('09:00:00'), now: at('09:05:00') }, short).timedOut).toBe('IDLE_TIMEOUT');
    expect(evaluateSessionTimes({ createdAt: at('09:00:00'), lastSeenAt: at('09:58:00'), now: at('10:00:00') }, short).timedOut).toBe('ABSOLUTE_TIMEOUT');
  });

  it('is active exactly while now is before both limits (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 * 3_600_000 }),
        fc.integer({ min: 0, max: 20 * 3_600_000 }),
        (sinceCreated, idle) => {
          const createdAt = at('08:00:00');
          const now = new Date(createdAt.getTime() + sinceCreated);
          const lastSeenAt = new Date(Math.max(createdAt.getTime(), now.getTime() - idle));
          const status = evaluateSessionTimes({ createdAt, lastSeenAt, now });
          const expected = now.getTime() - lastSeenAt.getTime() < 30 * 60_000 && sinceCreated < 10 * 3_600_000;
          expect(status.active).toBe(expected);
          expect(status.expiresAt.getTime()).toBeLessThanOrEqual(status.absoluteExpiresAt.getTime());
        },
      ),
    );
  });

  it('refuses an invalid instant', () => {
    expect(() => evaluateSessionTimes({ createdAt: new Date(Number.NaN), lastSeenAt: at('09:00:00'), now: at('09:00:00') })).toThrow(RangeError);
  });
});

describe('art20.cardLossReport (第20条第5項)', () => {
  it.each([
    ['ISSUED', true],
    ['ACTIVE', true],
    ['LOST', false],
    ['STOLEN', false],
    ['RETURNED', false],
    ['REVOKED', false],
  ] as const)('a card %s can be reported lost: %s', (status, reportable) => {
    expect(cardReportableAsLost(status)).toBe(reportable);
  });

  it('only an ACTIVE card signs in, and every such card can be reported lost', () => {
    for (const status of OPERATOR_ID_CARD_STATUSES) if (cardUsableForSignIn(status)) expect(cardReportableAsLost(status)).toBe(true);
  });
});
