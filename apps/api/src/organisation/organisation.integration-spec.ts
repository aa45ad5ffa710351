import type { Logger as TypeOrmLogger } from 'typeorm';
import { toGlobalId } from '../graphql/relay/global-id';
import { postAs, signInEveryRole, type RoleCaller } from '../graphql/testing/role-callers';
import type { TestApi } from '../testing/test-api';
import { closeAndEmpty, startEmptyTestApi } from '../graphql/testing/empty-test-api';
import { TEST_DATABASES } from '../testing/test-databases';
import { insertUnitTree, type FixtureUnit } from './testing/organisation-fixture';

interface UnitNode {
  id: string;
  code: string;
  parent: { code: string; parent: { code: string } | null } | null;
  children: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: { code: string; parent: { code: string } } }[] };
}
interface UnitPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: UnitNode }[];
}

/** A list with two nested relations (parent, twice; children, with their parent). */
const TREE = `query($parent: ID!, $first: Int!, $children: Int) {
  organisationUnits(parentId: $parent, first: $first) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id code parent { code parent { code } } children(first: $children) { totalCount pageInfo { hasNextPage } edges { node { code parent { code } } } } } }
  }
}`;

const PAGE = `query($parent: ID, $first: Int, $after: String, $last: Int, $before: String) {
  organisationUnits(parentId: $parent, first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { code } }
  }
}`;

const gid = (unit: FixtureUnit): string => toGlobalId('OrganisationUnit', unit.id);

