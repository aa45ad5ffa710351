import type { TestApi } from '../testing/test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import { gql } from './testing/identity-client';
import { createPerson } from './testing/identity-fixtures';
import { closeIdentityApi, signInAs, startIdentityApi, TestClock } from './testing/identity-suite';

const CARDS = `query Cards($after: String) {
  operatorIdCards(first: 2, after: $after) { edges { cursor node { cardNumber } } pageInfo { endCursor hasNextPage } }
}`;

describe.each(TEST_DATABASES)('the operator ID-card list of a security officer on $name (第20条第2項)', (database) => {
  const config = database.config();
  const clock = new TestClock(new Date('2026-06-05T10:00:00+09:00'));
  let api: TestApi;

  beforeAll(async () => {
    api = await startIdentityApi(config, clock);
  });
  afterAll(async () => {
    await closeIdentityApi(api, config);
  });

  it('masks the card numbers and never lets them leak through cursors', async () => {
    const officer = await createPerson(api.dataSource, clock.now());
    const { sectionId } = officer;
    const others = [];
    for (let i = 0; i < 3; i++) others.push(await createPerson(api.dataSource, clock.now(), { sectionId }));
    const boss = await createPerson(api.dataSource, clock.now(), { sectionId, roles: [{ role: 'SECURITY_OFFICER', sectionId }] });
    const session = await signInAs(api, boss);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const response = await gql(api.graphqlUrl, CARDS, after ? { after } : {}, { cookie: session.token });
      expect(response.body.errors).toBeUndefined();
      const connection = response.body.data?.['operatorIdCards'] as {
        edges: { cursor: string; node: { cardNumber: string } }[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
      for (const edge of connection.edges) {
        seen.push(edge.cursor);
        expect(edge.node.cardNumber).toBe('＊＊＊＊');
      }
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen.length).toBe(5);
    const decoded = seen.map((c) => Buffer.from(c, 'base64url').toString('utf8') + Buffer.from(c, 'base64').toString('utf8')).join(' ');
    for (const person of [officer, ...others, boss]) expect(decoded).not.toContain(person.cardNumber);
  });
});
