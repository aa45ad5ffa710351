import { In, MoreThanOrEqual, Not, type EntityManager } from 'typeorm';
import { LogonEventEntity, SIGNED_IN_OUTCOMES } from './logon-event.entity';

/** Sign-in attempts allowed to fail from one source address within a window before it is refused. */
export interface SignInRateLimit {
  readonly maxFailures: number;
  readonly windowMs: number;
}

/** 20 failures in 10 minutes: far above a person mistyping, far below a guessing attack. */
export const DEFAULT_SIGN_IN_RATE_LIMIT: SignInRateLimit = { maxFailures: 20, windowMs: 10 * 60_000 };

/**
 * Failed attempts (anything that opened no session) from `sourceAddress` since `since`, counted in the
 * database so that the limit holds across stateless API processes.
 */
export async function countRecentFailures(manager: EntityManager, sourceAddress: string, since: Date): Promise<number> {
  return manager.count(LogonEventEntity, {
    where: { sourceAddress, occurredAt: MoreThanOrEqual(since), outcome: Not(In([...SIGNED_IN_OUTCOMES])) },
  });
}

export async function sourceRateLimited(manager: EntityManager, sourceAddress: string, now: Date, limit: SignInRateLimit): Promise<boolean> {
  const failures = await countRecentFailures(manager, sourceAddress, new Date(now.getTime() - limit.windowMs));
  return failures >= limit.maxFailures;
}
