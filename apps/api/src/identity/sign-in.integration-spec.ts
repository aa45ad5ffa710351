import { AuditEventEntity, CredentialEntity, LogonEventEntity, OperatorIdCardEntity } from '@juki/domain';
import type { TestApi } from '../testing/test-api';
import { startTestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import { toGlobalId } from '../graphql/relay/global-id';
import { errorOf, gql, ME, SIGN_IN, sessionCookieOf } from './testing/identity-client';
import { createPerson } from './testing/identity-fixtures';
import { closeIdentityApi, emptyDatabase, MINUTE, signInAs, startIdentityApi, TestClock, uniqueAddress } from './testing/identity-suite';

const UNLOCK = `mutation Unlock($id: ID!) { unlockAccount(staffId: $id) { id lockedAt } }`;

describe.each(TEST_DATABASES)('sign-in by operator ID card and password on $name (第19条第1項)', (database) => {
  const config = database.config();
  const clock = new TestClock();
  let api: TestApi;

  beforeAll(async () => {
    api = await startIdentityApi(config, clock);
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  const logonEvents = (cardNumber: string) =>
    api.dataSource.getRepository(LogonEventEntity).find({ where: { cardNumber }, order: { occurredAt: 'ASC', id: 'ASC' } });

  it('signs in with card AND password: HttpOnly SameSite=Strict cookie, no token in the body, logon history and audit', async () => {
    const person = await createPerson(api.dataSource, clock.now());
    const from = uniqueAddress();
    const response = await gql(api.graphqlUrl, SIGN_IN, { card: person.cardNumber, password: person.password }, { forwardedFor: from });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const session = response.body.data?.['signIn'] as Record<string, unknown>;
    expect(session).toMatchObject({
      staffId: toGlobalId('Staff', person.staffId),
      name: person.name,
      roles: ['HANDLER'],
      passwordChangeRequired: false,
      token: null,
      grants: [{ role: 'HANDLER', sectionName: '試験区市民総合窓口課', effectiveFrom: '2000-04-01', effectiveTo: null }],
    });
    expect(new Date(session['expiresAt'] as string).getTime()).toBe(clock.now().getTime() + 30 * MINUTE);
    expect(new Date(session['absoluteExpiresAt'] as string).getTime()).toBe(clock.now().getTime() + 10 * 60 * MINUTE);

    expect(response.setCookie).toHaveLength(1);
    const cookie = response.setCookie[0] as string;
    expect(cookie).toMatch(/^juki_session=jss_[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Max-Age=36000/);
    expect(cookie).not.toMatch(/Secure/i);
    const token = sessionCookieOf(response) as string;
    expect(response.text).not.toContain(token);

    const me = await gql(api.graphqlUrl, ME, {}, { cookie: token });
    expect(me.body.data?.['me']).toMatchObject({ staffId: toGlobalId('Staff', person.staffId), employeeNumber: person.employeeNumber });

    expect((await logonEvents(person.cardNumber)).map((e) => [e.outcome, e.staffId, e.sourceAddress])).toEqual([['SUCCESS', person.staffId, from]]);
    const audit = await api.dataSource.getRepository(AuditEventEntity).find({ where: { operation: 'Mutation.signIn', actorStaffId: person.staffId } });
    expect(audit.map((a) => [a.outcome, a.source, a.recordType])).toEqual([['SUCCESS', from, 'LogonEvent']]);
  });

  it('returns the token in the body instead of a cookie with returnToken: true (integrations), and accepts it as Bearer', async () => {
    const person = await createPerson(api.dataSource, clock.now());
    const response = await gql(api.graphqlUrl, SIGN_IN, { card: person.cardNumber, password: person.password, returnToken: true }, { forwardedFor: uniqueAddress() });
    const token = (response.body.data?.['signIn'] as { token: string }).token;
    expect(token).toMatch(/^jss_[A-Za-z0-9_-]{43}$/);
    expect(response.setCookie).toEqual([]);
    const me = await gql(api.graphqlUrl, ME, {}, { bearer: token });
    expect(me.body.data?.['me']).toMatchObject({ staffId: toGlobalId('Staff', person.staffId) });
  });

  it('gives unknown card, wrong password, locked account, revoked or inactive card the SAME error (no enumeration)', async () => {
    const now = clock.now();
    const wrong = await createPerson(api.dataSource, now);
    const locked = await createPerson(api.dataSource, now);
    await api.dataSource.getRepository(CredentialEntity).update({ staffId: locked.staffId }, { lockedAt: now, failedCount: 5 });
    const revoked = await createPerson(api.dataSource, now, { cardStatus: 'REVOKED' });
    const lost = await createPerson(api.dataSource, now, { cardStatus: 'LOST' });
    const issued = await createPerson(api.dataSource, now, { cardStatus: 'ISSUED' });
    const retired = await createPerson(api.dataSource, now, { employment: 'RETIRED' });
    const attempts = [
      { card: 'T-no-such-card', password: wrong.password },
      { card: wrong.cardNumber, password: `${wrong.password}x` },
      { card: locked.cardNumber, password: locked.password },
      { card: revoked.cardNumber, password: revoked.password },
      { card: lost.cardNumber, password: lost.password },
      { card: issued.cardNumber, password: issued.password },
      { card: retired.cardNumber, password: retired.password },
    ];
    const responses = [];
    for (const attempt of attempts) responses.push(await gql(api.graphqlUrl, SIGN_IN, attempt, { forwardedFor: uniqueAddress() }));
    const [first, ...rest] = responses;
    expect(first?.status).toBe(401);
    expect(first?.body).toEqual({
      data: null,
      errors: [
        expect.objectContaining({
          message: 'The ID card number or the password is incorrect, or this card cannot be used to sign in now.',
          extensions: expect.objectContaining({ code: 'UNAUTHENTICATED', reason: 'OPERATORS.SIGN_IN_FAILED', article: '第19条第1項' }),
        }),
      ],
    });
    for (const response of rest) {
      expect(response.status).toBe(first?.status);
      expect(response.body).toEqual(first?.body);
      expect(response.setCookie).toEqual([]);
    }
    // The logon history knows what happened; the caller does not.
    const outcomes = [];
    for (const attempt of attempts) outcomes.push((await logonEvents(attempt.card)).map((e) => e.outcome).at(-1));
    expect(outcomes).toEqual(['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'LOCKED', 'CARD_INACTIVE', 'CARD_INACTIVE', 'CARD_INACTIVE', 'CARD_INACTIVE']);
    expect((await logonEvents('T-no-such-card')).at(-1)?.staffId).toBeNull();
  });

  it('takes as long for an unknown card as for a known one (argon2 against a dummy hash: no timing shortcut)', async () => {
    const person = await createPerson(api.dataSource, clock.now());
    const time = async (card: string): Promise<number> => {
      const started = process.hrtime.bigint();
      await gql(api.graphqlUrl, SIGN_IN, { card, password: 'not-the-password-at-all' }, { forwardedFor: uniqueAddress() });
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const unknown: number[] = [];
    const known: number[] = [];
    await time(person.cardNumber); // warm-up
    for (let i = 0; i < 7; i++) {
      unknown.push(await time(`T-unknown-${i}`));
      known.push(await time(person.cardNumber));
      if (i === 3) await api.dataSource.getRepository(CredentialEntity).update({ staffId: person.staffId }, { failedCount: 0 });
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    // Both pay for one argon2id verification (≈ 15 ms here); without it an unknown card would answer in ~1 ms.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
    expect(median(unknown)).toBeGreaterThan(5);
  });

  it('locks the account after 5 consecutive failures until the system officer unlocks it', async () => {
    const now = clock.now();
    const person = await createPerson(api.dataSource, now);
    const officer = await createPerson(api.dataSource, now, { roles: [{ role: 'SYSTEM_OFFICER' }] });
    const from = uniqueAddress();
    const attempt = (password: string) => {
      clock.advance(1_000); // one attempt a second: the history orders them
      return gql(api.graphqlUrl, SIGN_IN, { card: person.cardNumber, password }, { forwardedFor: from });
    };
    const credential = () => api.dataSource.getRepository(CredentialEntity).findOneByOrFail({ staffId: person.staffId });

    // A success in between resets the count: 3 + 3 failures do not lock.
    for (let i = 0; i < 3; i++) await attempt('wrong password one');
    expect(sessionCookieOf(await attempt(person.password))).toBeDefined();
    for (let i = 0; i < 4; i++) await attempt('wrong password two');
    expect(await credential()).toMatchObject({ failedCount: 4, lockedAt: null });
    await attempt('wrong password three');
    expect((await credential()).lockedAt).not.toBeNull();

    const refused = await attempt(person.password);
    expect(errorOf(refused)).toEqual({ code: 'UNAUTHENTICATED', reason: 'OPERATORS.SIGN_IN_FAILED' });
    expect((await logonEvents(person.cardNumber)).map((e) => e.outcome).slice(-2)).toEqual(['BAD_CREDENTIALS', 'LOCKED']);

    // Only the system officer unlocks (第19条第1項): a handler's attempt is refused before anything runs.
    const handler = await createPerson(api.dataSource, now);
    const handlerSession = await signInAs(api, handler);
    const denied = await gql(api.graphqlUrl, UNLOCK, { id: toGlobalId('Staff', person.staffId) }, { cookie: handlerSession.token });
    expect(errorOf(denied)?.code).toBe('FORBIDDEN');
    expect((await credential()).lockedAt).not.toBeNull();

    const officerSession = await signInAs(api, officer);
    const unlocked = await gql(api.graphqlUrl, UNLOCK, { id: toGlobalId('Staff', person.staffId) }, { cookie: officerSession.token });
    expect(unlocked.body.errors).toBeUndefined();
    expect(unlocked.body.data?.['unlockAccount']).toEqual({ id: toGlobalId('Staff', person.staffId), lockedAt: null });
    expect(await credential()).toMatchObject({ failedCount: 0, lockedAt: null });
    const audit = await api.dataSource.getRepository(AuditEventEntity).find({ where: { operation: 'Mutation.unlockAccount', actorStaffId: officer.staffId } });
    expect(audit.map((a) => [a.outcome, JSON.parse(a.recordIds)])).toEqual([['SUCCESS', [person.staffId]]]);

    expect(sessionCookieOf(await attempt(person.password))).toBeDefined();
  });

  it('records every attempt in the logon history with the card number as entered and the source address (第19条の2第2項)', async () => {
    const person = await createPerson(api.dataSource, clock.now());
    const from = uniqueAddress();
    const typed = `${person.cardNumber}${'9'.repeat(100)}`;
    await gql(api.graphqlUrl, SIGN_IN, { card: typed, password: person.password }, { forwardedFor: from });
    const [event] = await api.dataSource.getRepository(LogonEventEntity).find({ where: { sourceAddress: from } });
    expect(event).toMatchObject({ cardNumber: typed.slice(0, 64), outcome: 'BAD_CREDENTIALS', staffId: null, sourceAddress: from });
    expect(event?.occurredAt.getTime()).toBe(clock.now().getTime());
  });

  it('treats a forged, malformed or ended token as anonymous: UNAUTHENTICATED where a principal is needed', async () => {
    const forged = `jss_${'A'.repeat(43)}`;
    for (const options of [{ cookie: forged }, { bearer: forged }, { bearer: 'not-a-token' }, { cookie: 'jsa_x' }]) {
      const response = await gql(api.graphqlUrl, ME, {}, options);
      expect(errorOf(response)).toEqual({ code: 'UNAUTHENTICATED', reason: 'PERMISSIONS.SIGN_IN_REQUIRED' });
      expect(response.body.data ?? null).toBeNull();
    }
    const person = await createPerson(api.dataSource, clock.now());
    const { token } = await signInAs(api, person);
    const out = await gql(api.graphqlUrl, 'mutation { signOut }', {}, { cookie: token });
    expect(out.body.data).toEqual({ signOut: true });
    expect(out.setCookie.join(';')).toMatch(/juki_session=;.*(Expires=Thu, 01 Jan 1970|Max-Age=0)/);
    expect(errorOf(await gql(api.graphqlUrl, ME, {}, { cookie: token }))?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a card whose holder signs in while its record changed: the card is revoked (state in the database wins)', async () => {
    const person = await createPerson(api.dataSource, clock.now());
    const { token } = await signInAs(api, person);
    await api.dataSource.getRepository(OperatorIdCardEntity).update({ id: person.cardId }, { status: 'RETURNED' });
    expect(errorOf(await gql(api.graphqlUrl, ME, {}, { cookie: token }))?.code).toBe('UNAUTHENTICATED');
  });
});

describe.each(TEST_DATABASES)('the session cookie behind a proxy on $name', (database) => {
  const config = database.config();
  const clock = new TestClock();

  beforeAll(() => emptyDatabase(config));
  afterAll(() => emptyDatabase(config));

  it('is Secure when a TRUSTED proxy says the request came over TLS, and not when an untrusted client says so', async () => {
    for (const [trustProxy, secure] of [
      ['loopback', true],
      [false, false],
    ] as const) {
      const api = await startTestApi(config, { clock: clock.now, trustProxy });
      try {
        const person = await createPerson(api.dataSource, clock.now());
        const from = uniqueAddress();
        const response = await gql(
          api.graphqlUrl,
          SIGN_IN,
          { card: person.cardNumber, password: person.password },
          { forwardedFor: from, headers: { 'x-forwarded-proto': 'https' } },
        );
        expect(response.setCookie).toHaveLength(1);
        expect(/; Secure/i.test(response.setCookie[0] as string)).toBe(secure);
        const [event] = await api.dataSource.getRepository(LogonEventEntity).find({ where: { cardNumber: person.cardNumber } });
        // Untrusted: X-Forwarded-For is ignored and the socket's peer is recorded.
        expect(event?.sourceAddress).toBe(secure ? from : '127.0.0.1');
      } finally {
        await api.close();
      }
    }
  });
});

describe.each(TEST_DATABASES)('the sign-in rate limit per source address on $name', (database) => {
  const config = database.config();
  const clock = new TestClock(new Date('2026-06-02T09:00:00+09:00'));
  let api: TestApi;

  beforeAll(async () => {
    api = await startIdentityApi(config, clock, { signInRateLimit: { maxFailures: 3, windowMs: MINUTE } });
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  it('refuses a source after too many failures with the same generic error, counted in the database, until the window passes', async () => {
    const person = await createPerson(api.dataSource, clock.now());
    const other = await createPerson(api.dataSource, clock.now());
    const from = uniqueAddress();
    for (let i = 0; i < 3; i++) {
      await gql(api.graphqlUrl, SIGN_IN, { card: other.cardNumber, password: 'wrong' }, { forwardedFor: from });
      clock.advance(1_000);
    }

    const limited = await gql(api.graphqlUrl, SIGN_IN, { card: person.cardNumber, password: person.password }, { forwardedFor: from });
    expect(errorOf(limited)).toEqual({ code: 'UNAUTHENTICATED', reason: 'OPERATORS.SIGN_IN_FAILED' });
    const events = await api.dataSource.getRepository(LogonEventEntity).find({ where: { sourceAddress: from }, order: { occurredAt: 'ASC' } });
    expect(events.map((e) => e.outcome)).toEqual(['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'RATE_LIMITED']);
    // A refused attempt is not checked, so it does not count against the account.
    expect((await api.dataSource.getRepository(CredentialEntity).findOneByOrFail({ staffId: person.staffId })).failedCount).toBe(0);

    // Another source is not affected; the same source is served again once the window has passed.
    expect(sessionCookieOf(await gql(api.graphqlUrl, SIGN_IN, { card: person.cardNumber, password: person.password }, { forwardedFor: uniqueAddress() }))).toBeDefined();
    clock.advance(MINUTE + 1); // past every failure of this source, the refused attempt included
    expect(sessionCookieOf(await gql(api.graphqlUrl, SIGN_IN, { card: person.cardNumber, password: person.password }, { forwardedFor: from }))).toBeDefined();
  });
});
