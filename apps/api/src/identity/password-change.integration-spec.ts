import { AuditEventEntity, CredentialEntity, PasswordHistoryEntity, SessionEntity } from '@juki/domain';
import type { TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import { CHANGE_PASSWORD, errorOf, gql, ME } from './testing/identity-client';
import { createPerson } from './testing/identity-fixtures';
import { closeIdentityApi, signInAs, startIdentityApi, TestClock } from './testing/identity-suite';

/** Passphrases that pass 第21条第2項 for the fixture person (試験 花子, born 1990-04-01). */
const NEXT = [
  'quiet-harbor lantern-meadow 47 kogarashi',
  'saffron-quarry velvet-tundra 83 hotaru',
  'obsidian-thistle marble-lagoon 29 umibe',
  'kestrel-bramble cobalt-fathom 61 kaede',
  'juniper-cinder walnut-glacier 52 tanbo',
  'russet-beacon pebble-orchard 38 asagiri',
];

describe.each(TEST_DATABASES)('changePassword on $name (第21条)', (database) => {
  const config = database.config();
  const clock = new TestClock(new Date('2026-06-04T10:00:00+09:00'));
  let api: TestApi;

  beforeAll(async () => {
    api = await startIdentityApi(config, clock);
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  const change = (token: string, current: string, next: string) => gql(api.graphqlUrl, CHANGE_PASSWORD, { current, next }, { cookie: token });
  const violationsOf = (response: Awaited<ReturnType<typeof change>>): string[] =>
    String((response.body.errors?.[0]?.extensions?.['params'] as Record<string, unknown> | undefined)?.['violations'] ?? '').split(',');

  it('refuses a weak new password with every violation, naming the rules of 第21条第2項, and changes nothing', async () => {
    const person = await createPerson(api.dataSource, clock.now());
    const { token } = await signInAs(api, person);
    const before = await api.dataSource.getRepository(CredentialEntity).findOneByOrFail({ staffId: person.staffId });
    const cases: [string, string[]][] = [
      ['tako9', ['PASSWORDS.TOO_SHORT']],
      [`shiken hanako ${NEXT[0]}`, ['PASSWORDS.CONTAINS_NAME']],
      [`${NEXT[1]} 19900401`, ['PASSWORDS.CONTAINS_BIRTH_DATE']],
      [`${NEXT[2]} ${person.cardNumber}`, ['PASSWORDS.CONTAINS_ID_CARD_NUMBER']],
      [`${NEXT[3]} ${person.employeeNumber}`, ['PASSWORDS.CONTAINS_USER_ID']],
      ['qwertyuiop1234', ['PASSWORDS.KEYBOARD_RUN', 'PASSWORDS.SEQUENTIAL_CHARACTERS']],
    ];
    for (const [candidate, codes] of cases) {
      const refused = await change(token, person.password, candidate);
      expect(errorOf(refused)?.code).toBe('BAD_USER_INPUT');
      expect(refused.body.errors?.[0]?.extensions?.['article']).toMatch(/^第21条/);
      expect(violationsOf(refused)).toEqual(expect.arrayContaining(codes));
      expect(refused.text).not.toContain(candidate);
    }
    const after = await api.dataSource.getRepository(CredentialEntity).findOneByOrFail({ staffId: person.staffId });
    expect(after.passwordHash).toBe(before.passwordHash);
  });

  it('requires the current password; wrong ones count as consecutive failures, and the 5th locks the account and ends its sessions', async () => {
    const person = await createPerson(api.dataSource, clock.now());
    const { token } = await signInAs(api, person);
    for (let i = 1; i <= 4; i++) {
      const refused = await change(token, `${person.password}-wrong`, NEXT[0] as string);
      expect(errorOf(refused)).toEqual({ code: 'BAD_USER_INPUT', reason: 'PASSWORDS.CURRENT_INCORRECT' });
    }
    expect((await gql(api.graphqlUrl, ME, {}, { cookie: token })).body.errors).toBeUndefined();
    await change(token, `${person.password}-wrong`, NEXT[0] as string);
    const credential = await api.dataSource.getRepository(CredentialEntity).findOneByOrFail({ staffId: person.staffId });
    expect(credential.lockedAt).not.toBeNull();
    expect(await api.dataSource.getRepository(SessionEntity).findOneByOrFail({ staffId: person.staffId })).toMatchObject({ endReason: 'ACCOUNT_LOCKED' });
    expect(errorOf(await gql(api.graphqlUrl, ME, {}, { cookie: token }))?.code).toBe('UNAUTHENTICATED');
    const audit = await api.dataSource.getRepository(AuditEventEntity).find({ where: { operation: 'Mutation.changePassword', actorStaffId: person.staffId } });
    expect(audit.map((a) => a.outcome)).toEqual(['FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED']);
  });

  it('refuses the current and the last passwords (history of 5), accepts an older one, and ends the other sessions', async () => {
    const person = await createPerson(api.dataSource, clock.now());
    const first = await signInAs(api, person);
    const second = await signInAs(api, person);
    const original = person.password;

    const same = await change(first.token, original, original);
    expect(violationsOf(same)).toEqual(['PASSWORDS.REUSED']);

    let current = original;
    for (const next of NEXT.slice(0, 2)) {
      clock.advance(1_000);
      const changed = await change(first.token, current, next);
      expect(changed.body.errors).toBeUndefined();
      current = next;
    }
    // The other session ended with the first change; this one goes on.
    expect(errorOf(await gql(api.graphqlUrl, ME, {}, { cookie: second.token }))?.code).toBe('UNAUTHENTICATED');
    expect((await gql(api.graphqlUrl, ME, {}, { cookie: first.token })).body.errors).toBeUndefined();
    expect(await api.dataSource.getRepository(SessionEntity).findOneByOrFail({ staffId: person.staffId, endReason: 'PASSWORD_CHANGED' })).toBeDefined();

    for (const old of [original, NEXT[0] as string, current]) {
      const refused = await change(first.token, current, old);
      expect(errorOf(refused)?.reason).toBe('PASSWORDS.REUSED');
    }
    for (const next of NEXT.slice(2, 5)) {
      clock.advance(1_000);
      expect((await change(first.token, current, next)).body.errors).toBeUndefined();
      current = next;
    }
    // Five passwords later (current + 4 before it), the original may be used again.
    const again = await change(first.token, current, original);
    expect(again.body.errors).toBeUndefined();
    const history = await api.dataSource.getRepository(PasswordHistoryEntity).count({ where: { staffId: person.staffId } });
    expect(history).toBe(7);
    const audit = await api.dataSource.getRepository(AuditEventEntity).find({ where: { operation: 'Mutation.changePassword', actorStaffId: person.staffId } });
    expect(audit.filter((a) => a.outcome === 'SUCCESS')).toHaveLength(6);
    expect(audit.filter((a) => a.outcome === 'FAILED')).toHaveLength(4);
  });

  it('is not for ward systems or anonymous callers', async () => {
    const anonymous = await gql(api.graphqlUrl, CHANGE_PASSWORD, { current: 'a', next: NEXT[0] });
    expect(errorOf(anonymous)?.code).toBe('UNAUTHENTICATED');
  });
});