describe.each(TEST_DATABASES)('organisation units through the authorization layer on $name', (database) => {
  const config = database.config();
  let api: TestApi;
  let officer: RoleCaller;
  let handler: RoleCaller;
  let big: Awaited<ReturnType<typeof insertUnitTree>>;
  let small: Awaited<ReturnType<typeof insertUnitTree>>;
  let wide: Awaited<ReturnType<typeof insertUnitTree>>;
  const statements: string[] = [];

  beforeAll(async () => {
    api = await startEmptyTestApi(config);
    const callers = await signInEveryRole(api);
    officer = callers.get('SYSTEM_OFFICER') as RoleCaller;
    handler = callers.get('HANDLER') as RoleCaller;
    big = await insertUnitTree(api.dataSource, 'fx-big', 10, () => 100);
    small = await insertUnitTree(api.dataSource, 'fx-small', 10, (d) => d % 2);
    wide = await insertUnitTree(api.dataSource, 'fx-wide', 100, () => 10);
    // A driver-level hook: every statement TypeORM sends, whoever sends it.
    const logger: TypeOrmLogger = api.dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      statements.push(query);
      logQuery(query, parameters, runner);
    };
  }, 120_000);
  afterAll(async () => {
    await closeAndEmpty(api, config);
  });

  async function unitStatements(run: () => Promise<unknown>): Promise<string[]> {
    statements.length = 0;
    await run();
    // The units' statements (the request's one session statement joins the section names too: not counted).
    return statements.filter((s) => /organisation_unit/.test(s) && !/\bFROM session\b/.test(s));
  }

  it('issues the same statements for 10 items and for 1,000 (one per relation and level, DataLoaders)', async () => {
    let smallResult: UnitPage | undefined;
    let bigResult: UnitPage | undefined;
    let wideResult: UnitPage | undefined;
    const forSmall = await unitStatements(async () => {
      smallResult = (await postAs(api.graphqlUrl, handler, TREE, { parent: gid(small.root), first: 10 })).body.data?.['organisationUnits'] as UnitPage;
    });
    const forBig = await unitStatements(async () => {
      bigResult = (await postAs(api.graphqlUrl, handler, TREE, { parent: gid(big.root), first: 10 })).body.data?.['organisationUnits'] as UnitPage;
    });
    const forWide = await unitStatements(async () => {
      wideResult = (await postAs(api.graphqlUrl, handler, TREE, { parent: gid(wide.root), first: 100 })).body.data?.['organisationUnits'] as UnitPage;
    });
    const items = (page: UnitPage | undefined): number => (page?.edges ?? []).reduce((n, e) => n + 1 + e.node.children.edges.length, 0);
    expect(items(smallResult)).toBe(15);
    expect(items(bigResult)).toBe(1_010);
    expect(items(wideResult)).toBe(1_100);
    // list + totalCount + parent + children; the children's parent are rows already read (the request's
    // by-id loader knows them) and the roots' parent is null: nothing more to load.
    expect(forSmall).toHaveLength(4);
    expect(forBig).toHaveLength(forSmall.length);
    expect(forWide).toHaveLength(forSmall.length);
    expect(forBig.join('\n')).not.toMatch(/OFFSET/i);
  });

  it('resolves the nested relations right', async () => {
    const page = (await postAs(api.graphqlUrl, officer, TREE, { parent: gid(big.root), first: 2, children: 3 })).body.data?.['organisationUnits'] as UnitPage;
    expect(page.totalCount).toBe(10);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const first = page.edges[0]?.node as UnitNode;
    expect(first.code).toBe('fx-big-000');
    expect(first.parent).toEqual({ code: 'fx-big', parent: null });
    expect(first.children.totalCount).toBe(100);
    expect(first.children.pageInfo.hasNextPage).toBe(true);
    expect(first.children.edges.map((e) => e.node)).toEqual([0, 1, 2].map((i) => ({ code: `fx-big-000-00${i}`, parent: { code: 'fx-big-000' } })));
  });

  it('pages forward and backward by keyset, with opaque cursors and a stable total', async () => {
    const expected = wide.departments.map((d) => d.code);
    const forward: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page = (await postAs(api.graphqlUrl, officer, PAGE, { parent: gid(wide.root), first: 30, after })).body.data?.['organisationUnits'] as UnitPage;
      expect(page.totalCount).toBe(100);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      forward.push(...page.edges.map((e) => e.node.code));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);
    const backward: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page = (await postAs(api.graphqlUrl, officer, PAGE, { parent: gid(wide.root), last: 30, before })).body.data?.['organisationUnits'] as UnitPage;
      backward.unshift(...page.edges.map((e) => e.node.code));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(expected);
    expect(after).not.toContain('fx-wide');
  });

  it('finds a unit by global id through organisationUnit and node alike; an unknown id is null', async () => {
    const unit = big.divisions[5] as FixtureUnit;
    const query = `query($id: ID!) {
      organisationUnit(id: $id) { id code parent { code } }
      node(id: $id) { id ... on OrganisationUnit { code parent { code } } }
    }`;
    const found = await postAs(api.graphqlUrl, handler, query, { id: gid(unit) });
    expect(found.body).toEqual({
      data: { organisationUnit: { id: gid(unit), code: unit.code, parent: { code: 'fx-big-000' } }, node: { id: gid(unit), code: unit.code, parent: { code: 'fx-big-000' } } },
    });
    const missing = await postAs(api.graphqlUrl, handler, query, { id: toGlobalId('OrganisationUnit', '00000000-0000-4000-8000-000000000000') });
    expect(missing.body).toEqual({ data: { organisationUnit: null, node: null } });
    const otherType = await postAs(api.graphqlUrl, handler, query, { id: toGlobalId('Staff', unit.id) });
    expect(otherType.body).toEqual({ data: { organisationUnit: null, node: null } });
  });

  it.each<[string, string, () => Record<string, unknown>, number, string, string]>([
    ['first above 100', PAGE, () => ({ first: 101 }), 200, 'BAD_USER_INPUT', 'REQUEST.PAGE_TOO_LARGE'],
    ['a nested first above 100', TREE, () => ({ parent: gid(big.root), first: 1, children: 500 }), 200, 'BAD_USER_INPUT', 'REQUEST.PAGE_TOO_LARGE'],
    ['first and last together', PAGE, () => ({ first: 1, last: 1 }), 200, 'BAD_USER_INPUT', 'REQUEST.FIRST_AND_LAST'],
    ['a forged cursor', PAGE, () => ({ after: 'eyJ4IjoxfQ' }), 200, 'BAD_USER_INPUT', 'REQUEST.INVALID_CURSOR'],
    ['a malformed id', PAGE, () => ({ parent: "' OR 1=1 --" }), 200, 'BAD_USER_INPUT', 'REQUEST.INVALID_ID'],
  ])('refuses %s with a coded error', async (_name, query, variables, status, code, reason) => {
    const response = await postAs(api.graphqlUrl, officer, query, variables());
    expect(response.status).toBe(status);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code, reason, message: { ja: expect.any(String), en: expect.any(String) } });
  });

  it('answers an anonymous caller UNAUTHENTICATED (401) and runs nothing', async () => {
    const run = await unitStatements(async () => {
      const response = await postAs(api.graphqlUrl, null, PAGE, {});
      expect(response.status).toBe(401);
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'PERMISSIONS.SIGN_IN_REQUIRED', article: '第19条第1項' });
    });
    expect(run).toEqual([]);
  });

  it('refuses an operation that could return too many rows (nested connections), before running it', async () => {
    const deep = `{ organisationUnits { edges { node { children { edges { node { children { edges { node { code } } } } } } } } } }`;
    const response = await postAs(api.graphqlUrl, officer, deep);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUEST.TOO_MANY_ROWS' });
  });

  it.each<[string, string, string]>([
    ['too deep', `{ organisationUnits(first: 1) { edges { node { ${'parent { '.repeat(12)}code${' }'.repeat(12)} } } } }`, 'GRAPHQL_VALIDATION_FAILED'],
    ['too many aliases', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: organisationUnits(first: 1) { totalCount }`).join(' ')} }`, 'GRAPHQL_VALIDATION_FAILED'],
    ['too many tokens', `{ organisationUnits(first: 1) { totalCount ${'__typename '.repeat(2_000)} } }`, 'GRAPHQL_PARSE_FAILED'],
  ])('refuses a query %s (400)', async (_name, query, code) => {
    const response = await postAs(api.graphqlUrl, officer, query);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.['code']).toBe(code);
  });
});
