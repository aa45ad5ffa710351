import { LogonEventEntity, SessionEntity } from '@juki/domain';
import type { TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import { CHANGE_PASSWORD, errorOf, gql, ME, SIGN_IN, sessionCookieOf } from './testing/identity-client';
import { createPerson } from './testing/identity-fixtures';
import { closeIdentityApi, DAY, HOUR, MINUTE, signInAs, startIdentityApi, TestClock, uniqueAddress } from './testing/identity-suite';

const UNITS = `{ organisationUnits(first: 1) { totalCount } }`;

describe.each(TEST_DATABASES)('sessions on $name (第19条第1項, 第21条)', (database) => {
  const config = database.config();
  const clock = new TestClock(new Date('2026-06-03T08:30:00+09:00'));
  let api: TestApi;

  beforeAll(async () => {
    api = await startIdentityApi(config, clock);
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  const session = (token: string) => gql(api.graphqlUrl, ME, {}, { cookie: token });
  const sessionRow = async (staffId: string) => api.dataSource.getRepository(SessionEntity).findOneByOrFail({ staffId });

  it('ends a session 30 minutes after its last request (idle timeout), measured on the injected clock', async () => {
    const person = await createPerson(api.dataSource, clock.now());
    const { token } = await signInAs(api, person);
    const signedInAt = clock.now().getTime();
    clock.advance(29 * MINUTE);
    expect((await session(token)).body.errors).toBeUndefined();
    expect((await sessionRow(person.staffId)).lastSeenAt.getTime()).toBe(signedInAt + 29 * MINUTE);
    clock.advance(29 * MINUTE);
    expect((await session(token)).body.errors).toBeUndefined();
    clock.advance(30 * MINUTE);
    expect(errorOf(await session(token))).toEqual({ code: 'UNAUTHENTICATED', reason: 'PERMISSIONS.SIGN_IN_REQUIRED' });
    expect(await sessionRow(person.staffId)).toMatchObject({ endReason: 'IDLE_TIMEOUT' });
    // Ended is ended: going back in time does not revive it.
    clock.advance(-30 * MINUTE);
    expect(errorOf(await session(token))?.code).toBe('UNAUTHENTICATED');
  });

  it('writes last_seen_at at most once a minute', async () => {
    const person = await createPerson(api.dataSource, clock.now());
    const { token } = await signInAs(api, person);
    const signedInAt = clock.now().getTime();
    clock.advance(30_000);
    await session(token);
    expect((await sessionRow(person.staffId)).lastSeenAt.getTime()).toBe(signedInAt);
    clock.advance(30_000);
    await session(token);
    expect((await sessionRow(person.staffId)).lastSeenAt.getTime()).toBe(signedInAt + MINUTE);
  });

  it('ends a session 10 hours after sign-in however busy it is (absolute timeout)', async () => {
    const person = await createPerson(api.dataSource, clock.now());
    const { token } = await signInAs(api, person);
    for (let elapsed = 0; elapsed < 10 * HOUR - 20 * MINUTE; elapsed += 20 * MINUTE) {
      clock.advance(20 * MINUTE);
      expect((await session(token)).body.errors).toBeUndefined();
    }
    clock.advance(20 * MINUTE);
    expect(errorOf(await session(token))?.code).toBe('UNAUTHENTICATED');
    expect(await sessionRow(person.staffId)).toMatchObject({ endReason: 'ABSOLUTE_TIMEOUT' });
  });

  it.each<[string, { expired: boolean; mustChange: boolean }]>([
    ['an expired password (第21条第1項)', { expired: true, mustChange: false }],
    ['a password reset by the administrator (第21条第4項)', { expired: false, mustChange: true }],
  ])('with %s signs in to a session that allows only changePassword, signOut and me', async (_name, { expired, mustChange }) => {
    const person = await createPerson(api.dataSource, clock.now(), {
      ...(expired ? { passwordChangedAt: new Date(clock.now().getTime() - 91 * DAY) } : {}),
      mustChange,
    });
    const from = uniqueAddress();
    const response = await gql(api.graphqlUrl, SIGN_IN, { card: person.cardNumber, password: person.password }, { forwardedFor: from });
    expect(response.body.data?.['signIn']).toMatchObject({ passwordChangeRequired: true });
    const token = sessionCookieOf(response) as string;
    const [event] = await api.dataSource.getRepository(LogonEventEntity).find({ where: { sourceAddress: from } });
    expect(event?.outcome).toBe('PASSWORD_EXPIRED');

    expect((await session(token)).body.data?.['me']).toMatchObject({ passwordChangeRequired: true });
    const refused = await gql(api.graphqlUrl, UNITS, {}, { cookie: token });
    expect(errorOf(refused)).toEqual({ code: 'FORBIDDEN', reason: 'PERMISSIONS.PASSWORD_CHANGE_REQUIRED' });
    expect(refused.body.data ?? null).toBeNull();

    const changed = await gql(api.graphqlUrl, CHANGE_PASSWORD, { current: person.password, next: 'quiet-harbor lantern-meadow 47 kogarashi' }, { cookie: token });
    expect(changed.body.errors).toBeUndefined();
    expect(changed.body.data?.['changePassword']).toMatchObject({ passwordChangeRequired: false });
    expect(new Date((changed.body.data?.['changePassword'] as { passwordExpiresAt: string }).passwordExpiresAt).getTime()).toBe(
      clock.now().getTime() + 90 * DAY,
    );
    // The same session is now unrestricted.
    expect((await gql(api.graphqlUrl, UNITS, {}, { cookie: token })).body.errors).toBeUndefined();
  });

  it('restricts a session at once when its password expires while it is open', async () => {
    const person = await createPerson(api.dataSource, clock.now(), { passwordChangedAt: new Date(clock.now().getTime() - 90 * DAY + 10 * MINUTE) });
    const { token } = await signInAs(api, person);
    expect((await gql(api.graphqlUrl, UNITS, {}, { cookie: token })).body.errors).toBeUndefined();
    clock.advance(11 * MINUTE);
    expect(errorOf(await gql(api.graphqlUrl, UNITS, {}, { cookie: token }))?.reason).toBe('PERMISSIONS.PASSWORD_CHANGE_REQUIRED');
  });
});
