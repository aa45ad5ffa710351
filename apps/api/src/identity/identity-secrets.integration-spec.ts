import { toGlobalId } from '../graphql/relay/global-id';
import type { TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import { CHANGE_PASSWORD, gql, ME, SIGN_IN, sessionCookieOf } from './testing/identity-client';
import { createPerson, createSection } from './testing/identity-fixtures';
import { closeIdentityApi, startIdentityApi, TestClock, uniqueAddress } from './testing/identity-suite';

/** Every row of every table the API knows, as text. */
async function dumpAllTables(api: TestApi): Promise<string> {
  const parts: string[] = [];
  for (const metadata of api.dataSource.entityMetadatas) {
    const table = api.dataSource.driver.escape(metadata.tableName);
    parts.push(JSON.stringify(await api.dataSource.query(`SELECT * FROM ${table}`)));
  }
  parts.push(JSON.stringify(await api.dataSource.query('SELECT * FROM migrations')));
  return parts.join('\n');
}

describe.each(TEST_DATABASES)('no password or token is ever stored, logged or echoed on $name (第21条第3項)', (database) => {
  const config = database.config();
  const clock = new TestClock(new Date('2026-06-07T10:00:00+09:00'));
  let api: TestApi;

  beforeAll(async () => {
    api = await startIdentityApi(config, clock);
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  it('after sign-in, failed sign-ins, a password change and an API client: no table, log line or response holds a secret', async () => {
    const person = await createPerson(api.dataSource, clock.now(), { roles: [{ role: 'SYSTEM_OFFICER' }] });
    const newPassword = 'velvet-orchard marble-quarry 74 yamabuki';
    const wrongPassword = 'an-entirely-wrong-passphrase-4417';
    const responses: string[] = [];
    const send = async (...args: Parameters<typeof gql>) => {
      const response = await gql(...args);
      responses.push(response.text, ...response.setCookie);
      return response;
    };

    await send(api.graphqlUrl, SIGN_IN, { card: person.cardNumber, password: wrongPassword }, { forwardedFor: uniqueAddress() });
    const signedIn = await send(api.graphqlUrl, SIGN_IN, { card: person.cardNumber, password: person.password }, { forwardedFor: uniqueAddress() });
    const session = sessionCookieOf(signedIn) as string;
    await send(api.graphqlUrl, CHANGE_PASSWORD, { current: wrongPassword, next: newPassword }, { cookie: session });
    await send(api.graphqlUrl, CHANGE_PASSWORD, { current: person.password, next: 'weak' }, { cookie: session });
    const changed = await send(api.graphqlUrl, CHANGE_PASSWORD, { current: person.password, next: newPassword }, { cookie: session });
    expect(changed.body.errors).toBeUndefined();
    await send(api.graphqlUrl, ME, {}, { cookie: session });
    const bearer = await gql(api.graphqlUrl, SIGN_IN, { card: person.cardNumber, password: newPassword, returnToken: true }, { forwardedFor: uniqueAddress() });
    const bearerToken = (bearer.body.data?.['signIn'] as { token: string }).token;
    const created = await gql(
      api.graphqlUrl,
      `mutation($s: ID!) { createApiClient(name: "secret test", sectionId: $s, scopes: ["forms:read"]) { token } }`,
      { s: toGlobalId('OrganisationUnit', await createSection(api.dataSource)) },
      { cookie: session },
    );
    const apiToken = (created.body.data?.['createApiClient'] as { token: string }).token;
    await send(api.graphqlUrl, '{ organisationUnits(first: 1) { totalCount } }', {}, { bearer: apiToken });

    const secrets = [person.password, newPassword, wrongPassword, session, bearerToken, apiToken];
    const tables = await dumpAllTables(api);
    const logs = JSON.stringify(api.logs);
    for (const secret of secrets) {
      expect(tables).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }
    // Responses carry no password; a token appears only where it is handed over (cookie, returnToken, createApiClient).
    for (const password of [person.password, newPassword, wrongPassword]) for (const text of responses) expect(text).not.toContain(password);
    expect(responses.filter((r) => r.includes(session))).toEqual([expect.stringMatching(/^juki_session=/)]);
    // The hashes are argon2id PHC strings, and the logon history keeps the card number (an identifier).
    expect(tables).toMatch(/\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(tables).toContain(person.cardNumber);
  });
});
