import type { Logger as TypeOrmLogger } from 'typeorm';
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

  /** The SQL statements one request issues (through TypeORM's logger, which the raw reads report to as well). */
  async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
    const statements: string[] = [];
    const logger: TypeOrmLogger = api.dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      statements.push(query);
      return logQuery(query, parameters, runner);
    };
    try {
      await run();
    } finally {
      logger.logQuery = logQuery;
    }
    return statements;
  }

  it('resolves the session in ONE statement (grants included): `me` issues nothing more', async () => {
    const colleague = await createPerson(api.dataSource, clock.now());
    const boss = await createPerson(api.dataSource, clock.now(), {
      sectionId: colleague.sectionId,
      roles: [{ role: 'SECURITY_OFFICER', sectionId: colleague.sectionId }, { role: 'HANDLER', sectionId: colleague.sectionId }],
    });
    const session = await signInAs(api, boss);
    let body: Record<string, unknown> | undefined;
    const statements = await statementsOf(async () => {
      body = (await gql(api.graphqlUrl, '{ me { name sectionName roles grants { role sectionId sectionName effectiveFrom effectiveTo } } }', {}, { cookie: session.token })).body.data ?? undefined;
    });
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/FROM session s/);
    expect(body?.['me']).toMatchObject({ name: boss.name, roles: ['HANDLER', 'SECURITY_OFFICER'] });
    expect((body?.['me'] as { grants: unknown[] }).grants).toHaveLength(2);
  });

  it('lists cards with their holder and section in ONE statement, whatever the page size, with the values the loaders give', async () => {
    const first = await createPerson(api.dataSource, clock.now());
    const { sectionId } = first;
    for (let i = 0; i < 3; i++) await createPerson(api.dataSource, clock.now(), { sectionId });
    const boss = await createPerson(api.dataSource, clock.now(), { sectionId, roles: [{ role: 'SECURITY_OFFICER', sectionId }] });
    const session = await signInAs(api, boss);
    const query = `query($first: Int) { operatorIdCards(first: $first) { edges { node { id cardNumber status issuedAt
      holder { id employeeNumber name lockedAt passwordExpiresAt section { id code name } } } } } }`;
    type Page = { operatorIdCards: { edges: { node: { id: string; holder: { id: string } & Record<string, unknown> } }[] } };
    const pages: Page[] = [];
    const counts: number[] = [];
    for (const first of [2, 5]) {
      const statements = await statementsOf(async () => {
        const response = await gql(api.graphqlUrl, query, { first }, { cookie: session.token });
        expect(response.body.errors).toBeUndefined();
        pages.push(response.body.data as Page);
      });
      counts.push(statements.length);
    }
    // The session, then the page with its relations.
    expect(counts).toEqual([2, 2]);
    const holders = (pages[1] as Page).operatorIdCards.edges.map((e) => e.node.holder);
    expect(holders).toHaveLength(5);
    // The same holder through node(id) (the Staff loader and its own SQL) is the same object.
    for (const holder of holders) {
      const viaNode = await gql(
        api.graphqlUrl,
        `query($id: ID!) { node(id: $id) { ... on Staff { id employeeNumber name lockedAt passwordExpiresAt section { id code name } } } }`,
        { id: holder.id },
        { cookie: session.token },
      );
      expect(viaNode.body.data?.['node']).toEqual(holder);
    }
  });
});
