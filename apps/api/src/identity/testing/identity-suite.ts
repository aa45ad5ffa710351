import { randomBytes } from 'node:crypto';
import type { SignInRateLimit } from '@juki/domain';
import type { DatabaseConfig } from '../../database/database-config';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { openEmptyDatabase } from '../../testing/test-databases';
import { gql, SIGN_IN, sessionCookieOf, type IdentityResponse } from './identity-client';
import type { FixturePerson } from './identity-fixtures';

/**
 * The server's clock in a test, moved by the test (never by sleeping). It starts under the current policy
 * profile (in force from 2026-04-01: 90-day expiry, 30-minute idle and 10-hour absolute timeouts).
 */
export class TestClock {
  private current: number;

  constructor(start: Date = new Date('2026-06-01T09:00:00+09:00')) {
    this.current = start.getTime();
  }

  readonly now = (): Date => new Date(this.current);

  advance(ms: number): void {
    this.current += ms;
  }

  set(at: Date): void {
    this.current = at.getTime();
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

let addressCounter = 0;

/** Unique per call within a run (IPv6 documentation prefix). */
export function uniqueAddress(): string {
  addressCounter += 1;
  return `2001:db8::${randomBytes(2).toString('hex')}:${addressCounter.toString(16)}`;
}

export interface IdentitySuiteOptions {
  readonly signInRateLimit?: SignInRateLimit;
  readonly trustProxy?: boolean | number | string;
}

/**
 * Empties the database (MariaDB: the run's shared database; a new SQLite file is empty anyway), so that a
 * suite neither depends on nor leaves behind the rows of another (some suites seed the demo data, which
 * needs an empty database).
 */
export async function emptyDatabase(config: DatabaseConfig): Promise<void> {
  if (config.kind === 'sqlite') return;
  const dataSource = await openEmptyDatabase(config);
  await dataSource.destroy();
}

/** Closes the suite's API and leaves the database empty for the next suite. */
export async function closeIdentityApi(api: TestApi | undefined, config: DatabaseConfig): Promise<void> {
  await api?.close();
  await emptyDatabase(config);
}

/** The API with a test clock, behind a trusted loopback proxy (tests give each request its client address). */
export async function startIdentityApi(config: DatabaseConfig, clock: TestClock, options: IdentitySuiteOptions = {}): Promise<TestApi> {
  await emptyDatabase(config);
  return startTestApi(config, {
    clock: clock.now,
    trustProxy: options.trustProxy ?? 'loopback',
    signInRateLimit: options.signInRateLimit ?? { maxFailures: 1_000, windowMs: 10 * MINUTE },
  });
}

/** Signs a fixture person in through HTTP; returns the session cookie's token and the response. */
export async function signInAs(
  api: TestApi,
  person: Pick<FixturePerson, 'cardNumber' | 'password'>,
  from: string = uniqueAddress(),
): Promise<{ token: string; response: IdentityResponse }> {
  const response = await gql(api.graphqlUrl, SIGN_IN, { card: person.cardNumber, password: person.password }, { forwardedFor: from });
  const token = sessionCookieOf(response);
  if (!token) throw new Error(`sign-in failed: ${response.text}`);
  return { token, response };
}
